// Content's operations across scopes, bound to the raw client once at start-up (see @strata/api system.ts).
import { type Db, whileUnchanged } from '@strata/db';
import type { SensitiveWord } from '@strata/text';
import { placementSystem } from './placements/placement-system';
import { pathsAbove, wordLevelOf } from './words/word-rules';

type WordAbove = SensitiveWord & { id: number; unitId: number; unitName: string };

export const contentSystem = (db: Db) => ({
  content: {
    ...placementSystem(db),
    /**
     * The sensitive words of every unit above a unit (by its path): they apply to it, though those units lie
     * outside a township admin's scope. Kept while the data stays the same (a publish checks them each time).
     */
    wordsAbove: (path: string): Promise<WordAbove[]> => {
      const above = pathsAbove(path);
      if (!above.length) return Promise.resolve([]);
      return whileUnchanged(
        db,
        `content.wordsAbove ${path}`,
        async () => {
          const rows = await db.sensitiveWord.findMany({
            where: { unit: { path: { in: above } } },
            select: { id: true, unitId: true, word: true, level: true, unit: { select: { name: true, depth: true } } },
            orderBy: [{ unit: { depth: 'asc' } }, { word: 'asc' }],
          });
          return rows.map((r) => ({
            id: r.id,
            unitId: r.unitId,
            unitName: r.unit.name,
            word: r.word,
            level: wordLevelOf(r.level),
          }));
        },
        { reads: ['SensitiveWord', 'Unit'] },
      );
    },
    /**
     * The sensitive words that apply at a unit (by its path): its own and those of every unit above it. For teams
     * whose writers hold no content permission there (members posting on the board).
     */
    wordsAt: (path: string): Promise<SensitiveWord[]> =>
      whileUnchanged(
        db,
        `content.wordsAt ${path}`,
        async () => {
          const rows = await db.sensitiveWord.findMany({
            where: { unit: { path: { in: [...pathsAbove(path), path] } } },
            select: { word: true, level: true },
            orderBy: { word: 'asc' },
          });
          return rows.map((r) => ({ word: r.word, level: wordLevelOf(r.level) }));
        },
        { reads: ['SensitiveWord', 'Unit'] },
      ),
  },
});

type ContentSystem = ReturnType<typeof contentSystem>;
declare module '@strata/api' {
  interface SystemOperations extends ContentSystem {}
}
