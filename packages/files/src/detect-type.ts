// The type of an upload, from its bytes alone: never its name's extension or the browser's Content-Type, which
// the sender chooses. Only plain text, which has no signature, needs its name to say .txt or .csv.
import { type AcceptedType, acceptedTypes, executableExtensions, type FileKind, textTypes } from './accepted-types';
import { FileError } from './file-error';
import { legacyOfficeType } from './legacy-office';
import { looksLikeSvg, readPlainText, textExtension } from './plain-text';
import { bytesContent, type UploadContent } from './upload-content';

const notAllowed = (reason: 'svg' | 'executable' | 'text-encoding' | 'unknown' | 'other' | 'macros', found = '') =>
  new FileError('type-not-allowed', { reason, vars: { found } });

/** `file-type`'s reading, or undefined where it finds nothing (or the bytes break its parser). */
async function signature(content: UploadContent) {
  try {
    return await content.fileType();
  } catch {
    return undefined;
  }
}

/**
 * What the whole upload is, if we keep it; otherwise a FileError saying what it is and why not. The upload is read
 * only as far as each check needs: its signature, its head (SVG), plain text as it streams past; a compound file
 * whole (its directory may lie anywhere in it), which its kind's limit (documents) bounds.
 */
export async function detectType(name: string, content: UploadContent): Promise<AcceptedType> {
  const found = await signature(content);
  if (found?.mime === 'application/x-cfb') {
    const office = await legacyOfficeType(await content.bytes());
    if (office === 'macros') throw notAllowed('macros');
    if (office) return office;
  }
  if (found) {
    const accepted = acceptedTypes[found.mime];
    if (accepted) return accepted;
    if (executableExtensions.has(found.ext)) throw notAllowed('executable', found.ext.toUpperCase());
    if (found.mime !== 'application/xml') throw notAllowed('other', found.ext.toUpperCase());
  }
  if (looksLikeSvg(content.head) || /\.svg$/i.test(name)) throw notAllowed('svg', 'SVG');
  const ext = textExtension(name);
  const text = await readPlainText(content.chunks());
  if (text === 'script') throw notAllowed('executable', 'script');
  if (!ext) throw notAllowed(found ? 'other' : 'unknown', found ? found.ext.toUpperCase() : '');
  if (text === 'not-utf8') throw notAllowed('text-encoding', ext.toUpperCase());
  return textTypes[ext] as AcceptedType;
}

/**
 * The kind an upload will be, from its first bytes, while it is still arriving: its size limit applies from
 * then on, and a type refused outright (a program, say) stops the upload there. Where the head is not enough to
 * tell (a zip that may be a .docx, text), it is a document; the whole upload is checked again at the end.
 */
export async function kindOfHead(name: string, head: Uint8Array): Promise<FileKind> {
  const content = bytesContent(head);
  const found = await signature(content);
  if (!found) return 'document';
  const accepted = acceptedTypes[found.mime];
  if (accepted) return accepted.kind;
  if (found.mime === 'application/zip' || found.mime === 'application/x-cfb' || found.mime === 'application/xml')
    return 'document';
  return (await detectType(name, content)).kind;
}
