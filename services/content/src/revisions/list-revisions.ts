// An article's revisions, newest first, for a reader who may read the article.
import { type Scope, toIso } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import type { z } from 'zod';
import type { revisionRow } from './revision-schemas';

const revisionFields = {
  number: true,
  title: true,
  createdAt: true,
  restoredFrom: true,
  editor: { select: { displayName: true } },
} as const;

type Listed = {
  number: number;
  title: string;
  createdAt: Date;
  restoredFrom: number | null;
  editor: { displayName: string } | null;
};

export const toRevisionRow = (r: Listed): z.infer<typeof revisionRow> => ({
  number: r.number,
  title: r.title,
  editorName: r.editor?.displayName ?? null,
  createdAt: toIso(r.createdAt),
  restoredFrom: r.restoredFrom,
});

/** The article must be live and readable: otherwise not found, as for a missing one. */
export async function readableArticle(
  db: Db | Tx,
  scope: Scope,
  articleId: number,
  permission: 'content.read' | 'content.write',
) {
  return db.article.findFirstOrThrow({
    where: { id: articleId, deletedAt: null, ...scope.ownedWhere(permission) },
    include: { unit: { select: { path: true } } },
  });
}

export async function listRevisions(db: Db, { scope, articleId }: { scope: Scope; articleId: number }) {
  await readableArticle(db, scope, articleId, 'content.read');
  const revisions = await db.articleRevision.findMany({
    where: { articleId, ...scope.ownedWhere('content.read') },
    orderBy: { number: 'desc' },
    select: revisionFields,
  });
  return revisions.map(toRevisionRow);
}

export { revisionFields };
