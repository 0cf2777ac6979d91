// What the check-in screen's QR code carries: the page where a person confirms the code, naming the subject (an
// activity, a classroom session) and the code.

/** Resolves a relative link (no origin given); never part of the answer. */
const base = 'http://relative.invalid';

export type LinkParts = {
  subject: number | string;
  code: string;
  /** More query parameters, after the code (`{ purpose: 'in' }`). */
  params?: Record<string, string>;
};

/**
 * The link to `path` under `origin` naming the subject and the code. The subject replaces `:subject` in the path
 * (`/checkin/:subject` -> `/checkin/7`), else it goes as the `subject` parameter; the code follows as `code`, then
 * `params`. An empty origin gives the link relative to the site (`/checkin/7?code=012345`).
 */
export function checkinLink(origin: string, path: string, { subject, code, params = {} }: LinkParts): string {
  const inPath = path.includes(':subject');
  const url = new URL(inPath ? path.replace(':subject', encodeURIComponent(String(subject))) : path, origin || base);
  if (!inPath) url.searchParams.set('subject', String(subject));
  url.searchParams.set('code', code);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return origin ? url.toString() : `${url.pathname}${url.search}`;
}
