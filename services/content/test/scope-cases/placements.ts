// Scope cases of the network: in each own township the caller shares, recommends, reposts, decides and removes with
// the right result (and reads where an article appears); 东湖街道's articles and placements answer as missing ones,
// and so do the townships where the caller's role does not review (the editor grant in 西山镇).
import { expect } from 'vitest';
import { addArticle } from '../../../../tests/support/factories';
import { eachPlace, expectHidden, missing, type ScopeCase, type ScopeTest } from '../../../../tests/support/scope-test';

const firstColumn = (t: ScopeTest, unitId: number) =>
  t.env.db.column.findFirstOrThrow({ where: { unitId }, orderBy: { id: 'asc' } });
const placementsOf = (t: ScopeTest, articleId: number) =>
  t.env.db.articlePlacement.findMany({ where: { articleId }, orderBy: { unitId: 'asc' } });
/** The units directly below, active, with a visible column: as other cases left them (they add and archive units). */
const activeBelow = async (t: ScopeTest, unitId: number) =>
  (
    await t.env.db.unit.findMany({
      where: { parentId: unitId, archivedAt: null, columns: { some: { hidden: false } } },
      select: { id: true },
    })
  ).map((u) => u.id);

/** A placement written directly: `state` of `kind` for the article at `unitId`'s first column. */
async function placed(t: ScopeTest, articleId: number, unitId: number, kind: string, state: string) {
  const column = state === 'accepted' ? await firstColumn(t, unitId) : null;
  return t.env.db.articlePlacement.create({
    data: { articleId, unitId, kind, state, columnId: column?.id ?? null },
  });
}

