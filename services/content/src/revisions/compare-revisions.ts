// Two revisions of an article compared field by field, side by side (sideBySide): what changed in the title, the
// summary, the byline and source, the column and the body.
import { AppError, type Scope } from '@strata/api';
import type { Db } from '@strata/db';
import { storedHtmlToText } from '@strata/text';
import type { z } from 'zod';
import { contentMessage } from '../locales';
import { readableArticle, revisionFields, toRevisionRow } from './list-revisions';
import { comparedFields, type comparison } from './revision-schemas';
import { sideBySide } from './side-by-side';

type CompareRevisions = { scope: Scope; articleId: number; from: number; to: number };

export async function compareRevisions(
  db: Db,
  { scope, articleId, from, to }: CompareRevisions,
): Promise<z.infer<typeof comparison>> {
  await readableArticle(db, scope, articleId, 'content.read');
  const found = await db.articleRevision.findMany({
    where: { articleId, number: { in: [from, to] }, ...scope.ownedWhere('content.read') },
    select: {
      ...revisionFields,
      summary: true,
      body: true,
      byline: true,
      source: true,
      columnId: true,
    },
  });
  const left = found.find((r) => r.number === from);
  const right = found.find((r) => r.number === to);
  if (!left || !right) throw new AppError('NOT_FOUND', contentMessage('revisionNotFound'));
  // A revision names its column by id; a column since deleted shows as its number.
  const columns = await db.column.findMany({
    where: { id: { in: [left.columnId, right.columnId] }, ...scope.ownedWhere('content.read') },
    select: { id: true, name: true },
  });
  const columnName = (id: number) => columns.find((c) => c.id === id)?.name ?? `#${id}`;
  // A body is compared as the text a reader reads, one line per paragraph, not as its markup.
  const text = (r: typeof left, field: (typeof comparedFields)[number]) =>
    field === 'column' ? columnName(r.columnId) : field === 'body' ? storedHtmlToText(r.body) : r[field];
  return {
    from: toRevisionRow(left),
    to: toRevisionRow(right),
    fields: comparedFields.map((field) => {
      const rows = sideBySide(text(left, field), text(right, field));
      return { field, changed: rows.some((r) => r.changed), rows };
    }),
  };
}
