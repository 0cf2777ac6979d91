// A unit's sensitive-word list: its own words (which its managers add and remove) and the words of every unit
// above it, which apply here too and are removed only where they were added.
import { AppError, recordAudit, type Scope, type SystemOperations, unitInScope } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import type { z } from 'zod';
import { contentMessage } from '../locales';
import { wordLevelOf } from './word-rules';
import type { newWord, wordRow } from './word-schemas';

type Row = z.infer<typeof wordRow>;

export async function listWords(db: Db, system: SystemOperations, { scope, unitId }: { scope: Scope; unitId: number }) {
  const unit = await unitInScope(db, scope, 'content.read', unitId);
  const own = await db.sensitiveWord.findMany({
    where: { unitId: unit.id, ...scope.ownedWhere('content.read') },
    orderBy: { word: 'asc' },
    select: { id: true, word: true, level: true },
  });
  const above = await system.content.wordsAbove(unit.path);
  const rows: Row[] = above.map((w) => ({
    id: w.id,
    word: w.word,
    level: w.level,
    unitId: w.unitId,
    unitName: w.unitName,
    inherited: true,
  }));
  for (const w of own)
    rows.push({
      id: w.id,
      word: w.word,
      level: wordLevelOf(w.level),
      unitId: unit.id,
      unitName: unit.name,
      inherited: false,
    });
  return rows;
}

type AddWord = { scope: Scope; actorId: number; input: z.output<typeof newWord>; system: SystemOperations };

export async function addWord(tx: Tx, { scope, actorId, input, system }: AddWord) {
  const unit = await unitInScope(tx, scope, 'content.manage', input.unitId);
  // A word already listed above applies here: listing it again could only weaken nothing, and confuse.
  const above = (await system.content.wordsAbove(unit.path)).find((w) => w.word === input.word);
  if (above) throw new AppError('CONFLICT', contentMessage('wordListedAbove'), { unit: above.unitName }, 'word');
  const word = await tx.sensitiveWord.create({ data: { unitId: unit.id, word: input.word, level: input.level } });
  await recordAudit(tx, {
    actorId,
    unitId: unit.id,
    action: 'word.add',
    entity: 'SensitiveWord',
    entityId: word.id,
    label: word.word,
    after: { word: word.word, level: word.level },
  });
  return {
    id: word.id,
    word: word.word,
    level: input.level,
    unitId: unit.id,
    unitName: unit.name,
    inherited: false,
  } satisfies Row;
}

export async function removeWord(tx: Tx, { scope, actorId, id }: { scope: Scope; actorId: number; id: number }) {
  const word = await tx.sensitiveWord.findFirstOrThrow({ where: { id, ...scope.ownedWhere('content.manage') } });
  await tx.sensitiveWord.delete({ where: { id: word.id, ...scope.ownedWhere('content.manage') } });
  await recordAudit(tx, {
    actorId,
    unitId: word.unitId,
    action: 'word.remove',
    entity: 'SensitiveWord',
    entityId: word.id,
    label: word.word,
    before: { word: word.word, level: word.level },
  });
  return { ok: true as const };
}