export const scopeCases: Record<string, ScopeCase> = {
  'content.placements.ofArticle': (t) =>
    eachPlace(
      t,
      'content.read',
      async (p) => {
        const article = await addArticle(t.env, p.township.id, 'published');
        const branch = p.branches[0]!;
        const shown = await placed(t, article.id, branch.id, 'shared', 'accepted');
        // A site outside the caller's scope is counted, not named.
        await placed(t, article.id, t.foreign.branches[0]!.id, 'reposted', 'accepted');
        const read = await t.a.content.placements.ofArticle({ articleId: article.id });
        expect(read.home).toMatchObject({ unitId: p.township.id, unitName: p.township.name });
        expect(read.placements.map((r) => [r.id, r.unitName, r.kind])).toEqual([[shown.id, branch.name, 'shared']]);
        expect(read.elsewhere).toBe(1);
      },
      async (p) => {
        const article = await addArticle(t.env, p.township.id, 'published');
        await expectHidden(
          t.a.content.placements.ofArticle({ articleId: article.id }),
          t.a.content.placements.ofArticle({ articleId: missing }),
        );
      },
    ),

  'content.placements.queue': (t) =>
    eachPlace(
      t,
      'content.review',
      async (p) => {
        const article = await addArticle(t.env, p.branches[0]!.id, 'published');
        const pending = await placed(t, article.id, p.township.id, 'recommended', 'pending');
        const page = await t.a.content.placements.queue({ unitId: p.township.id, pageSize: 100 });
        expect(page.items.map((r) => r.id)).toContain(pending.id);
        expect(page.items.find((r) => r.id === pending.id)).toMatchObject({
          articleTitle: article.title,
          actions: { decide: true, remove: true },
        });
        // Without a unit: every site the caller reviews, never another's.
        const all = await t.a.content.placements.queue({ pageSize: 100 });
        const units = await t.env.db.unit.findMany({ where: { id: { in: all.items.map((r) => r.unitId) } } });
        expect(units.every((u) => t.may('content.review', u.path))).toBe(true);
        expect(all.items.map((r) => r.id)).toContain(pending.id);
      },
      async (p) => {
        const article = await addArticle(t.env, p.branches[0]!.id, 'published');
        const pending = await placed(t, article.id, p.township.id, 'recommended', 'pending');
        await expectHidden(
          t.a.content.placements.queue({ unitId: p.township.id }),
          t.a.content.placements.queue({ unitId: missing }),
        );
        const all = await t.a.content.placements.queue({ pageSize: 100 });
        expect(all.items.map((r) => r.id)).not.toContain(pending.id);
      },
    ),

  'content.placements.share': (t) =>
    eachPlace(
      t,
      'content.review',
      async (p) => {
        const article = await addArticle(t.env, p.township.id, 'published');
        const below = await activeBelow(t, p.township.id);
        const { placed: count } = await t.a.content.placements.share({ articleId: article.id });
        expect(count).toBe(below.length);
        const rows = await placementsOf(t, article.id);
        expect(rows.map((r) => r.unitId).sort()).toEqual(below.sort());
        expect(below).toEqual(expect.arrayContaining([p.branches[0]!.id]));
        expect(rows.every((r) => r.kind === 'shared' && r.state === 'accepted' && r.columnId !== null)).toBe(true);
        expect((await t.env.db.article.findUniqueOrThrow({ where: { id: article.id } })).placedCount).toBe(count);
        // Sharing again changes nothing.
        expect(await t.a.content.placements.share({ articleId: article.id })).toEqual({ placed: 0 });
      },
      async (p) => {
        const article = await addArticle(t.env, p.township.id, 'published');
        await expectHidden(
          t.a.content.placements.share({ articleId: article.id }),
          t.a.content.placements.share({ articleId: missing }),
        );
        expect(await placementsOf(t, article.id)).toEqual([]);
      },
    ),

  'content.placements.recommend': (t) =>
    eachPlace(
      t,
      'content.review',
      async (p) => {
        const article = await addArticle(t.env, p.branches[0]!.id, 'published');
        await t.a.content.placements.recommend({ articleId: article.id, note: '值得推广' });
        expect(await placementsOf(t, article.id)).toMatchObject([
          { unitId: p.township.id, kind: 'recommended', state: 'pending', columnId: null, note: '值得推广' },
        ]);
        await expect(t.a.content.placements.recommend({ articleId: article.id })).rejects.toMatchObject({
          code: 'CONFLICT',
        });
      },
      async (p) => {
        const article = await addArticle(t.env, p.branches[0]!.id, 'published');
        await expectHidden(
          t.a.content.placements.recommend({ articleId: article.id }),
          t.a.content.placements.recommend({ articleId: missing }),
        );
        expect(await placementsOf(t, article.id)).toEqual([]);
      },
    ),

  'content.placements.repost': (t) =>
    eachPlace(
      t,
      'content.review',
      async (p) => {
        const article = await addArticle(t.env, p.branches[0]!.id, 'published');
        const column = await firstColumn(t, p.branches[1]!.id);
        await t.a.content.placements.repost({ articleId: article.id, columnId: column.id });
        expect(await placementsOf(t, article.id)).toMatchObject([
          { unitId: p.branches[1]!.id, columnId: column.id, kind: 'reposted', state: 'accepted' },
        ]);
        // Not onto its own site.
        const own = await firstColumn(t, p.branches[0]!.id);
        await expect(t.a.content.placements.repost({ articleId: article.id, columnId: own.id })).rejects.toMatchObject({
          code: 'BAD_REQUEST',
          field: 'columnId',
        });
      },
      async (p) => {
        // A column of a site the caller does not review is refused as a missing one.
        const article = await addArticle(t.env, t.foreign.branches[0]!.id, 'published');
        const foreignColumn = await firstColumn(t, p.branches[1]!.id);
        const ownPlace = t.places.find((q) => t.may('content.review', q.township.path))!;
        const readable = await addArticle(t.env, ownPlace.branches[0]!.id, 'published');
        await expectHidden(
          t.a.content.placements.repost({ articleId: readable.id, columnId: foreignColumn.id }),
          t.a.content.placements.repost({ articleId: readable.id, columnId: missing }),
        );
        const ownColumn = await firstColumn(t, ownPlace.branches[1]!.id);
        await expectHidden(
          t.a.content.placements.repost({ articleId: article.id, columnId: ownColumn.id }),
          t.a.content.placements.repost({ articleId: missing, columnId: ownColumn.id }),
        );
        expect(await placementsOf(t, article.id)).toEqual([]);
      },
    ),

  'content.placements.decide': (t) =>
    eachPlace(
      t,
      'content.review',
      async (p) => {
        const article = await addArticle(t.env, p.branches[0]!.id, 'published');
        const pending = await placed(t, article.id, p.township.id, 'recommended', 'pending');
        const column = await firstColumn(t, p.township.id);
        await t.a.content.placements.decide({ id: pending.id, decision: 'accept', columnId: column.id });
        expect(await placementsOf(t, article.id)).toMatchObject([{ state: 'accepted', columnId: column.id }]);
        expect((await t.env.db.article.findUniqueOrThrow({ where: { id: article.id } })).placedCount).toBe(1);
        await expect(
          t.a.content.placements.decide({ id: pending.id, decision: 'decline', note: '再议' }),
        ).rejects.toMatchObject({ code: 'CONFLICT' });
      },
      async (p) => {
        const article = await addArticle(t.env, p.branches[0]!.id, 'published');
        const pending = await placed(t, article.id, p.township.id, 'recommended', 'pending');
        await expectHidden(
          t.a.content.placements.decide({ id: pending.id, decision: 'decline', note: '不采用' }),
          t.a.content.placements.decide({ id: missing, decision: 'decline', note: '不采用' }),
        );
        expect(await placementsOf(t, article.id)).toMatchObject([{ state: 'pending' }]);
      },
    ),

  'content.placements.remove': (t) =>
    eachPlace(
      t,
      'content.review',
      async (p) => {
        // The showing site takes it off...
        const article = await addArticle(t.env, p.township.id, 'published');
        const shown = await placed(t, article.id, p.branches[0]!.id, 'shared', 'accepted');
        expect(await t.a.content.placements.remove({ id: shown.id })).toEqual({ ok: true });
        // ...and the article's own unit withdraws it from a site outside its scope.
        const elsewhere = await placed(t, article.id, t.foreign.branches[0]!.id, 'reposted', 'accepted');
        expect(await t.a.content.placements.remove({ id: elsewhere.id })).toEqual({ ok: true });
        expect(await placementsOf(t, article.id)).toEqual([]);
      },
      async (p) => {
        const article = await addArticle(t.env, p.township.id, 'published');
        const shown = await placed(t, article.id, p.branches[0]!.id, 'shared', 'accepted');
        await expectHidden(
          t.a.content.placements.remove({ id: shown.id }),
          t.a.content.placements.remove({ id: missing }),
        );
        expect(await placementsOf(t, article.id)).toHaveLength(1);
      },
    ),
};
