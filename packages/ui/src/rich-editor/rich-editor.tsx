// The rich text editor (tiptap) of an article's body or a text lesson: loaded only when its form opens, since its code
// is the heaviest on the page. It is a form control: `value` in, HTML out through `onChange` ('' when nothing is
// written). What it writes is a suggestion; the server keeps only what its allow-list (@strata/text) names.
import type { UploadPurpose } from '@strata/client/upload';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorToolbar } from './editor-toolbar';
import { registerEditorWords } from './editor-words';
import { editorExtensions } from './extensions';

/** The permission an upload of each purpose needs at the unit (the server's rule, @strata/files). */
const uploadPermission: Record<UploadPurpose, string> = { content: 'content.write', training: 'training.manage' };

export interface RichEditorProps {
  value?: string;
  onChange?: (html: string) => void;
  /** The unit whose files the editor uploads to and picks from. */
  unitId: number;
  /** What its uploads are for (content unless said): the permission they need at the unit. */
  purpose?: UploadPurpose;
  /** The field's name for screen readers (the form label). */
  label: string;
  invalid?: boolean;
  testId?: string;
  /** For a reader who may not change it: the body shown, not editable, no toolbar. */
  readOnly?: boolean;
}

export default function RichEditor({
  value = '',
  onChange,
  unitId,
  purpose = 'content',
  label,
  invalid,
  testId,
  readOnly,
}: RichEditorProps) {
  const { i18n } = useTranslation();
  registerEditorWords(i18n);
  // What the editor last reported: a value coming back from the form equal to it is the editor's own echo.
  const emitted = useRef(value);
  const editor = useEditor({
    extensions: editorExtensions,
    content: value,
    editable: !readOnly,
    immediatelyRender: true,
    // The toolbar reads the state it needs (useEditorState); the rest of the form does not re-render per keystroke.
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label,
        ...(invalid ? { 'aria-invalid': 'true' } : {}),
        ...(testId ? { 'data-testid': testId } : {}),
        class: 'strata-rich-text',
      },
    },
    onUpdate: ({ editor: e }) => {
      const html = e.isEmpty ? '' : e.getHTML();
      emitted.current = html;
      onChange?.(html);
    },
  });
  // A value set from outside (the article loaded, the form reset) replaces the content.
  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);

  return (
    <div
      style={{
        border: `1px solid var(${invalid ? '--ant-color-error' : '--ant-color-border'})`,
        borderRadius: 'var(--ant-border-radius)',
        background: 'var(--ant-color-bg-container)',
      }}
    >
      {!readOnly && (
        // Formatting changes nothing on the server; uploads need the purpose's permission at the unit, which the form's
        // writer holds.
        <div data-permission={uploadPermission[purpose]} data-unit={unitId}>
          <EditorToolbar editor={editor} unitId={unitId} purpose={purpose} />
        </div>
      )}
      <style>{richTextStyle}</style>
      <EditorContent editor={editor} />
    </div>
  );
}

/** The writing area's look (antd's theme as CSS variables): readable paragraphs, bordered tables, fitting pictures. */
const richTextStyle = `
.strata-rich-text { min-height: 240px; max-height: 70vh; overflow-y: auto; padding: 8px 12px; outline: none;
  line-height: 1.8; font-size: var(--ant-font-size); }
.strata-rich-text:focus-visible { box-shadow: 0 0 0 2px var(--ant-color-primary-border); }
.strata-rich-text p { margin: 0 0 0.6em; }
.strata-rich-text img, .strata-rich-text video { max-width: 100%; height: auto; display: block; margin: 8px 0; }
.strata-rich-text img.ProseMirror-selectednode { outline: 2px solid var(--ant-color-primary); }
.strata-rich-text blockquote { border-left: 3px solid var(--ant-color-border); margin: 0 0 0.6em; padding-left: 12px;
  color: var(--ant-color-text-secondary); }
.strata-rich-text table { border-collapse: collapse; width: 100%; margin: 8px 0; table-layout: fixed; }
.strata-rich-text th, .strata-rich-text td { border: 1px solid var(--ant-color-border); padding: 4px 8px;
  vertical-align: top; }
.strata-rich-text th { background: var(--ant-color-fill-alter); }
.strata-rich-text .selectedCell { background: var(--ant-color-primary-bg); }
.strata-rich-text a { color: var(--ant-color-link); text-decoration: underline; }
`;
