// Chinese full-text search, the text side: what a document is indexed under and what a query looks for, the same
// for every team's index and for both databases (the SQL side is searchIndex in @strata/api).
//
// A document is indexed under three sets of terms:
// - its words: the whole text cut by jieba in search mode (a long word also yields the dictionary words inside it:
//   中华人民共和国 gives 中华, 人民, 共和国 ... as well), so a query finds a word wherever the text has it;
// - its title's characters, one letter or digit at a time and in order, and each two neighbouring characters as a
//   pair (江城市: 江城, 城市), so a query finds any run of the title's characters even where jieba cut the title
//   differently (江城市 cut as 江 / 城市 is still found by 江城). A run of two characters or more is looked for as
//   its pairs in a row, one term per pair: far fewer rows to read than the same run as a phrase of characters, each
//   of which is in thousands of titles. A run of one character is looked for among the characters.
// A query is taken run by run (what lies between its spaces and punctuation); each run must be found, either as
// all of its words (jieba's precise mode: the words a person typed), each the start of a word when it has two letters
// or more (宣誓 finds 宣誓书), or as the run itself among the title's characters.
//
// Text is compared in NFKC and lower case (full-width ＡＢＣ is abc), and only letters and digits count: jieba's
// punctuation and spaces never become terms. Segmentation uses jieba's dictionary without its HMM guesses, so the
// same text always cuts the same way in a document and in a query.
import { createRequire } from 'node:module';
import { type HighlightSegment, highlight, WordMatcher } from './word-matcher';

/**
 * Names what the terms are made of. An index built under another value is rebuilt (a new jieba or dictionary, a
 * change to the rules above): bump it with any change that would cut the same text differently.
 */
export const searchTextVersion = 'jieba-2.0.3/default-dict/no-hmm/nfkc-lower/v2-title-pairs';

type Segmenter = { cut(text: string, hmm?: boolean): string[]; cutForSearch(text: string, hmm?: boolean): string[] };
let segmenter: Segmenter | undefined;

/**
 * jieba with its default dictionary, loaded on first use (about 170 ms and 60 MB): a process that never searches
 * or writes an article never pays for it. A native addon, so required at run time, never bundled.
 */
function jieba(): Segmenter {
  if (!segmenter) {
    const require = createRequire(import.meta.url);
    const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): Segmenter } };
    const { dict } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array };
    segmenter = Jieba.withDict(dict);
  }
  return segmenter;
}

const termPattern = /[\p{L}\p{N}]+/gu;
const fold = (text: string) => text.normalize('NFKC').toLowerCase();

const wholeTerm = /^[\p{L}\p{N}]+$/u;

/**
 * The letter-and-digit runs of each cut piece: "v2.0" gives v2 and 0, "，" gives nothing. Most pieces are one whole
 * word, kept as they are without a match array each (a third of a document's segmenting time went to those).
 */
function termsOf(pieces: readonly string[]): string[] {
  const terms: string[] = [];
  for (const piece of pieces) {
    if (wholeTerm.test(piece)) terms.push(piece);
    else for (const term of piece.match(termPattern) ?? []) terms.push(term);
  }
  return terms;
}

export type SearchDocument = {
  /** Every word of the document, in order, repeated as often as it occurs. */
  words: string[];
  /** The title's letters and digits, in order. */
  chars: string[];
  /** Each two neighbouring letters or digits of the title, in order (one fewer than `chars`). */
  pairs: string[];
};

/** Each two neighbouring characters, in order: 入党宣誓 gives 入党, 党宣, 宣誓. */
export const charPairs = (chars: readonly string[]) => chars.slice(1).map((char, i) => `${chars[i]}${char}`);

/**
 * The words of lines cut once, for a run over many documents that share lines (see searchDocument's `cuts`), and
 * how many it may hold: past that, lines are cut each time.
 */
export type LineCuts = { words: Map<string, readonly string[]>; limit: number };
export const lineCuts = (limit = 20_000): LineCuts => ({ words: new Map(), limit });

/**
 * The terms a document is indexed under: `title` by word and by character, `texts` (summary, body...) by word.
 * With `cuts`, each line of the texts is cut once for all the documents given the same cuts: the same words, as a
 * line break is a boundary to jieba (the large fixture's 200,000 bodies come from a few sentences: cutting them took
 * most of its index's time).
 */
