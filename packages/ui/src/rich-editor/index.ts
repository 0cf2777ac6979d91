// The rich text editor (tiptap), for every remote that writes formatted text (an article's body, a text lesson): a
// subpath of @strata/ui, not part of its main entry, bundled by the remotes that use it. `RichTextField` is the form
// control; the editor's code and its words arrive in their own chunk when a form first draws it. Its uploads go to
// the unit given, for the purpose given (content or training). A remote that builds it adds `editorReact()`
// (./vite-plugin.ts) to its vite config.
export {
  BoldOutlined,
  DeleteOutlined,
  Icon,
  LinkOutlined,
  PaperClipOutlined,
  PictureOutlined,
  UploadOutlined,
  VideoCameraOutlined,
} from './editor-icons';
export { linkHref } from './link-href';
export { RichTextField, type RichTextFieldProps } from './rich-text-field';
