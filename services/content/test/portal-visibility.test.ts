// The portal shows live content only: a draft, an article in review, one scheduled for later, one whose window has
// ended, a withdrawn (archived) one and one in the recycle bin never appear on a home page, a column page, an article
// page, a search or a feed, on its own site or where it is placed; a placed article shows on the other site until it
// is withdrawn. The answers a visitor meets instead (404 for anything not public, 400 for a malformed address) and the
// caching headers (ETag, 304) are checked too. Both databases.
import { testProviders } from '@strata/db/testing';
import { loadConfig, publicPagePolicy } from '@strata/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addColumn, addFileRow, addUnit, uniqueName } from '../../../tests/support/factories';
import { type FilesServer, filesServer } from '../../../tests/support/file-uploads';
import { indexArticles } from '../src/articles/article-search.sql';
import { expectAtomOnly, pageText, portalGet } from './support/portal-pages';

const hour = 3_600_000;
const states = ['live', 'draft', 'review', 'scheduled', 'ended', 'archived', 'binned'] as const;
type State = (typeof states)[number];

describe.each(await testProviders())('the public portal on %s', (provider) => {
  let env: TestEnv;
  let server: FilesServer;
  const township = () => env.seed.townships.chengguan!;
  const branch = () => township().branches[0]!;

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    server = await filesServer(env);
  });
  afterAll(async () => {
    await server?.app.close();
    await env?.drop();
  });

  /**
   * An article of the column in the given state, written as the service writes it (siteAt = publishAt ?? publishedAt)
   * and indexed for search as it does.
   */
  async function articleIn(columnId: number, unitId: number, title: string, state: State) {
    const now = Date.now();
    const publishedAt = ['draft', 'review'].includes(state) ? null : new Date(now - hour);
    const publishAt =
      state === 'scheduled' ? new Date(now + 24 * hour) : state === 'ended' ? new Date(now - 48 * hour) : null;
    const article = await env.db.article.create({
      data: {
        unitId,
        columnId,
        title,
        summary: `${title} 的摘要`,
        body: `<p>${title} 的正文</p>`,
        status:
          state === 'live' || state === 'scheduled' || state === 'ended' || state === 'binned' ? 'published' : state,
        publishedAt,
        publishAt,
        unpublishAt: state === 'ended' ? new Date(now - hour) : null,
        siteAt: publishAt ?? publishedAt,
        deletedAt: state === 'binned' ? new Date(now - hour) : null,
      },
    });
    await indexArticles(env.db, [article.id]);
    return article;
  }

  it('shows only live articles, on their own site and where they are placed, and nowhere else', async () => {
    const marker = uniqueName('门户可见性');
    const column = await addColumn(env, branch().id);
    const placedIn = await env.db.column.findFirstOrThrow({ where: { unitId: township().id, key: 'news' } });
    const ids = {} as Record<State, number>;
    for (const state of states) {
      const article = await articleIn(column.id, branch().id, `${marker}-${state}`, state);
      ids[state] = article.id;
      await env.db.articlePlacement.create({
        data: {
          articleId: article.id,
          unitId: township().id,
          columnId: placedIn.id,
          kind: 'recommended',
          state: 'accepted',
          // As the service writes it: the placement carries its article's siteAt.
          siteAt: article.siteAt,
        },
      });
      // As the service does after a placement: the index learns the unit the article now shows on.
      await indexArticles(env.db, [article.id]);
    }
    const hidden = states.filter((s) => s !== 'live');
    const expectOnlyLive = (page: string, where: string) => {
      // A search marks the words it found: read the text without the marks.
      const text = page.replace(/<\/?mark>/g, '');
      expect(text, where).toContain(`${marker}-live`);
      for (const s of hidden) expect(text, `${where} shows ${s}`).not.toContain(`${marker}-${s}`);
    };
    const q = encodeURIComponent(marker);
    for (const [url, where] of [
      ['/site/chengguan-1/', 'the branch home'],
      [`/site/chengguan-1/column/${column.id}`, 'the column page'],
      [`/site/chengguan-1/search?q=${q}`, 'search on the branch site'],
      [`/site/chengguan/search?q=${q}`, 'search on the township, over its branches'],
      [`/site/jiangcheng/search?q=${q}`, 'search on the municipality'],
      ['/site/chengguan-1/feed.xml', 'the branch feed'],
      [`/site/chengguan-1/column/${column.id}/feed.xml`, 'the column feed'],
      ['/site/chengguan/', 'the township home, where they are placed'],
      [`/site/chengguan/column/${placedIn.id}`, 'the township column they are placed in'],
      ['/site/chengguan/feed.xml', 'the township feed'],
    ] as const)
      expectOnlyLive(await pageText(server, url), where);
    // Found once, though shown on two sites of the subtree: on its own.
    const found = (await pageText(server, `/site/jiangcheng/search?q=${q}`)).replace(/<\/?mark>/g, '');
    expect(found.split(`${marker}-live`).length - 1).toBe(2); // title and summary
    expect(found).toContain(`/site/chengguan-1/article/${ids.live}`);

    for (const site of ['chengguan-1', 'chengguan']) {
      const live = await portalGet(server, `/site/${site}/article/${ids.live}`);
      expect(live.statusCode).toBe(200);
      expect(live.body).toContain(
        `<link rel="canonical" href="http://portal.test/site/chengguan-1/article/${ids.live}">`,
      );
      for (const s of hidden) {
        const res = await portalGet(server, `/site/${site}/article/${ids[s]}`);
        expect([s, site, res.statusCode]).toEqual([s, site, 404]);
        expect(res.body).not.toContain(marker);
      }
    }
    // Not on a site where it is not placed.
    expect((await portalGet(server, `/site/donghu/article/${ids.live}`)).statusCode).toBe(404);
  });

  it('shows a shared article on the other site until it is withdrawn, and then nowhere', async () => {
    const admin = await env.as('chengguan');
    const news = await env.db.column.findFirstOrThrow({ where: { unitId: township().id, key: 'news' } });
    const title = uniqueName('向下共享');
    const article = await admin.content.articles.create({
      columnId: news.id,
      title,
      body: '<p>共享的正文</p>',
      status: 'published',
    });
    expect(await admin.content.placements.share({ articleId: article.id, unitIds: [branch().id] })).toMatchObject({
      placed: 1,
    });
    const placement = await env.db.articlePlacement.findFirstOrThrow({ where: { articleId: article.id } });
    const columnPage = `/site/chengguan-1/column/${placement.columnId}`;
    expect(await pageText(server, columnPage)).toContain(title);
    expect(await pageText(server, '/site/chengguan-1/')).toContain(title);
    expect((await portalGet(server, `/site/chengguan-1/article/${article.id}`)).statusCode).toBe(200);

    await admin.content.articles.withdraw({ id: article.id });
    expect(await pageText(server, columnPage)).not.toContain(title);
    expect(await pageText(server, '/site/chengguan-1/')).not.toContain(title);
    for (const site of ['chengguan-1', 'chengguan'])
      expect((await portalGet(server, `/site/${site}/article/${article.id}`)).statusCode).toBe(404);
  });

  it('answers 304 to a matching ETag, caches briefly, runs no script, and names each page', async () => {
    const res = await portalGet(server, '/site/chengguan/');
    expect(res.statusCode).toBe(200);
    expect(res.headers).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'public, max-age=60',
      'content-security-policy': publicPagePolicy,
    });
    expect(publicPagePolicy).toMatch(/^default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'/);
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]{43}"$/);
    const again = await portalGet(server, '/site/chengguan/', { 'if-none-match': etag });
    expect([again.statusCode, again.body]).toEqual([304, '']);
    expect((await portalGet(server, '/site/chengguan/', { 'if-none-match': '"other"' })).statusCode).toBe(200);
    // A change on the page changes its tag.
    const admin = await env.as('chengguan');
    const news = await env.db.column.findFirstOrThrow({ where: { unitId: township().id, key: 'news' } });
    await admin.content.articles.create({
      columnId: news.id,
      title: uniqueName('新文章'),
      body: '<p>正文</p>',
      status: 'published',
    });
    expect((await portalGet(server, '/site/chengguan/', { 'if-none-match': etag })).statusCode).toBe(200);

    const article = await env.db.article.findFirstOrThrow({ where: { unitId: township().id, status: 'published' } });
    for (const [url, title] of [
      ['/site/', '网站群导航'],
      ['/site/chengguan/', '城关镇'],
      [`/site/chengguan/column/${news.id}`, '党建动态 - 城关镇'],
      [`/site/chengguan/article/${article.id}`, `${article.title} - 城关镇`],
      ['/site/chengguan/search?q=%E6%96%87%E7%AB%A0', '搜索：文章 - 城关镇'],
      ['/site/chengguan/links', '相关链接 - 城关镇'],
      ['/site/chengguan/documents', '资料下载 - 城关镇'],
    ] as const) {
      const page = await pageText(server, url);
      expect(page, url).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
      expect(page, url).toContain(`<title>${title}</title>`);
      expect(page, url).toMatch(/<link rel="canonical" href="http:\/\/portal\.test\/site\/[^"]*">/);
      expect(page, url).toMatch(/<meta name="description" content="[^"]+">/);
      expect(page, url).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      expect(page, url).not.toMatch(/<script/i);
      for (const img of page.match(/<img\b[^>]*>/g) ?? []) expect(img).toMatch(/\salt="/);
    }
    const feed = await portalGet(server, `/site/chengguan/column/${news.id}/feed.xml`);
    expect(feed.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(feed.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(feed.body).toContain(
      `<link rel="self" type="application/atom+xml" href="http://portal.test/site/chengguan/column/${news.id}/feed.xml"/>`,
    );
    expectAtomOnly(feed.body, 'the column feed');
  });

  it('names the configured public address in canonical links and feeds, whatever Host a request carries', async () => {
    const news = await env.db.column.findFirstOrThrow({ where: { unitId: township().id, hidden: false } });
    const configured = await filesServer(env, { PUBLIC_ORIGIN: 'https://www.example.gov.cn/' });
    try {
      for (const host of ['portal.test', 'forged.example']) {
        const page = await portalGet(configured, '/site/chengguan/', { host });
        expect(page.body, host).toContain('<link rel="canonical" href="https://www.example.gov.cn/site/chengguan/">');
        const feed = await portalGet(configured, `/site/chengguan/column/${news.id}/feed.xml`, { host });
        expect(feed.body, host).toContain(
          `href="https://www.example.gov.cn/site/chengguan/column/${news.id}/feed.xml"`,
        );
        expect(`${page.body}${feed.body}`, host).not.toContain(host);
      }
    } finally {
      await configured.app.close();
    }
    // Unset, a page names the host it was asked under (the other cases here: portal.test).
    expect(await pageText(server, '/site/chengguan/')).toContain('href="http://portal.test/site/chengguan/"');
    // Only an http(s) address is taken, and the message says what to write.
    for (const bad of ['javascript:alert(1)', 'ftp://example.org', 'www.example.gov.cn'])
      expect(() => loadConfig({ DATABASE_URL: env.url, PUBLIC_ORIGIN: bad }), bad).toThrow(/http:\/\/ or https:\/\//);
  });

  it('serves a page again within a second while nothing changed; a write or the second’s end reads it anew', async () => {
    const column = await addColumn(env, branch().id);
    const url = `/site/chengguan-1/column/${column.id}`;
    const t0 = Date.now() + 60_000;
    server.setNow(new Date(t0));
    try {
      const scheduled = uniqueName('半秒后上线');
      const article = await articleIn(column.id, branch().id, scheduled, 'live');
      await env.db.article.update({
        where: { id: article.id },
        data: { publishAt: new Date(t0 + 500), siteAt: new Date(t0 + 500) },
      });
      expect(await pageText(server, url)).not.toContain(scheduled);
      // Live from t0 + 500 ms, but the page made at t0 is served as made for its second.
      server.setNow(new Date(t0 + 600));
      expect(await pageText(server, url)).not.toContain(scheduled);
      server.setNow(new Date(t0 + 1000));
      expect(await pageText(server, url)).toContain(scheduled);
      // A write drops what was kept at once.
      const next = uniqueName('新写入');
      await articleIn(column.id, branch().id, next, 'live');
      await env.db.article.updateMany({
        where: { title: next },
        data: { publishedAt: new Date(t0), siteAt: new Date(t0) },
      });
      const later = uniqueName('稍后上线');
      const laterArticle = await articleIn(column.id, branch().id, later, 'live');
      await env.db.article.update({
        where: { id: laterArticle.id },
        data: { publishAt: new Date(t0 + 1150), siteAt: new Date(t0 + 1150) },
      });
      server.setNow(new Date(t0 + 1100));
      const made = await pageText(server, url);
      expect(made).toContain(next);
      expect(made).not.toContain(later);
      // A write to a table the page does not read keeps it: served as made, though `later` is live by now.
      await env.db.sensitiveWord.create({ data: { unitId: branch().id, word: uniqueName('词'), level: 'block' } });
      server.setNow(new Date(t0 + 1200));
      expect(await pageText(server, url)).not.toContain(later);
      // A write to one its site's frame reads (the columns) drops it.
      await env.db.column.update({ where: { id: column.id }, data: { hidden: false } });
      server.setNow(new Date(t0 + 1300));
      expect(await pageText(server, url)).toContain(later);
    } finally {
      server.setNow(null);
    }
  });

  it('answers 404 for what is not public and 400 for a malformed address, never an error', async () => {
    const archived = await addUnit(env, township(), { archived: true });
    await env.db.unit.update({
      where: { id: archived.id },
      data: {
        siteCode: uniqueName('archived')
          .toLowerCase()
          .replace(/[^a-z0-9-]/g, ''),
      },
    });
    const code = (await env.db.unit.findUniqueOrThrow({ where: { id: archived.id } })).siteCode as string;
    const hiddenColumn = await addColumn(env, branch().id);
    await env.db.column.update({ where: { id: hiddenColumn.id }, data: { hidden: true } });
    const inHidden = await articleIn(hiddenColumn.id, branch().id, uniqueName('隐藏栏目的文章'), 'live');
    const foreignColumn = await env.db.column.findFirstOrThrow({ where: { unitId: env.seed.townships.donghu!.id } });
    const own = await env.db.column.findFirstOrThrow({ where: { unitId: branch().id, hidden: false } });
    const cases: [string, number][] = [
      ['/site/nope/', 404],
      ['/site/NOPE/', 404],
      [`/site/${code}/`, 404],
      [`/site/${code}/feed.xml`, 404],
      [`/site/chengguan-1/column/${hiddenColumn.id}`, 404],
      [`/site/chengguan-1/column/${hiddenColumn.id}/feed.xml`, 404],
      [`/site/chengguan-1/article/${inHidden.id}`, 404],
      [`/site/chengguan-1/column/${foreignColumn.id}`, 404],
      ['/site/chengguan-1/column/abc', 404],
      ['/site/chengguan-1/column/0', 404],
      ['/site/chengguan-1/column/99999999999', 404],
      ['/site/chengguan-1/article/-1', 404],
      ['/site/chengguan-1/article/1e3', 404],
      ['/site/chengguan-1/article/99999999', 404],
      [`/site/chengguan-1/column/${own.id}?page=0`, 400],
      [`/site/chengguan-1/column/${own.id}?page=abc`, 400],
      [`/site/chengguan-1/column/${own.id}?page=2&page=3`, 400],
      [`/site/chengguan-1/column/${own.id}?page=99999`, 400],
      [`/site/chengguan-1/column/${own.id}?page=400`, 404],
      [`/site/chengguan-1/search?q=${'字'.repeat(51)}`, 400],
      ['/site/chengguan-1/search?q=a&q=b', 400],
      ['/site/chengguan-1/documents?page=x', 400],
    ];
    for (const [url, status] of cases) {
      const res = await portalGet(server, url);
      expect([url, res.statusCode]).toEqual([url, status]);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toContain('<html lang="zh-CN">');
    }
    // The hidden column is not offered either.
    expect(await pageText(server, '/site/chengguan-1/')).not.toContain(hiddenColumn.name);
    expect(await pageText(server, '/site/')).not.toContain(`/site/${code}/`);
  });

  it('lists the site’s public documents and its links, and the network of sites', async () => {
    const unitId = branch().id;
    const file = await addFileRow(env, unitId, 'document');
    const title = uniqueName('公开文件');
    await env.db.document.create({
      data: {
        unitId,
        title,
        category: '制度',
        visibility: 'public',
        versions: { create: { number: 1, fileId: file.id } },
      },
    });
    const internal = uniqueName('内部文件');
    await env.db.document.create({
      data: { unitId, title: internal, category: '制度', versions: { create: { number: 1, fileId: file.id } } },
    });
    const documents = await pageText(server, '/site/chengguan-1/documents');
    expect(documents).toContain(title);
    expect(documents).toContain(`href="/files/${file.id}/${encodeURIComponent(file.name)}"`);
    expect(documents).not.toContain(internal);

    const admin = await env.as('chengguan');
    const label = uniqueName('上级网站');
    await admin.content.siteLinks.add({ unitId, label, url: 'https://www.example.gov.cn/a?b=1&c=2' });
    await expect(
      admin.content.siteLinks.add({ unitId, label: '坏链接', url: 'javascript:alert(1)' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    const links = await pageText(server, '/site/chengguan-1/links');
    expect(links).toContain(
      `<a href="https://www.example.gov.cn/a?b=1&amp;c=2" rel="external noopener noreferrer">${label}</a>`,
    );
    expect(links).not.toContain('坏链接');

    const network = await pageText(server, '/site/');
    for (const code of ['jiangcheng', 'chengguan', 'chengguan-1', 'donghu'])
      expect(network).toContain(`href="/site/${code}/"`);
    // The township's branches are listed inside its entry.
    expect(network.indexOf('/site/chengguan-1/')).toBeGreaterThan(network.indexOf('/site/chengguan/'));
    const home = await pageText(server, '/site/chengguan/');
    expect(home).toContain('<a href="/site/jiangcheng/">江城市</a>');
    expect(home).toContain('href="/site/chengguan-1/"');
  });
});
