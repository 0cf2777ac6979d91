// What may be uploaded, by the type read from the bytes. Anything not named here is refused: executables, SVG
// (it can carry scripts), archives (their content cannot be checked), macro-enabled Office files.

export const fileKinds = ['image', 'video', 'audio', 'document'] as const;
export type FileKind = (typeof fileKinds)[number];

/** A type we keep: its kind, the MIME type stored and served, and the name a person knows it by. */
export type AcceptedType = { kind: FileKind; mime: string; label: string };

const type = (kind: FileKind, mime: string, label: string): AcceptedType => ({ kind, mime, label });

/** By the MIME type `file-type` reports; the stored type is ours (one spelling per format). */
export const acceptedTypes: Readonly<Record<string, AcceptedType>> = {
  'image/jpeg': type('image', 'image/jpeg', 'JPEG'),
  'image/png': type('image', 'image/png', 'PNG'),
  // An animated PNG is a PNG to every decoder; kept under its own type so browsers animate it.
  'image/apng': type('image', 'image/apng', 'PNG'),
  'image/gif': type('image', 'image/gif', 'GIF'),
  'image/webp': type('image', 'image/webp', 'WebP'),
  'video/mp4': type('video', 'video/mp4', 'MP4'),
  'video/webm': type('video', 'video/webm', 'WebM'),
  'audio/mpeg': type('audio', 'audio/mpeg', 'MP3'),
  'audio/mp4': type('audio', 'audio/mp4', 'M4A'),
  'audio/x-m4a': type('audio', 'audio/mp4', 'M4A'),
  'audio/aac': type('audio', 'audio/aac', 'AAC'),
  'audio/ogg': type('audio', 'audio/ogg', 'OGG'),
  'audio/ogg; codecs=opus': type('audio', 'audio/ogg', 'Opus'),
  'audio/wav': type('audio', 'audio/wav', 'WAV'),
  'application/pdf': type('document', 'application/pdf', 'PDF'),
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': type(
    'document',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'Word',
  ),
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': type(
    'document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'Excel',
  ),
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': type(
    'document',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    'PowerPoint',
  ),
};

/** The Office 97-2003 formats, told apart by their streams (legacy-office.ts): `file-type` sees only "CFB". */
export const legacyOfficeTypes = {
  doc: type('document', 'application/msword', 'Word 97-2003'),
  xls: type('document', 'application/vnd.ms-excel', 'Excel 97-2003'),
  ppt: type('document', 'application/vnd.ms-powerpoint', 'PowerPoint 97-2003'),
} as const;

/** Plain text, accepted only as valid UTF-8 under a name that says so (plain-text.ts). */
export const textTypes: Readonly<Record<string, AcceptedType>> = {
  txt: type('document', 'text/plain', 'TXT'),
  csv: type('document', 'text/csv', 'CSV'),
};

/** Programs, named as such in the refusal: `file-type`'s extensions for them. */
export const executableExtensions: ReadonlySet<string> = new Set(['elf', 'exe', 'macho', 'dll', 'msi', 'class', 'dex']);

/** Shown by the browser where it stands (a picture, a player, its PDF viewer); anything else is downloaded. */
export const shownInline = (mime: string) => /^(image|video|audio)\//.test(mime) || mime === 'application/pdf';
