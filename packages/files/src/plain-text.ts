// Plain text has no magic number, so it is accepted only where nothing else can be meant: a .txt or .csv name,
// valid UTF-8 throughout, no NUL (binary), and no #! line (a script is a program, whatever its name says).

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The extension a text name ends with, lower-cased, if it is one we take as text. */
export function textExtension(name: string): 'txt' | 'csv' | undefined {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext === 'txt' || ext === 'csv' ? ext : undefined;
}

export type TextVerdict = 'text' | 'not-utf8' | 'script';

export function readPlainText(bytes: Uint8Array): TextVerdict {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return 'not-utf8';
  }
  if (text.includes('\u0000')) return 'not-utf8';
  return text.replace(/^\uFEFF/, '').startsWith('#!') ? 'script' : 'text';
}

/** Whether the bytes begin like an SVG drawing (XML or not), which may carry scripts. */
export function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return /<svg[\s>/]/i.test(head);
}
