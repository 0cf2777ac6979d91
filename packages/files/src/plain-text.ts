// Plain text has no magic number, so it is accepted only where nothing else can be meant: a .txt or .csv name,
// valid UTF-8 throughout, no NUL (binary), and no #! line (a script is a program, whatever its name says).

/** The extension a text name ends with, lower-cased, if it is one we take as text. */
export function textExtension(name: string): 'txt' | 'csv' | undefined {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext === 'txt' || ext === 'csv' ? ext : undefined;
}

export type TextVerdict = 'text' | 'not-utf8' | 'script';

/**
 * Reads the text as it streams past, never whole: the first invalid sequence or NUL decides at once (a large
 * binary file is not read to its end); text needs every byte read.
 */
export async function readPlainText(chunks: AsyncIterable<Uint8Array>): Promise<TextVerdict> {
  // A decoder per text: `stream: true` keeps a sequence cut between two pieces for the next one. It drops a BOM.
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let start = '';
  try {
    for await (const chunk of chunks) {
      const text = utf8.decode(chunk, { stream: true });
      if (text.includes('\u0000')) return 'not-utf8';
      if (start.length < 2) start += text.slice(0, 2);
    }
    const rest = utf8.decode();
    if (rest.includes('\u0000')) return 'not-utf8';
    start += rest;
  } catch {
    return 'not-utf8';
  }
  return start.replace(/^\uFEFF/, '').startsWith('#!') ? 'script' : 'text';
}

/** Whether the bytes begin like an SVG drawing (XML or not), which may carry scripts. */
export function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return /<svg[\s>/]/i.test(head);
}
