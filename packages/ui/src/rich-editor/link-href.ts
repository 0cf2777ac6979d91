// A link's address as the writer typed it, made into one the server keeps (the allow-list takes http:, https:,
// mailto: and paths on this site); null when it could not be one. "www.example.cn" means https://www.example.cn.

export function linkHref(typed: string): string | null {
  const text = typed.trim();
  if (text === '') return null;
  if (/^\/(?![/\\])/.test(text)) return text;
  // "//host" and "\\host" lead off the site, whatever a browser makes of them.
  if (/^[/\\]/.test(text)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol === 'mailto:') return url.pathname.includes('@') ? url.href : null;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // A host needs a dot (a name on the internet) or to be localhost; "https://abc" is most likely a typo.
  return url.hostname.includes('.') || url.hostname === 'localhost' ? url.href : null;
}
