// Checking what a writer submits or a reviewer publishes against the words where the article lives: a `block`
// word refuses the step and names the words; `warn` words are shown to the reviewer.
import { AppError, type Scope, type SystemOperations } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import { WordMatcher } from '@strata/text';
import { contentMessage } from '../locales';
import { type CheckedText, checksWords, type FieldHit, hitsIn, wordLevelOf } from './word-rules';

type Place = { id: number; path: string };

/** Every hit in the text, against the unit's own words and those of every unit above it. */
export async function wordHits(db: Db | Tx, system: SystemOperations, scope: Scope, unit: Place, text: CheckedText) {
  const [own, above] = await Promise.all([
    db.sensitiveWord.findMany({
      where: { unitId: unit.id, ...scope.ownedWhere('content.read') },
      select: { word: true, level: true },
    }),
    system.content.wordsAbove(unit.path),
  ]);
  const words = [...above, ...own.map((w) => ({ word: w.word, level: wordLevelOf(w.level) }))];
  return words.length ? hitsIn(new WordMatcher(words), text) : [];
}

/** Refuses submitting or publishing text with a `block` word, naming the words and the first field they are in. */
export async function assertPublishable(
  db: Db | Tx,
  system: SystemOperations,
  scope: Scope,
  { unit, text, status }: { unit: Place; text: CheckedText; status: string },
): Promise<FieldHit[]> {
  if (!checksWords(status)) return [];
  const hits = await wordHits(db, system, scope, unit, text);
  const blocked = hits.filter((h) => h.level === 'block');
  const [first] = blocked;
  if (first) {
    const words = [...new Set(blocked.map((h) => h.word))].join('、');
    throw new AppError('BAD_REQUEST', contentMessage('sensitiveBlocked'), { words }, first.field);
  }
  return hits;
}
