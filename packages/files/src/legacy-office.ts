// Word, Excel and PowerPoint 97-2003 files are compound files (CFB), as are installers (MSI) and Outlook
// messages: `file-type` calls them all "cfb". The streams inside tell them apart, read with SheetJS's `cfb`.
import { type AcceptedType, legacyOfficeTypes } from './accepted-types';

/** The stream each format keeps its content in (MS-DOC, MS-XLS, MS-PPT); "Book" is Excel 5's. */
const contentStreams: [string, AcceptedType][] = [
  ['WordDocument', legacyOfficeTypes.doc],
  ['Workbook', legacyOfficeTypes.xls],
  ['Book', legacyOfficeTypes.xls],
  ['PowerPoint Document', legacyOfficeTypes.ppt],
];

/**
 * The Office format of a compound file; 'macros' when it carries a VBA project (code, refused as a
 * macro-enabled .docm is); undefined for any other compound file, or one that cannot be read.
 */
export async function legacyOfficeType(bytes: Uint8Array): Promise<AcceptedType | 'macros' | undefined> {
  // Loaded with the first compound file, not at start.
  const { default: CFB } = await import('cfb');
  let names: Set<string>;
  try {
    const container = CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' });
    names = new Set(container.FileIndex.map((entry) => entry.name));
  } catch {
    return undefined;
  }
  const found = contentStreams.find(([stream]) => names.has(stream))?.[1];
  // Every VBA project holds a `_VBA_PROJECT` stream (MS-OVBA 2.3.4.1).
  if (found && names.has('_VBA_PROJECT')) return 'macros';
  return found;
}
