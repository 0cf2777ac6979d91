// The type of an upload, from its bytes alone: never its name's extension or the browser's Content-Type, which
// the sender chooses. Only plain text, which has no signature, needs its name to say .txt or .csv.
import { type AcceptedType, acceptedTypes, executableExtensions, type FileKind, textTypes } from './accepted-types';
import { FileError } from './file-error';
import { legacyOfficeType } from './legacy-office';
import { looksLikeSvg, readPlainText, textExtension } from './plain-text';

const notAllowed = (reason: 'svg' | 'executable' | 'text-encoding' | 'unknown' | 'other' | 'macros', found = '') =>
  new FileError('type-not-allowed', { reason, vars: { found } });

/**
 * `file-type`'s reading, or undefined where it finds nothing (or the bytes break its parser). Loaded with the
 * first upload, not at start (about 12 MB resident).
 */
async function signature(bytes: Uint8Array) {
  try {
    const { fileTypeFromBuffer } = await import('file-type');
    return await fileTypeFromBuffer(bytes);
  } catch {
    return undefined;
  }
}

/** What the whole upload is, if we keep it; otherwise a FileError saying what it is and why not. */
export async function detectType(name: string, bytes: Uint8Array): Promise<AcceptedType> {
  const found = await signature(bytes);
  if (found?.mime === 'application/x-cfb') {
    const office = await legacyOfficeType(bytes);
    if (office === 'macros') throw notAllowed('macros');
    if (office) return office;
  }
  if (found) {
    const accepted = acceptedTypes[found.mime];
    if (accepted) return accepted;
    if (executableExtensions.has(found.ext)) throw notAllowed('executable', found.ext.toUpperCase());
    if (found.mime !== 'application/xml') throw notAllowed('other', found.ext.toUpperCase());
  }
  if (looksLikeSvg(bytes) || /\.svg$/i.test(name)) throw notAllowed('svg', 'SVG');
  const ext = textExtension(name);
  const text = readPlainText(bytes);
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
  const found = await signature(head);
  if (!found) return 'document';
  const accepted = acceptedTypes[found.mime];
  if (accepted) return accepted.kind;
  if (found.mime === 'application/zip' || found.mime === 'application/x-cfb' || found.mime === 'application/xml')
    return 'document';
  return (await detectType(name, head)).kind;
}
