// Sensitive words: each unit's list applies to it and every unit below (a township adds to the municipality's
// list and cannot take from it). An article is checked where it lives, against its unit's list and every list
// above, on the text a reader would read: its title, summary, byline, source and the body's visible text.
import { richHtmlToText, type WordHit, type WordLevel, type WordMatcher } from '@strata/text';

/** The units above a unit, by their paths (`/1/11/12/` has `/1/` and `/1/11/` above it). */
export function pathsAbove(path: string): string[] {
  const ids = path.split('/').filter(Boolean);
  return ids.slice(0, -1).map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`);
}

export const checkedFields = ['title', 'summary', 'byline', 'source', 'body'] as const;
export type CheckedField = (typeof checkedFields)[number];
export type CheckedText = Record<CheckedField, string>;
/** A hit as the writer is told of it: the field, the word, its level, and the words around it (the hit marked). */
export type FieldHit = Pick<WordHit, 'word' | 'level'> & {
  field: CheckedField;
  before: string;
  match: string;
  after: string;
};

const around = 12;

/** Every hit in each field of the text, in field order; the body is read as its visible text. */
export function hitsIn(matcher: WordMatcher, text: CheckedText): FieldHit[] {
  return checkedFields.flatMap((field) => {
    const read = field === 'body' ? richHtmlToText(text.body) : text[field];
    return matcher.find(read).map((hit: WordHit) => ({
      field,
      word: hit.word,
      level: hit.level,
      before: read.slice(Math.max(0, hit.start - around), hit.start),
      match: read.slice(hit.start, hit.end),
      after: read.slice(hit.end, hit.end + around),
    }));
  });
}

/** A stored level as the matcher takes it (the column holds `block` or `warn`; anything else only warns). */
export const wordLevelOf = (stored: string): WordLevel => (stored === 'block' ? 'block' : 'warn');

/** Submitting for review and publishing are where words are checked; a draft may hold anything while written. */
export const checksWords = (status: string) => status === 'review' || status === 'published';
