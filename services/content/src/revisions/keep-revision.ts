// Every save of an article's content keeps a revision: the article as it stood after the save, who saved it and
// when. Workflow steps that change only the status (submit, approve, withdraw) are audited events, not revisions.
import type { Scope } from '@strata/api';
import type { Tx } from '@strata/db';

/** The fields a revision keeps: what readers read, and where. */
export const revisedFields = ['title', 'summary', 'body', 'byline', 'source', 'columnId'] as const;
type Revised = { [K in (typeof revisedFields)[number]]: K extends 'columnId' ? number : string };

/** Whether a change touches what a revision keeps. */
export const changesContent = (before: Revised, after: Revised) => revisedFields.some((f) => before[f] !== after[f]);

type Kept = Revised & { id: number; unitId: number };

/** Keeps the article's content as a new revision (numbered after the last one), in the save's transaction. */
export async function keepRevision(
  tx: Tx,
  article: Kept,
  { scope, editorId, restoredFrom = null }: { scope: Scope; editorId: number; restoredFrom?: number | null },
) {
  const last = await tx.articleRevision.findFirst({
    where: { articleId: article.id, ...scope.ownedWhere('content.write') },
    orderBy: { number: 'desc' },
    select: { number: true },
  });
  return tx.articleRevision.create({
    data: {
      articleId: article.id,
      unitId: article.unitId,
      number: (last?.number ?? 0) + 1,
      title: article.title,
      summary: article.summary,
      body: article.body,
      byline: article.byline,
      source: article.source,
      columnId: article.columnId,
      editorId,
      restoredFrom,
    },
    select: { number: true },
  });
}
