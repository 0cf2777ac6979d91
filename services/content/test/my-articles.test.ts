// An author's own articles in progress (content.articles.mine, the overview's drafts card) are sought by their author:
// however many drafts and submissions other authors keep in the subtree (more than the lists' bound here), the
// author's own are all found and counted exactly; only past the bound of their own is a count a floor.
import { listCountBound } from '@strata/contract';
import { openBulkWriter } from '@strata/db/bulk';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addAccount } from '../../../tests/support/factories';

describe.each(await testProviders())('an author’s own articles among many on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
  });
  afterAll(() => env?.drop());

  it('finds the author’s draft and submission past the bound of others’ in the same unit', async () => {
    const chengguan = env.seed.townships.chengguan!;
    const branch = chengguan.branches[0]!;
    const column = await env.db.column.findFirstOrThrow({ where: { unitId: branch.id } });
    const author = await addAccount(env, {
      unitId: chengguan.id,
      grants: [{ role: 'content_editor', unitId: chengguan.id }],
    });
    const me = await env.as(author.username);
    // More drafts and more articles in review than the bound, by no author, at the branch; the author's own after
    // them (a read of the unit's drafts in order, stopping at the bound, would not reach theirs). Written straight on
    // the driver: through Prisma, 20,000 rows take seconds.
    const writer = await openBulkWriter(env.url);
    const others = (status: string) =>
      Array.from({ length: listCountBound + 1 }, (_, i) => [
        branch.id,
        column.id,
        `别人的稿件${i}`,
        '正文',
        status,
        new Date(),
      ]);
    try {
      await writer.insert(
        'Article',
        ['unitId', 'columnId', 'title', 'body', 'status', 'updatedAt'],
        [...others('draft'), ...others('review')],
      );
    } finally {
      await writer.close();
    }
    const write = (title: string, status: 'draft' | 'review') =>
      me.content.articles.create({ columnId: column.id, title, body: '正文', status });
    const draft = await write('我的草稿', 'draft');
    await write('我的送审稿', 'review');

    const exact = { totalIsBound: false };
    for (const unitId of [chengguan.id, branch.id]) {
      const mine = await me.content.articles.mine({ unitId });
      expect(mine).toMatchObject({
        drafts: { total: 1, ...exact },
        returned: { total: 0, ...exact },
        review: { total: 1, ...exact },
      });
      expect(mine.items.map((i) => i.id)).toEqual([draft.id]);
    }

    // The others' drafts made the author's: now theirs are past the bound, counted to it and flagged a floor.
    await env.db.article.updateMany({ where: { unitId: branch.id, status: 'draft' }, data: { authorId: author.id } });
    const many = await me.content.articles.mine({ unitId: chengguan.id });
    expect(many).toMatchObject({
      drafts: { total: listCountBound, totalIsBound: true },
      returned: { total: 0, totalIsBound: true },
      review: { total: 1, ...exact },
    });
    expect(many.items).toHaveLength(5);
  });
});
