// Putting a published article on more sites: shared down to the units below its own (shown at once: the unit above
// decides what its units carry), recommended up to the unit above (shown once that unit's reviewer accepts), or
// reposted by a unit from a site its staff read. The article stays its own unit's; a placement is the showing
// site's row, scoped to that unit. Every step is audited.
import { AppError, fieldError, notFound, recordAudit, type Scope, type SystemOperations } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import type { z } from 'zod';
import { live } from '../articles/article-schemas';
import { contentMessage } from '../locales';
import { columnForShare, mayDecide } from './placement-rules';
import type { decideInput, recommendInput, repostInput, shareInput } from './placement-schemas';

type Acting = { scope: Scope; system: SystemOperations; actorId: number; now: Date };

const articleFields = {
  id: true,
  unitId: true,
  title: true,
  status: true,
  unit: { select: { path: true, parentId: true, name: true } },
  column: { select: { key: true } },
} as const;

/** A live article the caller may place with the permission at its unit; foreign or missing, it is not found. */
async function placeable(tx: Db | Tx, scope: Scope, articleId: number, permission: 'content.review' | 'content.read') {
  const article = await tx.article.findFirst({
    where: { id: articleId, ...scope.ownedWhere(permission), ...live },
    select: articleFields,
  });
  if (!article) throw notFound();
  // Only what the public reads now is offered to other sites.
  if (article.status !== 'published') throw new AppError('CONFLICT', contentMessage('placeNeedsPublished'));
  return article;
}

const audit = (
  tx: Tx,
  actorId: number,
  action: `placement.${string}`,
  p: { id: number; unitId: number },
  label: string,
  after: object,
) => recordAudit(tx, { actorId, unitId: p.unitId, action, entity: 'ArticlePlacement', entityId: p.id, label, after });

/** Shares the article to units directly below its own (all active ones, or those named). */
export async function shareArticle(
  tx: Tx,
  { scope, system, actorId, now }: Acting,
  input: z.output<typeof shareInput>,
) {
  const article = await placeable(tx, scope, input.articleId, 'content.review');
  const below = await tx.unit.findMany({
    where: { parentId: article.unitId, archivedAt: null, ...scope.unitWhere('content.read') },
    select: {
      id: true,
      name: true,
      columns: { where: scope.ownedWhere('content.read'), select: { id: true, key: true, hidden: true, sort: true } },
    },
  });
  const chosen = input.unitIds ? below.filter((u) => input.unitIds?.includes(u.id)) : below;
  if (input.unitIds && chosen.length !== new Set(input.unitIds).size) throw fieldError('unitIds', 'notFound');
  const existing = await tx.articlePlacement.findMany({
    where: { articleId: article.id, unitId: { in: chosen.map((u) => u.id) }, ...scope.ownedWhere('content.read') },
    select: { id: true, unitId: true, state: true },
  });
  let placed = 0;
  for (const unit of chosen) {
    const columnId = columnForShare(article.column.key, unit.columns);
    const before = existing.find((p) => p.unitId === unit.id);
    // A site with no visible column has nowhere to show it; one already showing it keeps its own choice of column.
    if (columnId === null || before?.state === 'accepted') continue;
    const data = { kind: 'shared', state: 'accepted', columnId, createdById: actorId, decidedAt: now, note: '' };
    const placement = before
      ? await tx.articlePlacement.update({ where: { id: before.id }, data })
      : await tx.articlePlacement.create({ data: { ...data, articleId: article.id, unitId: unit.id } });
    await audit(tx, actorId, 'placement.share', placement, article.title, { ...data, unit: unit.name });
    placed += 1;
  }
  if (placed) await system.content.recountPlacements(tx, article.id);
  return { placed };
}

/**
 * Recommends the article to the unit directly above its own, whose reviewer accepts it into a column or declines.
 * The unit above lies outside the recommending unit's scope: once the caller is found to review the article, the
 * row is written by a named operation and read by the unit above through its own scope.
 */
export async function recommendArticle(
  db: Db,
  { scope, actorId, system }: Acting,
  input: z.output<typeof recommendInput>,
) {
  const article = await placeable(db, scope, input.articleId, 'content.review');
  const parentId = article.unit.parentId;
  if (parentId === null) throw new AppError('CONFLICT', contentMessage('noUnitAbove'));
  return system.content.recommendUp({ articleId: article.id, unitId: parentId, actorId, note: input.note });
}

