/** Readable cookie holding the CSRF token; the session cookie itself is httpOnly. */
export const csrfCookie = 'strata_csrf';
/** Header that tells the server which language to answer errors in. */
export const localeHeader = 'x-strata-locale';

export function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const hit = document.cookie.split('; ').find((c) => c.startsWith(`${name}=`));
  return hit ? decodeURIComponent(hit.slice(name.length + 1)) : undefined;
}
