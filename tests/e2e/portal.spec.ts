// The public portal in Chromium: pages that run no script at all (the XSS corpus stored as titles, summaries,
// bodies and link labels never runs), and a home that reads on a phone (390 px: no sideways scroll, text at 16 px or
// more, every picture with alt text). Its rows go to 北塘街道, which no other spec reads, so the console's lists stay
// as the later specs expect them. PORTAL_SHOTS_DIR, when set, receives screenshots of a home, an article and a search page.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { xssPayloads } from '@strata/text';
import sharp from 'sharp';
import { type Api, apiAs, expectNothingRan, hasControlCharacters, watchForScripts } from './support';
import { expect, type Page, test } from './test';

type Unit = { id: number; name: string; parentId: number | null };
type Column = { id: number; key: string | null; name: string };

/** A picture for a cover: a soft two-colour gradient, made in code. */
const picture = (from: string, to: string) =>
  sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs><rect width="1200" height="900" fill="url(#g)"/><circle cx="880" cy="300" r="160" fill="#ffffff" fill-opacity="0.35"/><rect x="120" y="560" width="620" height="180" rx="24" fill="#ffffff" fill-opacity="0.3"/></svg>`,
    ),
  )
    .jpeg({ quality: 82 })
    .toBuffer();

async function uploadCover(api: Api, unitId: number, name: string, bytes: Buffer) {
  const csrf = (await api.api.storageState()).cookies.find((c) => c.name === 'strata_csrf')?.value ?? '';
  const res = await api.api.post('/api/files', {
    headers: { 'x-csrf-token': csrf },
    multipart: { unitId: String(unitId), file: { name, mimeType: 'image/jpeg', buffer: bytes } },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).file.id as number;
}

/** The page's layout as a phone's reader meets it. */
async function readsOnAPhone(page: Page, where: string) {
  const facts = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
    fontSize: Number.parseFloat(getComputedStyle(document.body).fontSize),
    scripts: document.querySelectorAll('script').length,
    withoutAlt: Array.from(document.images)
      .filter((img) => !img.hasAttribute('alt'))
      .map((img) => img.src),
    lang: document.documentElement.lang,
  }));
  expect(facts.scrollWidth, `${where}: no sideways scroll`).toBeLessThanOrEqual(facts.width);
  expect(facts.fontSize, `${where}: body text`).toBeGreaterThanOrEqual(16);
  expect(facts.scripts, `${where}: script elements`).toBe(0);
  expect(facts.withoutAlt, `${where}: images without alt`).toEqual([]);
  expect(facts.lang).toBe('zh-CN');
}

test('the portal runs no script, stored payloads included, and its pages read on a phone', async ({
  page,
  playwright,
}) => {
  test.setTimeout(300_000);
  const admin = await apiAs(playwright, 'admin');
  const units = await admin.data<Unit[]>(admin.query('identity.units.tree', {}));
  const beitang = units.find((u) => u.name === '北塘街道') as Unit;
  const branches = units.filter((u) => u.parentId === beitang.id).sort((a, b) => a.id - b.id);
  const columnsOf = (unitId: number) => admin.data<Column[]>(admin.query('content.columns.list', { unitId }));

  // The township's home: news with pictures.
  const news = (await columnsOf(beitang.id)).find((c) => c.key === 'news') as Column;
  const stories = [
    ['北塘街道召开2026年度党建工作推进会', '#b3261e', '#f4b400'],
    ['社区党员志愿服务队走访慰问困难群众', '#0b57d0', '#7cc4fa'],
    ['“三会一课”制度落实情况专题调研', '#1e8e3e', '#c6f6d5'],
  ] as const;
  let storyId = 0;
  for (const [i, [title, from, to]] of stories.entries()) {
    const cover = await uploadCover(admin, beitang.id, `封面${i + 1}.jpg`, await picture(from, to));
    const article = await admin.data<{ id: number }>(
      admin.mutate('content.articles.create', {
        columnId: news.id,
        title,
        summary: `${title}。街道各支部书记参加会议，交流工作经验，部署下一阶段任务。`,
        body: `<p>${title}。</p><p>会议指出，要把党建工作与基层治理紧密结合，推动各项任务落地见效。</p><p>会议要求，各支部要对照年度计划，逐项抓好落实。</p>`,
        byline: '北塘街道党工委',
        source: '北塘街道',
        coverFileId: cover,
        status: 'published',
      }),
    );
    storyId = article.id;
  }

  // The corpus, on a branch's site: titles, summaries, bodies; and every payload in one body.
  const branchSite = 'beitang-2';
  const column = (await columnsOf(branches[1]!.id)).find((c) => c.key === 'research') as Column;
  const stored: number[] = [];
  for (const [i, payload] of xssPayloads.entries()) {
    const res = await admin.mutate('content.articles.create', {
      columnId: column.id,
      title: `${i} ${payload}`.slice(0, 100),
      summary: payload.slice(0, 300),
      body: `<p>${i}</p>${payload}`,
      status: 'published',
    });
    if (res.ok()) stored.push((await res.json()).result.data.id);
    else expect(res.status(), `payload ${i}`).toBe(400);
    // Link labels, 100 to a site (the most a unit lists).
    const linkUnit = branches[2 + Math.floor(i / 100)]!;
    const link = await admin.mutate('content.siteLinks.add', {
      unitId: linkUnit.id,
      label: `${i} ${payload}`.slice(0, 50),
      url: `https://example.org/${i}`,
    });
    if (!link.ok()) expect(link.status(), `link ${i}`).toBe(400);
  }
  expect(stored.length).toBeGreaterThanOrEqual(100);
  const all = await admin.data<{ id: number }>(
    admin.mutate('content.articles.create', {
      columnId: column.id,
      title: '全部载荷',
      body: xssPayloads
        .filter((p) => !hasControlCharacters(p))
        .map((p, i) => `<p>${i}</p>${p}<p><a href="https://example.org/${i}">${p}</a></p>`)
        .join(''),
      status: 'published',
    }),
  );

  const ran = watchForScripts(page);
  const scripts: string[] = [];
  page.on('request', (req) => {
    if (req.resourceType() === 'script') scripts.push(req.url());
  });
  await page.setViewportSize({ width: 390, height: 844 });
  const visit = async (path: string) => {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    await expectNothingRan(page, ran, path);
    await readsOnAPhone(page, path);
  };
  await visit(`/site/${branchSite}/`);
  for (let n = 1; n <= Math.ceil((stored.length + 1) / 20); n++)
    await visit(`/site/${branchSite}/column/${column.id}?page=${n}`);
  await visit(`/site/${branchSite}/article/${all.id}`);
  for (const i of [0, 33, 47, 90, 140, 200]) if (stored[i]) await visit(`/site/${branchSite}/article/${stored[i]}`);
  for (const words of ['<', 'script', 'javascript:', '"'])
    await visit(`/site/${branchSite}/search?q=${encodeURIComponent(words)}`);
  for (const n of [3, 4, 5]) await visit(`/site/beitang-${n}/links`);
  await visit('/site/');

  // The township's home on a phone: the picture strip shows its covers, newest first (these, then the demo's),
  // each named by its article's title.
  await visit('/site/beitang/');
  const strip = page.locator('.strip img');
  await expect.poll(() => strip.count()).toBeGreaterThanOrEqual(stories.length);
  for (const [i, [title]] of [...stories].reverse().entries()) await expect(strip.nth(i)).toHaveAttribute('alt', title);
  await expect
    .poll(() => strip.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
  await visit(`/site/beitang/article/${storyId}`);
  await expect(page.locator('article img.cover')).toHaveAttribute('alt', stories[2][0]);
  expect(scripts, 'scripts requested by portal pages').toEqual([]);

  const shots = process.env.PORTAL_SHOTS_DIR;
  if (shots) {
    mkdirSync(shots, { recursive: true });
    for (const width of [390, 1440]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      for (const [name, path] of [
        ['home', '/site/beitang/'],
        ['article', `/site/beitang/article/${storyId}`],
        ['search', `/site/jiangcheng/search?q=${encodeURIComponent('学习')}`],
      ] as const) {
        await page.goto(path);
        await page.evaluate(() => Promise.all(Array.from(document.images).map((img) => img.decode().catch(() => {}))));
        await page.screenshot({ path: join(shots, `portal-${name}-${width}.png`), fullPage: true });
      }
    }
  }
});
