// The demo's content (issue 8 point 10) shows something true on first start: the freshness board has columns kept,
// due soon and overdue, and units of each kind; the municipality's and the townships' home pages have pictures (generated, with alt text)
// that the gateway serves; the municipality's newest news shows on every township's site, as shared. Both databases.

import { testProviders } from '@strata/db/testing';
import { fileStorage } from '@strata/files';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText, portalGet } from '../../services/content/test/support/portal-pages';
import { seedDemoContent } from '../../services/gateway/src/seed/demo-content';
import { createTestEnv, type TestEnv } from '../support/env';
import { type FilesServer, filesServer } from '../support/file-uploads';

describe.each(await testProviders())('the demo content on %s', (provider) => {
  let env: TestEnv;
  let server: FilesServer;
  beforeAll(async () => {
    env = await createTestEnv(provider);
    // The server first: it puts its files folder in force, where the seed's pictures then go.
    server = await filesServer(env);
    await seedDemoContent(env.db, env.seed, fileStorage(env.db));
  }, 120_000);
  afterAll(async () => {
    await server?.app.close();
    await env?.drop();
  });

  it('leaves columns kept, due soon and overdue on the municipal board, and units up to date, due soon and behind', async () => {
    const admin = await env.as('admin');
    const board = await admin.content.freshness.board({ page: 1, pageSize: 20 });
    expect(board.totals.columns.kept).toBeGreaterThan(10);
    expect(board.totals.columns.dueSoon).toBeGreaterThan(10);
    expect(board.totals.columns.overdue).toBeGreaterThan(10);
    // Of the 55 units, about a third of each kind (a unit counts as its worst column).
    expect(board.totals.units.kept).toBeGreaterThan(10);
    expect(board.totals.units.dueSoon).toBeGreaterThan(10);
    expect(board.totals.units.overdue).toBeGreaterThan(10);
  });

  it('puts pictures with alt text on the home pages, served as previews', async () => {
    for (const site of ['jiangcheng', 'chengguan']) {
      const home = await pageText(server, `/site/${site}/`);
      const images = [...home.matchAll(/<img src="(\/files\/\d+\/preview)" alt="([^"]+)"/g)];
      expect(images.length, site).toBeGreaterThan(0);
      const preview = await portalGet(server, images[0]?.[1] as string);
      expect(preview.statusCode).toBe(200);
      expect(preview.headers['content-type']).toBe('image/webp');
    }
    // A branch's site has none.
    expect(await pageText(server, '/site/chengguan-1/')).not.toContain('<img');
  });

  it('shows the municipality’s shared news on every township’s site', async () => {
    const news = await env.db.column.findFirstOrThrow({ where: { unitId: env.seed.municipality.id, key: 'news' } });
    const shared = await env.db.article.findMany({ where: { columnId: news.id, placedCount: { gt: 0 } } });
    expect(shared.map((a) => a.placedCount)).toEqual([6, 6]);
    for (const township of Object.values(env.seed.townships)) {
      const column = await env.db.column.findFirstOrThrow({ where: { unitId: township.id, key: 'news' } });
      const page = await pageText(server, `/site/${township.siteCode}/column/${column.id}`);
      for (const article of shared) expect(page, township.name).toContain(article.title);
    }
  });
});
