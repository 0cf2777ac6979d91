// The rich text editor's words, in both languages: registered under the `richEditor` namespace when the editor's
// chunk first loads (a few hundred bytes beside the editor's own code), so no remote's first page carries them.
import type { i18n as I18n } from 'i18next';

export const richEditorNs = 'richEditor';

const zhCN = {
  toolbar: '正文格式',
  undo: '撤销',
  redo: '重做',
  heading: '{{level}} 级标题',
  bold: '加粗',
  italic: '斜体',
  underline: '下划线',
  strike: '删除线',
  bulletList: '项目符号列表',
  orderedList: '编号列表',
  quote: '引用',
  rule: '分隔线',
  link: '链接',
  linkAddress: '链接地址',
  linkSave: '确定',
  linkRemove: '去掉链接',
  linkHint: '网址（如 www.gov.cn）、邮箱（mailto:）或本站路径（以 / 开头）；留空则去掉链接',
  linkInvalid: '这不是可用的链接地址',
  image: '插入图片',
  altText: '图片说明',
  altHint: '图片无法显示或读屏时读出的文字，简要说明图片内容',
  attachment: '插入附件',
  video: '插入视频',
  table: '插入表格',
  addRow: '在下方插入行',
  addColumn: '在右侧插入列',
  deleteRow: '删除行',
  deleteColumn: '删除列',
  deleteTable: '删除表格',
  uploading: '正在上传 {{name}}：{{percent}}%',
  uploaded: '{{name}} 已上传',
  uploadFailed: '上传失败，请检查网络后重试',
};

const enUS: typeof zhCN = {
  toolbar: 'Body formatting',
  undo: 'Undo',
  redo: 'Redo',
  heading: 'Heading {{level}}',
  bold: 'Bold',
  italic: 'Italic',
  underline: 'Underline',
  strike: 'Strikethrough',
  bulletList: 'Bulleted list',
  orderedList: 'Numbered list',
  quote: 'Quote',
  rule: 'Divider',
  link: 'Link',
  linkAddress: 'Link address',
  linkSave: 'OK',
  linkRemove: 'Remove the link',
  linkHint:
    'A web address (www.gov.cn), an email (mailto:) or a path on this site (starting with /); empty removes the link',
  linkInvalid: 'This is not an address a link can use',
  image: 'Insert a picture',
  altText: 'Picture description',
  altHint: 'Read out when the picture cannot be shown or by a screen reader: say briefly what it shows',
  attachment: 'Insert an attachment',
  video: 'Insert a video',
  table: 'Insert a table',
  addRow: 'Insert a row below',
  addColumn: 'Insert a column to the right',
  deleteRow: 'Delete the row',
  deleteColumn: 'Delete the column',
  deleteTable: 'Delete the table',
  uploading: 'Uploading {{name}}: {{percent}}%',
  uploaded: '{{name}} uploaded',
  uploadFailed: 'The upload failed; check the connection and try again',
};

/** Adds the editor's words to the page's i18next (once per language). */
export function registerEditorWords(i18n: I18n) {
  for (const [language, words] of [
    ['zh-CN', zhCN],
    ['en-US', enUS],
  ] as const)
    if (!i18n.hasResourceBundle(language, richEditorNs)) i18n.addResourceBundle(language, richEditorNs, words);
}
