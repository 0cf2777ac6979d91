// The XSS corpus on the portal: every payload of @strata/text stored through the API as an article's title, summary
// and body and as a link's label, then every portal page that shows them (home, column pages, each article, search
// with markup in the words, the links page, the feeds) holds no script element, no event handler and no script URL
// in any tag. Browsers prove the same in tests/e2e/portal.spec.ts; this holds on both databases.
import { testProviders } from '@strata/db/testing';
import { xssPayloads } from '@strata/text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addColumn } from '../../../tests/support/factories';
import { type FilesServer, filesServer } from '../../../tests/support/file-uploads';
import { expectAtomOnly, expectInert, pageText } from './support/portal-pages';

describe.each(await testProviders())('XSS payloads on the portal on %s', (provider) => {
  let env: TestEnv;
  let server: FilesServer;

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    server = await filesServer(env);
  });
  afterAll(async () => {
    await server?.app.close();
    await env?.drop();
  });

  it('renders every stored payload inert on every page that shows it', async () => {
    const unit = env.seed.townships.chengguan!.branches[2]!;
    const site = 'chengguan-3';
    const column = await addColumn(env, unit.id);
    const admin = await env.as('chengguan');
    const articles: number[] = [];
    let links = 0;
    for (const [i, payload] of xssPayloads.entries()) {
      const article = await admin.content.articles
        .create({
          columnId: column.id,
          title: `${i} ${payload}`.slice(0, 100),
          summary: payload.slice(0, 300),
          body: `<p>${i}</p>${payload}`,
          byline: payload.slice(0, 50),
          source: payload.slice(0, 100),
          status: 'published',
        })
        .catch((error: { code?: string }) => {
          // Refused at the boundary (control characters, nothing visible left in the body): a pass too.
          expect(error.code).toBe('BAD_REQUEST');
          return null;
        });
      if (article) articles.push(article.id);
      // A unit lists at most 100 links: the corpus goes to three sites' links pages.
      const linkUnit = env.seed.townships.chengguan!.branches[2 + Math.floor(i / 100)]!;
      const link = await admin.content.siteLinks
        .add({ unitId: linkUnit.id, label: `${i} ${payload}`.slice(0, 50), url: `https://example.org/${i}` })
        .then(() => true)
        .catch((error: { code?: string }) => {
          expect(error.code).toBe('BAD_REQUEST');
          return false;
        });
      if (link) links += 1;
    }
    expect(articles.length).toBeGreaterThan(xssPayloads.length / 2);
    expect(links).toBeGreaterThan(xssPayloads.length / 2);

    const linkPages = [3, 4, 5].map((n) => `/site/chengguan-${n}/links`);
    const pages = [`/site/${site}/`, ...linkPages, `/site/${site}/feed.xml`];
    for (let page = 1; page <= Math.ceil(articles.length / 20); page++)
      pages.push(`/site/${site}/column/${column.id}?page=${page}`);
    for (const words of ['<', 'script', '"', "'", '<img', 'on', 'javascript:', '&', 'x'])
      pages.push(`/site/${site}/search?q=${encodeURIComponent(words)}`);
    for (const id of articles) pages.push(`/site/${site}/article/${id}`);
    for (const url of pages) {
      const page = await pageText(server, url);
      expectInert(page, url);
      if (url.endsWith('.xml')) expectAtomOnly(page, url);
    }
    // The column feed too, and the links page lists what was stored.
    expectAtomOnly(await pageText(server, `/site/${site}/column/${column.id}/feed.xml`), 'the column feed');
    let listed = 0;
    for (const url of linkPages)
      listed += (await pageText(server, url)).match(/rel="external noopener noreferrer"/g)?.length ?? 0;
    expect(listed).toBe(links);
  });
});
