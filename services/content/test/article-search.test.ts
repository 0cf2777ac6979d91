// Full-text search over articles (issue 8 point 9), on both databases: an article is found by any word of its title,
// summary, byline, source, tags or body, and by any run of its title's characters; every word typed must be there;
// the index follows every save, restore, deletion and purge in the same transaction, and a start-up rebuilds an
// index built under another text version. The portal shows the words it found marked in a snippet of the body.
import { markBuilt, searchHits, searchIndexIds, searchIndexKeys, searchIndexUnits, searchKey } from '@strata/api';
import { testProviders } from '@strata/db/testing';
import { searchQuery } from '@strata/text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../tests/support/env';
import { type FilesServer, filesServer } from '../../../tests/support/file-uploads';
import { articleSearch, ensureArticleSearch } from '../src/articles/article-search.sql';
import { repairSiteAt } from '../src/articles/repair-site-at.sql';
import { type SearchShape, searchSites } from '../src/portal/search-articles.sql';
import { pageText } from './support/portal-pages';

let made = 0;
/** A word no other text holds: letters and digits, so jieba keeps it whole. */
const word = () => `kw${Date.now().toString(36)}x${++made}`;

describe.each(await testProviders())('article search on %s', (provider) => {
  let env: TestEnv;
  let server: FilesServer;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 1 });
    server = await filesServer(env);
  });
  afterAll(async () => {
    await server?.app.close();
    await env?.drop();
  });

  const columnOf = (unitId: number) => env.db.column.findFirstOrThrow({ where: { unitId }, orderBy: { id: 'asc' } });
  const list = { page: 1, pageSize: 100, sort: 'updatedAt', order: 'desc' } as const;
  async function found(user: string, search: string) {
    const caller = await env.as(user);
    return (await caller.content.articles.list({ ...list, search })).items.map((a) => a.id);
  }
  /**
   * The index holds every article once, each under the key of its siteAt as it stands and the units it shows on (its
   * own and its accepted placements').
   */
  const indexAgreesWithArticles = async () => {
    const articles = await env.db.article.findMany({
      select: {
        id: true,
        siteAt: true,
        unitId: true,
        placements: { where: { state: 'accepted' }, select: { unitId: true } },
      },
      orderBy: { id: 'asc' },
    });
    expect(await searchIndexIds(env.db, articleSearch)).toEqual(articles.map((a) => a.id));
    const keys = await searchIndexKeys(env.db, articleSearch);
    expect(articles.filter((a) => keys.get(a.id) !== searchKey(a.siteAt, a.id)).map((a) => a.id)).toEqual([]);
    const units = await searchIndexUnits(env.db, articleSearch);
    const shownOn = (a: (typeof articles)[number]) =>
      [...new Set([a.unitId, ...a.placements.map((p) => p.unitId)])].sort((x, y) => x - y);
    expect(
      articles.filter((a) => `${units.get(a.id)}` !== `${shownOn(a)}`).map((a) => [a.id, units.get(a.id), shownOn(a)]),
    ).toEqual([]);
  };

  it('finds an article by any word of its text and by a run of its title, only when every word typed is there', async () => {
    const editor = await env.as('editor');
    const column = await columnOf(env.seed.townships.chengguan!.id);
    const [inBody, inSummary, inTag, inByline] = [word(), word(), word(), word()];
    const article = await editor.content.articles.create({
      columnId: column.id,
      title: '江城市党委举行入党宣誓仪式',
      summary: `摘要 ${inSummary}`,
      body: `<p>会议传达学习了上级有关文件精神。</p><p>正文 <strong>${inBody}</strong></p>`,
      byline: inByline,
      tags: [inTag],
    });
    for (const search of [inBody, inSummary, inTag, inByline, `宣誓 ${inBody}`, '文件精神', inBody.toUpperCase()])
      expect(await found('editor', search), search).toContain(article.id);
    // jieba cuts the title 江 / 城市 / ..., yet a run of its characters is found: 江城, 市党.
    expect(await found('editor', '江城')).toContain(article.id);
    expect(await found('editor', '市党')).toContain(article.id);
    // Full-width letters are the letters typed.
    const fullWidth = inBody.replace(/[a-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(await found('editor', fullWidth)).toContain(article.id);
    // Every word must be there: one absent word, and it is not found.
    expect(await found('editor', `${inBody} ${word()}`)).toEqual([]);
  });

  it('searches only what the caller may read: a township admin finds their own, never the other township’s', async () => {
    const shared = word();
    const admin = await env.as('admin');
    const own = await admin.content.articles.create({
      columnId: (await columnOf(env.seed.townships.chengguan!.id)).id,
      title: `城关 ${shared}`,
      body: '<p>正文</p>',
    });
    const foreign = await admin.content.articles.create({
      columnId: (await columnOf(env.seed.townships.donghu!.id)).id,
      title: `东湖 ${shared}`,
      body: '<p>正文</p>',
    });
    expect(await found('chengguan', shared)).toEqual([own.id]);
    expect(await found('donghu', shared)).toEqual([foreign.id]);
    expect((await found('admin', shared)).sort()).toEqual([own.id, foreign.id].sort());
  });

  it('keeps the index in step with every save, restore, deletion and purge', async () => {
    const editor = await env.as('editor');
    const reviewer = await env.as('reviewer');
    const admin = await env.as('admin');
    const column = await columnOf(env.seed.townships.chengguan!.id);
    const [first, second, tag] = [word(), word(), word()];
    const draft = await editor.content.articles.create({ columnId: column.id, title: '草稿', body: `<p>${first}</p>` });
    expect(await found('editor', first)).toEqual([draft.id]);

    await editor.content.articles.update({ id: draft.id, body: `<p>${second}</p>` });
    expect(await found('editor', first)).toEqual([]);
    expect(await found('editor', second)).toEqual([draft.id]);
    // Tags alone change what it is found by, though they keep no revision.
    await editor.content.articles.update({ id: draft.id, tags: [tag] });
    expect(await found('editor', tag)).toEqual([draft.id]);

    await editor.content.revisions.restore({ articleId: draft.id, number: 1 });
    expect(await found('editor', first)).toEqual([draft.id]);
    expect(await found('editor', second)).toEqual([]);

    // A never-public draft is deleted outright, and leaves the index with it.
    await editor.content.articles.delete({ id: draft.id });
    await indexAgreesWithArticles();

    // A published article goes to the recycle bin (still found there), and out of the index only when purged.
    const published = await reviewer.content.articles.create({
      columnId: column.id,
      title: '已发布',
      body: `<p>${first} 已发布</p>`,
      status: 'published',
    });
    await reviewer.content.articles.delete({ id: published.id });
    expect(await found('reviewer', first)).toEqual([]);
    const binned = await reviewer.content.recycleBin.list({ page: 1, pageSize: 20, search: first });
    expect(binned.items.map((a) => a.id)).toEqual([published.id]);
    await admin.content.recycleBin.purge({ id: published.id });
    await indexAgreesWithArticles();
  });

  it('rebuilds at start-up an index built under another text version, and leaves a current one alone', async () => {
    const editor = await env.as('editor');
    const marker = word();
    const article = await editor.content.articles.create({
      columnId: (await columnOf(env.seed.townships.chengguan!.id)).id,
      title: '重建',
      body: `<p>${marker}</p>`,
    });
    await ensureArticleSearch(env.db);
    expect(await ensureArticleSearch(env.db)).toBe(0);
    await markBuilt(env.db, articleSearch, 'an older segmenter', new Date());
    const total = await env.db.article.count();
    expect(await ensureArticleSearch(env.db)).toBe(total);
    await indexAgreesWithArticles();
    expect(await found('editor', marker)).toEqual([article.id]);
    if (provider === 'sqlite') {
      // The rebuild wrote without merging segments; FTS5 merges again as the application writes (its own default).
      const merge = await env.db.$queryRaw<
        { v: number }[]
      >`SELECT "v" FROM "ArticleSearch_config" WHERE "k" = 'automerge'`;
      expect(merge.map((m) => Number(m.v))).toEqual([4]);
    }
  });

  /**
   * The portal's answer worked out the long way, from the index's matches and the rows themselves: live articles
   * shown on a site of the subtree (own visible column, or an accepted placement on one), newest first by the second
   * then the id, each on its own site when that is there, else the placement's with the smallest unit id.
   */
  async function expectedSearch(path: string, q: string, now: Date, size: number, offset: number) {
    const matches = new Set(
      (await env.db.$queryRaw<{ id: number | bigint }[]>(searchHits(env.db, articleSearch, searchQuery(q)))).map((r) =>
        Number(r.id),
      ),
    );
    const onSite = { hidden: false, unit: { path: { startsWith: path }, siteCode: { not: null }, archivedAt: null } };
    const articles = await env.db.article.findMany({
      where: {
        id: { in: [...matches] },
        status: 'published',
        deletedAt: null,
        siteAt: { lte: now },
        AND: [
          { OR: [{ publishAt: null }, { publishAt: { lte: now } }] },
          { OR: [{ unpublishAt: null }, { unpublishAt: { gt: now } }] },
        ],
      },
      select: {
        id: true,
        siteAt: true,
        column: { select: { ...onSite, unit: { select: { id: true, path: true, siteCode: true, archivedAt: true } } } },
        placements: {
          where: { state: 'accepted', column: onSite },
          select: { unit: { select: { id: true, siteCode: true } } },
        },
      },
    });
    const shown = articles.flatMap((a) => {
      const own = a.column;
      const ownShown = !own.hidden && own.unit.path.startsWith(path) && own.unit.siteCode && !own.unit.archivedAt;
      const placedOn = a.placements.map((p) => p.unit).sort((x, y) => x.id - y.id)[0];
      const site = ownShown ? own.unit.siteCode : placedOn?.siteCode;
      return site ? [{ key: searchKey(a.siteAt, a.id), row: `${a.id}@${site}` }] : [];
    });
    shown.sort((x, y) => (x.key < y.key ? 1 : x.key > y.key ? -1 : 0));
    return shown.slice(offset, offset + size + 1).map((s) => s.row);
  }

  it('reads the portal search in both its shapes as worked out the long way, for a wide, a township’s and a branch’s subtree', async () => {
    // A placed article too: shown on its own site and the one it is placed on, found once.
    const reviewer = await env.as('reviewer');
    const branch = env.seed.townships.chengguan!.branches[0]!;
    const placed = await reviewer.content.articles.create({
      columnId: (await columnOf(branch.id)).id,
      title: '学习会议纪要',
      body: '<p>学习</p>',
      status: 'published',
    });
    await reviewer.content.placements.repost({
      articleId: placed.id,
      columnId: (await columnOf(env.seed.townships.chengguan!.id)).id,
    });
    // Published in the past at the same second, and scheduled for later: order by the second, then the id.
    const column = await columnOf(env.seed.townships.chengguan!.id);
    const second = new Date(Date.now() - 3_600_000);
    for (const [title, publishAt] of [
      ['学习园地一', second],
      ['学习园地二', new Date(second.getTime() + 400)],
      ['学习园地三', new Date(Date.now() + 3_600_000)],
    ] as const)
      await reviewer.content.articles.create({
        columnId: column.id,
        title,
        body: '<p>学习</p>',
        status: 'published',
        publishAt: publishAt.toISOString(),
      });
    const now = new Date();
    const paths = [env.seed.municipality.path, env.seed.townships.chengguan!.path, branch.path];
    let nonEmpty = 0;
    for (const q of ['学习', '会议 学习', '全会精神', '不存在的词语'])
      for (const path of paths)
        for (const [size, offset] of [
          [20, 0],
          [2, 1],
        ] as const) {
          const read = (shape: SearchShape) =>
            searchSites(env.db, path, searchQuery(q), now, size, offset, shape).then((rows) =>
              rows.map((r) => `${r.id}@${r.siteCode}`),
            );
          const expected = await expectedSearch(path, q, now, size, offset);
          expect(await read('wide'), `${q} ${path} wide`).toEqual(expected);
          expect(await read('units'), `${q} ${path} units`).toEqual(expected);
          if (expected.length) nonEmpty++;
        }
    expect(nonEmpty).toBeGreaterThan(10);
    // The placed article is found once, on its own site, from the township's search as from the branch's.
    const fromTownship = await searchSites(env.db, paths[1]!, searchQuery('会议纪要'), now, 20, 0);
    expect(fromTownship.filter((r) => r.id === placed.id).map((r) => r.siteCode)).toEqual([branch.siteCode]);
    // The scheduled one is not found yet; of the two at the same second, the later id comes first.
    const garden = await searchSites(env.db, paths[1]!, searchQuery('学习园地'), now, 20, 0);
    expect(garden.map((r) => r.title)).toEqual(['学习园地二', '学习园地一']);
  });

  it('finds an article on the sites it is placed on from the moment it is placed, and no longer once the placement is gone', async () => {
    const admin = await env.as('admin');
    const chengguan = env.seed.townships.chengguan!;
    const marker = word();
    // Donghu's own article: outside Chengguan's subtree until it is placed there.
    const article = await admin.content.articles.create({
      columnId: (await columnOf(env.seed.townships.donghu!.id)).id,
      title: `转载 ${marker}`,
      body: '<p>正文</p>',
      status: 'published',
    });
    const onSites = async (path: string) =>
      (await searchSites(env.db, path, searchQuery(marker), new Date(), 20, 0, 'units')).map((r) => r.siteCode);
    expect(await onSites(chengguan.path)).toEqual([]);
    const reposted = await admin.content.placements.repost({
      articleId: article.id,
      columnId: (await columnOf(chengguan.id)).id,
    });
    expect(await onSites(chengguan.path)).toEqual(['chengguan']);
    // Chengguan's own article shared down: found on a branch's site, where only placements show it.
    const shared = await admin.content.articles.create({
      columnId: (await env.db.column.findFirstOrThrow({ where: { unitId: chengguan.id, key: 'news' } })).id,
      title: `共享 ${marker}`,
      body: '<p>正文</p>',
      status: 'published',
    });
    expect(await onSites(chengguan.branches[0]!.path)).toEqual([]);
    expect((await admin.content.placements.share({ articleId: shared.id })).placed).toBeGreaterThan(0);
    expect(await onSites(chengguan.branches[0]!.path)).toEqual([chengguan.branches[0]!.siteCode]);
    await indexAgreesWithArticles();
    await admin.content.placements.remove({ id: reposted.id });
    expect(await onSites(chengguan.path)).toEqual(['chengguan']);
    expect(
      (await searchSites(env.db, chengguan.path, searchQuery(marker), new Date(), 20, 0, 'units')).map((r) => r.id),
    ).toEqual([shared.id]);
    await indexAgreesWithArticles();
  });

  it('moves an article in newest-first order when it is published, rescheduled, or mended at start-up', async () => {
    const editor = await env.as('editor');
    const reviewer = await env.as('reviewer');
    const column = await columnOf(env.seed.townships.chengguan!.id);
    const marker = word();
    const path = env.seed.townships.chengguan!.path;
    const titles = async () =>
      (await searchSites(env.db, path, searchQuery(marker), new Date(), 20, 0)).map((r) => r.title);
    const older = await reviewer.content.articles.create({
      columnId: column.id,
      title: `较早 ${marker}`,
      body: '<p>正文</p>',
      status: 'published',
      publishAt: new Date(Date.now() - 7_200_000).toISOString(),
    });
    // A draft has no date: published through review, it comes first, as the newest.
    const draft = await editor.content.articles.create({
      columnId: column.id,
      title: `审核 ${marker}`,
      body: '<p>正文</p>',
    });
    await editor.content.articles.update({ id: draft.id, status: 'review' });
    expect(await titles()).toEqual([older.title]);
    await reviewer.content.articles.review({ id: draft.id, decision: 'approve', comment: '' });
    expect(await titles()).toEqual([draft.title, older.title]);
    // Rescheduled earlier than the other: it moves behind it.
    await reviewer.content.articles.update({
      id: draft.id,
      publishAt: new Date(Date.now() - 10_800_000).toISOString(),
    });
    expect(await titles()).toEqual([older.title, draft.title]);
    await indexAgreesWithArticles();
    // Written around the service (no siteAt follows): the start-up repair mends it and moves its key.
    await env.db.article.update({ where: { id: older.id }, data: { publishAt: new Date(Date.now() - 14_400_000) } });
    await repairSiteAt(env.db);
    await indexAgreesWithArticles();
    expect(await titles()).toEqual([draft.title, older.title]);
  });

  it('marks the words it found on the portal, in the title, or in a snippet of the body when only the body has them', async () => {
    const reviewer = await env.as('reviewer');
    const marker = word();
    const filler = '各单位结合实际认真开展学习讨论。'.repeat(20);
    await reviewer.content.articles.create({
      columnId: (await columnOf(env.seed.townships.chengguan!.id)).id,
      title: '门户搜索高亮',
      summary: '一段不含关键词的摘要',
      body: `<p>${filler}</p><p>会上 <em>${marker}</em> 被反复提及。</p><p>${filler}</p>`,
      status: 'published',
    });
    const page = await pageText(server, `/site/jiangcheng/search?q=${encodeURIComponent(marker)}`);
    // The body's stretch around the word, not the summary without it, and not the whole body.
    expect(page).toContain(`会上 <mark>${marker}</mark> 被反复提及`);
    expect(page).not.toContain('一段不含关键词的摘要');
    expect(page).not.toContain(filler);
    // Found by its title: the title marked, and the summary under it.
    const byTitle = await pageText(server, `/site/jiangcheng/search?q=${encodeURIComponent('高亮')}`);
    expect(byTitle).toContain('门户搜索<mark>高亮</mark>');
    expect(byTitle).toContain('一段不含关键词的摘要');
    // A query of punctuation alone finds nothing (and says so), rather than everything.
    expect(await pageText(server, `/site/jiangcheng/search?q=${encodeURIComponent('%%')}`)).toContain('没有找到');
  });
});
