// What the article editor can write: exactly what the server's allow-list keeps (richHtmlPolicy in @strata/text),
// so a writer never sees something vanish on save. Headings start at h2 (the page's title is the h1).

import Image from '@tiptap/extension-image';
import { TableKit } from '@tiptap/extension-table';
import { mergeAttributes, Node } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';

/** A video from the unit's files, played in the page (the server serves it with range requests, so it seeks). */
const Video = Node.create({
  name: 'video',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return { src: { default: null }, poster: { default: null } };
  },
  parseHTML() {
    return [{ tag: 'video[src]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['video', mergeAttributes(HTMLAttributes, { controls: '' })];
  },
});

export const editorExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    // A link is followed from the page, not while writing; the server adds rel and target to links off the site.
    link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'], defaultProtocol: 'https' },
    codeBlock: false,
  }),
  Image.configure({ inline: false, allowBase64: false }),
  TableKit.configure({ table: { resizable: false } }),
  Video,
];
