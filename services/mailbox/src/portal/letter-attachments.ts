// The files sent with the letter form, checked before anything is written: how many, each one's size, and its type
// from its bytes (inspectUpload: never the name or the browser's word), which must be one a letter may carry. A
// refusal is one sentence for the form to show next to the field, naming the file.
import type { PublicPageRequest } from '@strata/api';
import { FileError, fileErrorMessage, fileKinds, inspectUpload, limitInMb } from '@strata/files';
import { type LetterAttachment, letterFileTypes } from '../letters/letter-files';
import type { MailboxSettings } from '../settings';

type Limits = MailboxSettings['letterFiles'];

/** The types a letter may carry, as the form names them. */
export const acceptedWords = 'JPEG 或 PNG 图片、PDF、Word、Excel 文件';

const tooLarge = (name: string, limits: Limits) =>
  `“${name}”超过 ${limitInMb(limits.maxBytes)} MB，请压缩或拆分后再附上`;
const notAccepted = (name: string) => `“${name}”不能作为附件：只能附上${acceptedWords}`;

/** The attachments, or what is wrong with them in the form's words. */
export async function checkAttachments(
  req: PublicPageRequest,
  limits: Limits,
): Promise<{ files: LetterAttachment[] } | { problem: string }> {
  if (req.tooManyFiles) return { problem: `最多附上 ${limits.maxFiles} 个文件` };
  // One limit for every kind: a letter's attachment is small whatever it is.
  const sizes = Object.fromEntries(fileKinds.map((kind) => [kind, limits.maxBytes])) as Record<
    (typeof fileKinds)[number],
    number
  >;
  const files: LetterAttachment[] = [];
  for (const { name, bytes } of req.files ?? []) {
    if (!bytes) return { problem: tooLarge(name, limits) };
    try {
      const inspected = await inspectUpload(name, bytes, sizes);
      if (!letterFileTypes.has(inspected.mime)) return { problem: notAccepted(name) };
      files.push({ name, kind: inspected.kind, mime: inspected.mime, size: inspected.size, bytes });
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      if (error.code === 'too-large' && !error.details.reason) return { problem: tooLarge(name, limits) };
      if (error.code === 'type-not-allowed') return { problem: notAccepted(name) };
      return { problem: `“${name}”：${fileErrorMessage(error, 'zh-CN')}` };
    }
  }
  return { files };
}
