// Search on the portal: a query's parts (searchQuery: the runs a person typed and their words) found through the
// full-text index, and each hit shown with them marked in its title and in a snippet of its text.
import { type Html, html, searchQuery, storedHtmlToText, TermMarker, termsToMark } from '@strata/text';
import { type FoundArticle, searchSites } from './search-articles.sql';

export type SearchHit = Omit<FoundArticle, 'body'> & {
  /** The title, its terms marked. */
  titleHtml: Html;
  /** The summary when the title or the summary holds a term, else the body around the first term, marked. */
  snippetHtml: Html;
};

/** `text` with every term marked; each piece is escaped on its own, so a mark never reaches into markup. */
export function highlight(text: string, marker: TermMarker): Html {
  return html`${marker.segments(text).map((piece) => (piece.hit ? html`<mark>${piece.text}</mark>` : html`${piece.text}`))}`;
}

/**
 * What a hit shows under its title: the summary when the title or the summary holds a term (the reader sees why it
 * was found), else the stretch of the body around the first term.
 */
function snippetText(found: FoundArticle, marker: TermMarker): string {
  if (marker.marks(found.title) || (found.summary && marker.marks(found.summary))) return found.summary;
  const body = storedHtmlToText(found.body).replace(/\n/g, ' ');
  return marker.marks(body) ? marker.snippet(body) : found.summary || marker.snippet(body);
}

/**
 * Articles shown on the sites of the subtree at `sitePath` whose text holds every word of `query`: `size` from
 * `offset`, and one more when there is a next page. A query with no letter or digit finds nothing.
 */
export async function findOnSites(
  db: Parameters<typeof searchSites>[0],
  sitePath: string,
  query: string,
  now: Date,
  size: number,
  offset: number,
): Promise<SearchHit[]> {
  const parts = searchQuery(query);
  if (parts.length === 0) return [];
  const found = await searchSites(db, sitePath, parts, now, size, offset);
  const marker = new TermMarker(termsToMark(parts));
  return found.map(({ body: _body, ...hit }, i) => ({
    ...hit,
    titleHtml: highlight(hit.title, marker),
    snippetHtml: highlight(snippetText(found[i] as FoundArticle, marker), marker),
  }));
}
