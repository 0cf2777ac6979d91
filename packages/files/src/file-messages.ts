// The words of every FileError, in both languages, written for the person uploading: what is wrong and what to
// do instead. Keys are FileError.messageKey (code, or code.reason).
import type { FileKind } from './accepted-types';
import type { FileError } from './file-error';

type Locale = 'zh-CN' | 'en-US';

const kindWords: Record<Locale, Record<FileKind, string>> = {
  'zh-CN': { image: '图片', video: '视频', audio: '音频', document: '文档' },
  'en-US': { image: 'Image', video: 'Video', audio: 'Audio', document: 'Document' },
};

const accepted = {
  'zh-CN':
    '可以上传：图片 JPEG、PNG、GIF、WebP；视频 MP4、WebM；音频 MP3、M4A、AAC、OGG、WAV；文档 PDF、Word、Excel、PowerPoint、TXT、CSV',
  'en-US':
    'Accepted: images JPEG, PNG, GIF, WebP; video MP4, WebM; audio MP3, M4A, AAC, OGG, WAV; documents PDF, Word, Excel, PowerPoint, TXT, CSV',
};

const zhCN = {
  empty: '文件是空的，请重新选择',
  'too-large': '{{kind}}文件不能超过 {{limit}} MB',
  'too-large.pixels': '图片像素过多（最多 {{max}} 百万像素），请缩小后再上传',
  'type-not-allowed.other': `不支持这种文件（{{found}}）。${accepted['zh-CN']}`,
  'type-not-allowed.unknown': `无法识别这个文件的类型。${accepted['zh-CN']}`,
  'type-not-allowed.svg': 'SVG 图片可能带有脚本，不能上传；请导出为 PNG 或 JPEG 后再上传',
  'type-not-allowed.executable': '不能上传程序或脚本文件（{{found}}），无论文件名是什么',
  'type-not-allowed.macros': '含有宏的 Office 文件不能上传；请另存为不含宏的格式（如 .docx、.xlsx）',
  'type-not-allowed.text-encoding': '{{found}} 文本文件须为 UTF-8 编码：在 Excel 或记事本中“另存为”时选择 UTF-8',
  'bad-name.blank': '文件名不能为空',
  'bad-name.too-long': '文件名最多 {{max}} 个字',
  'bad-name.path': '文件名不能含有 / 或 \\，也不能是 . 或 ..；请改名后再上传',
  'bad-name.control': '文件名含有控制字符或不可见的方向字符；请改名后再上传',
  'damaged-image': '图片已损坏或不完整，请重新导出后再上传',
  'missing-file': '请选择要上传的文件',
  'bad-unit': '请选择文件所属的单位',
  'bad-purpose': '上传用途只能是 content（内容）或 training（培训）',
  busy: '正在上传的文件较多，请稍后再试',
} as const;

type Key = keyof typeof zhCN;

const enUS: Record<Key, string> = {
  empty: 'The file is empty: choose another',
  'too-large': '{{kind}} files may be at most {{limit}} MB',
  'too-large.pixels': 'The image has too many pixels (at most {{max}} megapixels): make it smaller and try again',
  'type-not-allowed.other': `This kind of file ({{found}}) is not accepted. ${accepted['en-US']}`,
  'type-not-allowed.unknown': `The type of this file cannot be recognised. ${accepted['en-US']}`,
  'type-not-allowed.svg': 'SVG images can carry scripts and are not accepted: export it as PNG or JPEG',
  'type-not-allowed.executable': 'Programs and scripts ({{found}}) are not accepted, whatever the file is called',
  'type-not-allowed.macros': 'Office files with macros are not accepted: save it without macros (.docx, .xlsx)',
  'type-not-allowed.text-encoding':
    '{{found}} text files must be UTF-8: choose UTF-8 when saving from Excel or Notepad',
  'bad-name.blank': 'The file needs a name',
  'bad-name.too-long': 'A file name may be at most {{max}} characters',
  'bad-name.path': 'A file name may not contain / or \\, nor be . or ..: rename it and try again',
  'bad-name.control': 'The file name holds control characters or invisible direction marks: rename it and try again',
  'damaged-image': 'The image is damaged or truncated: export it again and retry',
  'missing-file': 'Choose a file to upload',
  'bad-unit': 'Choose the unit the file belongs to',
  'bad-purpose': 'The upload’s purpose must be content or training',
  busy: 'Many files are being uploaded just now: try again in a moment',
};

export const fileMessages: Record<Locale, Record<Key, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

/** The error's message in `locale` (zh-CN unless en-US), its variables filled in. */
export function fileErrorMessage(error: FileError, locale: string | undefined): string {
  const language: Locale = locale === 'en-US' ? 'en-US' : 'zh-CN';
  const template = fileMessages[language][error.messageKey as Key] ?? error.messageKey;
  const vars = { ...error.details.vars } as Record<string, string | number>;
  if (typeof vars.kind === 'string') vars.kind = kindWords[language][vars.kind as FileKind] ?? vars.kind;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}
