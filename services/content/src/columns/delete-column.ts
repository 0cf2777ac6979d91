// Deleting a column: only an empty one. A column that holds articles, live or in the recycle bin, holds what
// readers read (or may ask about); it is hidden to take it off the website, never deleted with its articles.
import { AppError, recordAudit, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { contentMessage } from '../locales';

type DeleteColumn = { scope: Scope; actorId: number; id: number };

/** A column is deleted only when no article, live or in the recycle bin, is in it. */
export function assertColumnEmpty(articles: number) {
  if (articles > 0) throw new AppError('CONFLICT', contentMessage('columnNotEmpty'), { count: articles });
}

export async function deleteColumn(tx: Tx, { scope, actorId, id }: DeleteColumn) {
  const scoped = scope.ownedWhere('content.manage');
  const before = await tx.column.findFirstOrThrow({ where: { id, ...scoped } });
  // Every article of the column, the recycle bin's too, and every article placed in it from another site: they all
  // belong to the column's unit.
  const [own, placed] = await Promise.all([
    tx.article.count({ where: { columnId: before.id, ...scoped } }),
    tx.articlePlacement.count({ where: { columnId: before.id, ...scoped } }),
  ]);
  assertColumnEmpty(own + placed);
  await tx.column.delete({ where: { id: before.id, ...scoped } });
  await recordAudit(tx, {
    actorId,
    unitId: before.unitId,
    action: 'column.delete',
    entity: 'Column',
    entityId: before.id,
    label: before.name,
    before,
  });
}
