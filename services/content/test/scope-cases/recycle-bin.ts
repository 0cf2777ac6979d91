// Scope cases of the recycle bin: in each own township where the caller reviews, it lists and restores what
// was deleted there, and where it holds content.purge (the admin grants) it purges; 西山镇 (an editor grant
// only) and 东湖街道 answer like missing ids, and their binned rows stay as they were.
import { expect } from 'vitest';
import { addArticle } from '../../../../tests/support/factories';
import {
  eachPlace,
  expectHidden,
  idsOf,
  missing,
  type ScopeCase,
  type ScopeTest,
} from '../../../../tests/support/scope-test';
import { addBinnedArticle } from '../support/recycle-bin-rows';

const articleRow = (t: ScopeTest, id: number) => t.env.db.article.findUnique({ where: { id } });
const binnedIn = (path: string) => ({ unit: { path: { startsWith: path } }, deletedAt: { not: null } });
const page = { page: 1, pageSize: 100 };

export const scopeCases: Record<string, ScopeCase> = {
  'content.recycleBin.list': (t) =>
    eachPlace(
      t,
      'content.review',
      async (p) => {
        const branch = p.branches[1]!;
        const binned = await addBinnedArticle(t.env, branch.id, { daysAgo: 3, by: t.user.id });
        await addArticle(t.env, branch.id, 'published');
        const got = await t.a.content.recycleBin.list({ ...page, unitId: branch.id });
        const rows = await t.env.db.article.findMany({ where: binnedIn(branch.path), select: { id: true } });
        expect(got.total).toBe(rows.length);
        expect(idsOf(got.items)).toEqual(idsOf(rows));
        const me = await t.env.db.user.findUniqueOrThrow({ where: { id: t.user.id } });
        expect(got.items.find((a) => a.id === binned.id)).toMatchObject({
          status: 'published',
          deletedByName: me.displayName,
          daysLeft: 27,
          actions: { restore: true, purge: true },
        });
      },
      async (p) => {
        await addBinnedArticle(t.env, p.branches[1]!.id);
        await expectHidden(
          t.a.content.recycleBin.list({ ...page, unitId: p.township.id }),
          t.a.content.recycleBin.list({ ...page, unitId: missing }),
        );
      },
    ),

  'content.recycleBin.restore': (t) =>
    eachPlace(
      t,
      'content.review',
      async (p) => {
        const binned = await addBinnedArticle(t.env, p.branches[2]!.id, { daysAgo: 29 });
        expect(await t.a.content.recycleBin.restore({ id: binned.id })).toMatchObject({
          id: binned.id,
          status: 'published',
        });
        expect(await articleRow(t, binned.id)).toMatchObject({
          status: 'published',
          deletedAt: null,
          deletedById: null,
        });
        // Past the bin's days: refused, and it stays in the bin for an admin to purge.
        const expired = await addBinnedArticle(t.env, p.branches[2]!.id, { daysAgo: 31 });
        await expect(t.a.content.recycleBin.restore({ id: expired.id })).rejects.toMatchObject({ code: 'CONFLICT' });
        expect(await articleRow(t, expired.id)).toEqual(expired);
      },
      async (p) => {
        const binned = await addBinnedArticle(t.env, p.branches[2]!.id);
        await expectHidden(
          t.a.content.recycleBin.restore({ id: binned.id }),
          t.a.content.recycleBin.restore({ id: missing }),
        );
        expect(await articleRow(t, binned.id)).toEqual(binned);
      },
    ),

  'content.recycleBin.purge': (t) =>
    eachPlace(
      t,
      'content.purge',
      async (p) => {
        const binned = await addBinnedArticle(t.env, p.branches[3]!.id);
        expect(await t.a.content.recycleBin.purge({ id: binned.id })).toEqual({ ok: true });
        expect(await articleRow(t, binned.id)).toBeNull();
        // Only what is in the bin: a live article is not found there.
        const live = await addArticle(t.env, p.branches[3]!.id, 'published');
        await expect(t.a.content.recycleBin.purge({ id: live.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
        expect(await articleRow(t, live.id)).toEqual(live);
      },
      async (p) => {
        const binned = await addBinnedArticle(t.env, p.branches[3]!.id);
        await expectHidden(
          t.a.content.recycleBin.purge({ id: binned.id }),
          t.a.content.recycleBin.purge({ id: missing }),
        );
        expect(await articleRow(t, binned.id)).toEqual(binned);
      },
    ),

  'content.recycleBin.purgeExpired': (t) =>
    eachPlace(
      t,
      'content.purge',
      async (p) => {
        const branch = p.branches[5]!;
        const expired = await addBinnedArticle(t.env, branch.id, { daysAgo: 31 });
        const fresh = await addBinnedArticle(t.env, branch.id, { daysAgo: 2 });
        const due = await t.env.db.article.count({
          where: { ...binnedIn(branch.path), deletedAt: { lt: new Date(Date.now() - 30 * 86_400_000) } },
        });
        expect(due).toBeGreaterThan(0);
        expect(await t.a.content.recycleBin.purgeExpired({ unitId: branch.id })).toEqual({ purged: due });
        expect(await articleRow(t, expired.id)).toBeNull();
        expect(await articleRow(t, fresh.id)).toEqual(fresh);
      },
      async (p) => {
        const expired = await addBinnedArticle(t.env, p.branches[5]!.id, { daysAgo: 31 });
        await expectHidden(
          t.a.content.recycleBin.purgeExpired({ unitId: p.township.id }),
          t.a.content.recycleBin.purgeExpired({ unitId: missing }),
        );
        expect(await articleRow(t, expired.id)).toEqual(expired);
      },
    ),
};
