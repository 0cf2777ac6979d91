// Search on the portal: a query's parts (searchQuery: the runs a person typed and their words) found through the
// full-text index, and each hit shown with them marked in its title and in a snippet of its text.
import { highlightTerms, richHtmlToText, searchQuery, snippetOf, termsToMark } from '@strata/text';
import { type Html, html } from './html';
import { type FoundArticle, searchSites } from './search-articles.sql';

export type SearchHit = Omit<FoundArticle, 'body'> & {
  /** The title, its terms marked. */
  titleHtml: Html;
  /** The summary when a term is in it, else the stretch of the body around the first term, marked. */
  snippetHtml: Html;
};

/** `text` with every occurrence of a term marked; each piece is escaped on its own, so a mark never reaches markup. */
export function highlight(text: string, terms: readonly string[]): Html {
  return html`${highlightTerms(text, terms).map((piece) =>
    piece.hit ? html`<mark>${piece.text}</mark>` : html`${piece.text}`,
  )}`;
}

const marksSomething = (text: string, terms: readonly string[]) => highlightTerms(text, terms).some((p) => p.hit);

/** What a hit shows under its title: the summary if it holds a term, else where the body does, else the summary. */
function snippetText(found: FoundArticle, terms: readonly string[]): string {
  if (found.summary && marksSomething(found.summary, terms)) return found.summary;
  const body = richHtmlToText(found.body).replace(/\n/g, ' ');
  if (marksSomething(body, terms)) return snippetOf(body, terms);
  return found.summary || snippetOf(body, terms);
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
  const terms = termsToMark(parts);
  return found.map(({ body: _body, ...hit }, i) => ({
    ...hit,
    titleHtml: highlight(hit.title, terms),
    snippetHtml: highlight(snippetText(found[i] as FoundArticle, terms), terms),
  }));
}
