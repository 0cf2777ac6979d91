// The Content-Disposition of a served file: shown where the browser can show it safely, downloaded otherwise,
// under its own name in any script (RFC 6266, with RFC 8187's `filename*` for the Chinese characters).
import { shownInline } from './accepted-types';

/** RFC 8187's encoding: percent-encoded UTF-8, with the characters encodeURIComponent leaves that it may not. */
const extValue = (name: string) =>
  encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export function contentDisposition(mime: string, name: string): string {
  // Browsers too old for filename* read the quoted one: ASCII, with anything else as "_".
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `${shownInline(mime) ? 'inline' : 'attachment'}; filename="${fallback}"; filename*=UTF-8''${extValue(name)}`;
}
