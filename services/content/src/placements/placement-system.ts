// The network's operations across scopes (named, reviewed, bound to the raw client: see @strata/api system.ts). A
// recommendation is written to the unit above, which the recommending unit's staff do not reach; the article's own
// unit takes its article off any site, in scope or not. Each writes in its own transaction, called once the
// caller's right was checked through its scope; the recount also runs in a caller's transaction.
import { AppError, recordAudit, runTransaction, type Scope, subtreePaths } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import { contentMessage } from '../locales';
import { recount } from './placed-count.sql';

type Recommend = { articleId: number; unitId: number; actorId: number; note: string };

const placementPlaces = {
  unit: { select: { path: true, name: true } },
  article: { select: { id: true, title: true, unitId: true, unit: { select: { path: true } } } },
} as const;

async function recommendUp(tx: Tx, { articleId, unitId, actorId, note }: Recommend) {
  const before = await tx.articlePlacement.findUnique({
    where: { articleId_unitId: { articleId, unitId } },
    select: { id: true, state: true },
  });
  if (before && before.state !== 'declined') throw new AppError('CONFLICT', contentMessage('alreadyPlaced'));
  const data = { kind: 'recommended', state: 'pending', columnId: null, note, createdById: actorId };
  const placement = before
    ? await tx.articlePlacement.update({
        where: { id: before.id },
        data: { ...data, decidedAt: null, decidedById: null },
      })
    : await tx.articlePlacement.create({ data: { ...data, articleId, unitId } });
  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { unitId: true, title: true },
  });
  await recordAudit(tx, {
    actorId,
    unitId: article.unitId,
    action: 'placement.recommend',
    entity: 'ArticlePlacement',
    entityId: placement.id,
    label: article.title,
    after: data,
  });
  return { id: placement.id };
}

export const placementSystem = (db: Db) => ({
  /**
   * Writes a pending recommendation of the article to `unitId`, the unit above its own (the caller holds
   * content.review over the article's unit). One already pending or accepted is a conflict; a declined one is made
   * again.
   */
  recommendUp: (input: Recommend) => runTransaction(db, (tx) => recommendUp(tx, input)),

  /** A placement of an article whose own unit the caller reviews, wherever it is shown; null otherwise. */
  placementOfOwnArticle: (scope: Scope, id: number) =>
    db.articlePlacement
      .findUnique({ where: { id }, include: placementPlaces })
      .then((p) => (p && scope.covers('content.review', p.article.unit.path) ? p : null)),

  /** Deletes a placement the caller was found to be allowed to remove (audited on the showing site), and recounts. */
  removePlacement: (input: { id: number; actorId: number }) =>
    runTransaction(db, async (tx) => {
      const placement = await tx.articlePlacement.delete({
        where: { id: input.id },
        include: { unit: { select: { name: true } }, article: { select: { title: true } } },
      });
      await recordAudit(tx, {
        actorId: input.actorId,
        unitId: placement.unitId,
        action: 'placement.remove',
        entity: 'ArticlePlacement',
        entityId: placement.id,
        label: placement.article.title,
        before: {
          kind: placement.kind,
          state: placement.state,
          columnId: placement.columnId,
          unit: placement.unit.name,
        },
      });
      await recount(tx, placement.articleId);
      return { ok: true as const };
    }),
  /**
   * Counts again how many sites show the article beyond its own (Article.placedCount, which its list rows show),
   * after any change to its placements: the sites may lie outside the caller's scope, and so may the article.
   */
  recountPlacements: recount,

  /** Placements on sites outside `scope` for `permission`: they are counted for the article's reader, not named. */
  placementsElsewhere: (articleId: number, roots: readonly string[]) =>
    db.articlePlacement.count({
      where: {
        articleId,
        NOT: { OR: roots.map((root) => ({ unit: { path: subtreePaths(root) } })) },
      },
    }),
});