/** Reposts an article the caller reads, from another unit's site, into a column of a site the caller reviews. */
export async function repostArticle(
  tx: Tx,
  { scope, system, actorId, now }: Acting,
  input: z.output<typeof repostInput>,
) {
  const article = await placeable(tx, scope, input.articleId, 'content.read');
  const column = await tx.column.findFirst({
    where: { id: input.columnId, ...scope.ownedWhere('content.review') },
    select: { id: true, unitId: true, name: true },
  });
  if (!column) throw fieldError('columnId', 'notFound');
  if (column.unitId === article.unitId) throw fieldError('columnId', contentMessage('ownSite'));
  const before = await tx.articlePlacement.findFirst({
    where: { articleId: article.id, unitId: column.unitId, ...scope.ownedWhere('content.review') },
    select: { id: true, state: true },
  });
  if (before && before.state !== 'declined') throw new AppError('CONFLICT', contentMessage('alreadyPlaced'));
  const data = { kind: 'reposted', state: 'accepted', columnId: column.id, createdById: actorId, decidedAt: now };
  const placement = before
    ? await tx.articlePlacement.update({ where: { id: before.id }, data: { ...data, note: '' } })
    : await tx.articlePlacement.create({ data: { ...data, articleId: article.id, unitId: column.unitId } });
  await audit(tx, actorId, 'placement.repost', placement, article.title, { ...data, column: column.name });
  await system.content.recountPlacements(tx, article.id);
  return { id: placement.id };
}

/** The unit a recommendation was made to accepts it into one of its columns, or declines it with a reason. */
export async function decidePlacement(
  tx: Tx,
  { scope, system, actorId, now }: Acting,
  input: z.output<typeof decideInput>,
) {
  const placement = await tx.articlePlacement.findFirst({
    where: { id: input.id, ...scope.ownedWhere('content.review') },
    include: { unit: { select: { path: true } } },
  });
  if (!placement) throw notFound();
  if (!mayDecide(scope, placement)) throw new AppError('CONFLICT', contentMessage('notPending'));
  // Recommended from a unit below: its article lies in the deciding unit's scope.
  const article = await tx.article.findFirst({
    where: { id: placement.articleId, ...scope.ownedWhere('content.read') },
    select: { title: true },
  });
  let columnId: number | null = null;
  if (input.decision === 'accept') {
    const column = await tx.column.findFirst({
      where: { id: input.columnId ?? 0, unitId: placement.unitId, ...scope.ownedWhere('content.review') },
      select: { id: true },
    });
    if (!column) throw fieldError('columnId', 'notFound');
    columnId = column.id;
  } else if (input.note.length < 2) throw fieldError('note', contentMessage('declineNeedsNote'));
  const data = {
    state: input.decision === 'accept' ? 'accepted' : 'declined',
    columnId,
    note: input.decision === 'accept' ? '' : input.note,
    decidedById: actorId,
    decidedAt: now,
  };
  // Still pending: of two decisions at once, the second finds nothing to decide.
  const { count } = await tx.articlePlacement.updateMany({
    where: { id: placement.id, state: 'pending', ...scope.ownedWhere('content.review') },
    data,
  });
  if (count === 0) throw new AppError('CONFLICT', contentMessage('notPending'));
  await audit(tx, actorId, `placement.${input.decision}`, placement, article?.title ?? `#${placement.articleId}`, data);
  await system.content.recountPlacements(tx, placement.articleId);
  return { id: placement.id };
}

/**
 * Takes the article off one site: that site's reviewer may, and so may the article's own unit's, whose sites may lie
 * outside its scope (a named operation finds the placement by its article there, and removes it).
 */
export async function removePlacement(db: Db, { scope, actorId, system }: Acting, id: number) {
  const onOwnSite = await db.articlePlacement.findFirst({
    where: { id, ...scope.ownedWhere('content.review') },
    select: { id: true },
  });
  const placement = onOwnSite ?? (await system.content.placementOfOwnArticle(scope, id));
  if (!placement) throw notFound();
  return system.content.removePlacement({ id: placement.id, actorId });
}