export function searchDocument(title: string, texts: readonly string[], cuts?: LineCuts): SearchDocument {
  const cut = jieba();
  const chars = termsOf([...fold(title)]);
  if (!cuts) {
    // One call for all the texts: a line break is a boundary to jieba, so it cuts them as it cuts each alone.
    const words = termsOf(cut.cutForSearch(fold([title, ...texts].join('\n')), false));
    return { words, chars, pairs: charPairs(chars) };
  }
  const words = termsOf(cut.cutForSearch(fold(title), false));
  for (const line of fold(texts.join('\n')).split('\n')) {
    let known = cuts.words.get(line);
    if (!known) {
      known = termsOf(cut.cutForSearch(line, false));
      if (cuts.words.size < cuts.limit) cuts.words.set(line, known);
    }
    for (const word of known) words.push(word);
  }
  return { words, chars, pairs: charPairs(chars) };
}

/** At most this many parts of a query are looked for, and this many words in each: more narrow nothing. */
export const maxQueryParts = 8;
/** A part longer than this is cut to it: no dictionary word is longer, and a title run this long is rare. */
export const maxPartLength = 32;

/**
 * One run of letters and digits a person typed (what lies between spaces and punctuation), and jieba's words in it.
 * A document matches the part when it holds every word (one of two or more letters as the start of a word, a single
 * letter as a word of its own), or when its title holds the run itself.
 */
export type QueryPart = { run: string; words: string[] };

/** What `query` looks for, each part once, in the order typed; none when it holds no letter or digit. */
export function searchQuery(query: string): QueryPart[] {
  const runs = [...new Set(fold(query).match(termPattern) ?? [])].slice(0, maxQueryParts);
  return runs.map((whole) => {
    const run = [...whole].slice(0, maxPartLength).join('');
    const words = [...new Set(termsOf(jieba().cut(run, false)))].slice(0, maxQueryParts);
    return { run, words };
  });
}

/** Everything a query's parts mark in a text: each run and each of its words. */
export const termsToMark = (parts: readonly QueryPart[]) => [...new Set(parts.flatMap((p) => [p.run, ...p.words]))];

/**
 * Marks a query's terms in texts (ASCII in either case, full-width alike): one matcher for all the texts of a page
 * of results, since building one costs more than running it over a few hundred characters.
 */
export class TermMarker {
  readonly #matcher: WordMatcher | null;

  constructor(terms: readonly string[]) {
    this.#matcher = terms.length ? new WordMatcher(terms.map((word) => ({ word, level: 'warn' as const }))) : null;
  }

  /** `text` cut into pieces, those where a term occurs marked; terms that touch or overlap make one (高 and 亮: 高亮). */
  segments(text: string): HighlightSegment[] {
    if (!this.#matcher || text === '') return [{ text }];
    const merged: HighlightSegment[] = [];
    for (const piece of highlight(text, this.#matcher.find(text))) {
      const last = merged.at(-1);
      if (last?.hit && piece.hit) last.text += piece.text;
      else merged.push({ ...piece });
    }
    return merged;
  }

  /** Whether a term occurs in `text`. */
  marks(text: string): boolean {
    return this.#matcher !== null && this.#matcher.find(text).length > 0;
  }

  /**
   * About `size` characters of `text` around the first place a term occurs (the start when none does), cut at
   * whole characters, with an ellipsis where text was left out.
   */
  snippet(text: string, size = 120): string {
    const chars = [...text];
    if (chars.length <= size) return text;
    const hits = this.#matcher?.find(text) ?? [];
    const first = hits.reduce((at, hit) => Math.min(at, hit.start), Number.POSITIVE_INFINITY);
    // From UTF-16 units to characters, then a window that starts a little before the hit.
    const hitAt = Number.isFinite(first) ? [...text.slice(0, first)].length : 0;
    const start = Math.max(0, Math.min(hitAt - Math.floor(size / 4), chars.length - size));
    const end = start + size;
    return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('')}${end < chars.length ? '…' : ''}`;
  }
}
