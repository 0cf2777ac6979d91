// Search on the portal: the one function full-text search (issue point 9) replaces is `findOnSites`; the page only
// reads its hits and highlights the words in what it shows.
import { type Html, html } from './html';
import { type FoundArticle, likeSearch } from './search-articles.sql';

export type SearchHit = FoundArticle;

/** Articles shown on the sites of the subtree at `sitePath` whose text holds `words`: `size` from `offset`, +1. */
export const findOnSites: (
  db: Parameters<typeof likeSearch>[0],
  sitePath: string,
  words: string,
  now: Date,
  size: number,
  offset: number,
) => Promise<SearchHit[]> = likeSearch;

/**
 * `text` with each occurrence of `words` marked: the text is cut at the matches first and every piece escaped on its
 * own (html``), so a match never reaches into markup. ASCII letters match either case, as the search does.
 */
export function highlight(text: string, words: string): Html {
  if (!words) return html`${text}`;
  // Lower-casing keeps every position when it keeps the length (always for CJK and ASCII).
  const folded = text.toLowerCase();
  const haystack = folded.length === text.length ? folded : text;
  const needle = folded.length === text.length ? words.toLowerCase() : words;
  const pieces: (string | Html)[] = [];
  let from = 0;
  for (let at = haystack.indexOf(needle); at >= 0 && needle; at = haystack.indexOf(needle, from)) {
    pieces.push(text.slice(from, at), html`<mark>${text.slice(at, at + needle.length)}</mark>`);
    from = at + needle.length;
  }
  pieces.push(text.slice(from));
  return html`${pieces}`;
}
