// Measures what a first visit to the console downloads: the login page, then (signed in) the articles
// page, which loads the shell and the content remote. Counts bytes on the wire (compressed as served)
// per resource type, in Debian's Chromium. Needs a running console: `npm start`, then
//   npx tsx scripts/bench/first-visit.ts [--base http://localhost:3000]
import { chromium, type Request } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tests/e2e/chromium';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] as string) : fallback;
};
const base = arg('base', 'http://localhost:3000');
// `--encoding gzip` measures what a client without brotli support downloads.
const encoding = arg('encoding', 'br, gzip');
// `--network fast3g` replays the visit on DevTools' "Fast 3G" profile (562.5 ms latency, 1.44 Mbit/s down,
// 675 kbit/s up) and reports when the first paint and the usable sign-in form came.
const network = arg('network', 'none');

const browser = await chromium.launch(chromiumLaunchOptions);
const context = await browser.newContext({ locale: 'zh-CN', extraHTTPHeaders: { 'accept-encoding': encoding } });
const page = await context.newPage();
const requests: Request[] = [];
page.on('requestfinished', (r) => requests.push(r));

async function tally(label: string) {
  const rows = await Promise.all(
    requests.splice(0).map(async (r) => {
      const sizes = await r.sizes();
      return { url: new URL(r.url()).pathname, type: r.resourceType(), wire: Math.max(0, sizes.responseBodySize) };
    }),
  );
  const byType: Record<string, { files: number; bytes: number }> = {};
  for (const row of rows) {
    const t = byType[row.type] ?? { files: 0, bytes: 0 };
    byType[row.type] = t;
    t.files += 1;
    t.bytes += row.wire;
  }
  return { label, byType, scripts: rows.filter((r) => r.type === 'script').map((r) => `${r.url} ${r.wire}`) };
}

if (network === 'fast3g') {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 562.5,
    downloadThroughput: (1.44 * 1024 * 1024) / 8,
    uploadThroughput: (675 * 1024) / 8,
  });
}
const started = Date.now();
await page.goto(`${base}/`, { waitUntil: 'commit' });
await page.getByTestId('login-username').waitFor();
const formVisibleMs = Date.now() - started;
await page.waitForLoadState('networkidle');
const paints = await page.evaluate(() => {
  const paint = Object.fromEntries(performance.getEntriesByType('paint').map((p) => [p.name, Math.round(p.startTime)]));
  return { firstPaintMs: paint['first-paint'] ?? -1, firstContentfulPaintMs: paint['first-contentful-paint'] ?? -1 };
});
const timings = { ...paints, signInFormUsableMs: formVisibleMs };
const login = await tally('login page (first visit, empty cache)');
const res = await page.request.post(`${base}/trpc/identity.auth.login`, {
  headers: { 'x-csrf-token': 'bench', 'content-type': 'application/json' },
  data: { username: 'admin', password: 'Strata#2026' },
});
if (!res.ok()) throw new Error(`login failed: ${res.status()}`);
await page.goto(`${base}/content/articles`);
// The remote arrives after the shell and the manifest: wait for its table, not for a first quiet moment.
await page.getByTestId('article-table').waitFor();
await page.waitForLoadState('networkidle');
const articles = await tally('articles page after sign-in (shell + content remote, warm cache)');
const jsTotal = (login.byType.script?.bytes ?? 0) + (articles.byType.script?.bytes ?? 0);
console.log(
  JSON.stringify(
    { base, encoding, network, timings, firstVisitJsWireBytes: jsTotal, steps: [login, articles] },
    null,
    2,
  ),
);
await browser.close();
