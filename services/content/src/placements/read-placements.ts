// Reading the network: where an article appears (its own site, and the sites that show it), and a unit's queue of
// recommendations to decide (or its record of decided ones).
import { notFound, pageArgs, type Scope, type SystemOperations, toIso, withinPath } from '@strata/api';
import type { Db } from '@strata/db';
import type { z } from 'zod';
import { live } from '../articles/article-schemas';
import { mayDecide, mayRemove } from './placement-rules';
import type { PlacementRow, placementsOfArticle, queueInput, queueRow } from './placement-schemas';

const placementInclude = { unit: { select: { name: true, path: true } }, column: { select: { name: true } } } as const;

type Loaded = {
  id: number;
  articleId: number;
  unitId: number;
  columnId: number | null;
  kind: string;
  state: string;
  note: string;
  createdAt: Date;
  decidedAt: Date | null;
  unit: { name: string; path: string };
  column: { name: string } | null;
};

const toRow = (scope: Scope, p: Loaded, articleUnitPath: string): PlacementRow => ({
  id: p.id,
  articleId: p.articleId,
  unitId: p.unitId,
  unitName: p.unit.name,
  columnId: p.columnId,
  columnName: p.column?.name ?? null,
  kind: p.kind as PlacementRow['kind'],
  state: p.state as PlacementRow['state'],
  note: p.note,
  createdAt: toIso(p.createdAt),
  decidedAt: p.decidedAt ? toIso(p.decidedAt) : null,
  actions: { remove: mayRemove(scope, p, articleUnitPath), decide: mayDecide(scope, p) },
});

/** Where an article the caller reads appears: its own site, the sites in the caller's scope, and how many others. */
export async function placementsOf(
  db: Db,
  { scope, system, articleId }: { scope: Scope; system: SystemOperations; articleId: number },
): Promise<z.infer<typeof placementsOfArticle>> {
  const article = await db.article.findFirst({
    where: { id: articleId, ...scope.ownedWhere('content.read'), ...live },
    select: {
      id: true,
      unitId: true,
      unit: { select: { name: true, path: true } },
      column: { select: { name: true } },
    },
  });
  if (!article) throw notFound();
  const [placements, elsewhere] = await Promise.all([
    db.articlePlacement.findMany({
      where: { articleId, ...scope.ownedWhere('content.read') },
      include: placementInclude,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
    system.content.placementsElsewhere(articleId, scope.roots('content.read')),
  ]);
  return {
    home: { unitId: article.unitId, unitName: article.unit.name, columnName: article.column.name },
    placements: placements.map((p) => toRow(scope, p, article.unit.path)),
    elsewhere,
  };
}

/**
 * Recommendations made to the sites the caller reviews (a unit's subtree, or all of them), pending ones by default.
 * They come from the units below, whose articles lie in the caller's scope too.
 */
export async function placementQueue(
  db: Db,
  { scope, input }: { scope: Scope; input: z.output<typeof queueInput> },
): Promise<{ items: z.infer<typeof queueRow>[]; total: number; totalIsBound: boolean }> {
  const within = await withinPath(db, scope, 'content.review', input.unitId);
  const where = { kind: 'recommended', state: input.state, ...scope.ownedWhere('content.review', within) };
  const [rows, total] = await Promise.all([
    db.articlePlacement.findMany({
      where,
      include: placementInclude,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      ...pageArgs(input),
    }),
    db.articlePlacement.count({ where }),
  ]);
  const articles = await db.article.findMany({
    where: { id: { in: rows.map((r) => r.articleId) }, ...scope.ownedWhere('content.read') },
    select: { id: true, title: true, status: true, deletedAt: true, unit: { select: { name: true, path: true } } },
  });
  const byId = new Map(articles.map((a) => [a.id, a]));
  return {
    items: rows.map((p) => {
      const article = byId.get(p.articleId);
      return Object.assign(toRow(scope, p, article?.unit.path ?? ''), {
        articleTitle: article?.title ?? '',
        fromUnitName: article?.unit.name ?? '',
        articleStatus: article ? (article.deletedAt ? 'deleted' : article.status) : 'deleted',
      });
    }),
    total,
    totalIsBound: false,
  };
}
