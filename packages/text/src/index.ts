// Text safety shared by every team: the one rich-text allow-list, its plain-text view, HTML escaping for
// server-rendered pages, sensitive-word matching, and the XSS corpus every layer is tested against.

export { Html, type HtmlValue, html, trusted, xmlText } from './html-template';
export { escapeHtml, richHtmlPolicy, richHtmlToText, sanitizeRichHtml, storedHtmlToText } from './sanitize';
export {
  charPairs,
  type LineCuts,
  lineCuts,
  maxQueryParts,
  type QueryPart,
  type SearchDocument,
  searchDocument,
  searchQuery,
  searchTextVersion,
  TermMarker,
  termsToMark,
} from './search-text';
export {
  type HighlightSegment,
  highlight,
  type NormalisedText,
  normaliseForMatching,
  type SensitiveWord,
  type WordHit,
  type WordLevel,
  WordMatcher,
} from './word-matcher';
export { xssPayloads } from './xss-corpus';
