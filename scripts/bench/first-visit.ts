// Measures the JavaScript a first visit downloads, in Debian's Chromium with an empty cache: the sign-in page,
// then (signing in through the form) the overview, then (through the side menu) the articles page, which brings
// the content remote. Bytes on the wire (as served, precompressed) and files per step, for a browser that
// accepts brotli and for one that accepts only gzip; each script's start and end, its "round" (1 + the highest
// round of the scripts that had finished before it started: a waterfall shows as rounds 2, 3...) and whether
// the page asked for it up front (<script> or <link rel="modulepreload"> in index.html).
// tests/e2e/first-visit-budget.spec.ts holds these figures to budgets.json with the same function.
//   npx tsx scripts/bench/first-visit.ts                  builds, starts the production server on a fresh demo
//                                                         database (port 3324, --port), measures, stops it
//   npx tsx scripts/bench/first-visit.ts --base URL       measures a console already running there
//   ... [--encodings br,gzip] [--network fast3g]          fast3g: DevTools' "Fast 3G" profile, with first paint
//                                                         and the usable sign-in form timed
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page, type Request } from '@playwright/test';
import { demoPassword } from '../../services/gateway/src/seed/demo-data';
import { chromiumLaunchOptions } from '../../tests/e2e/chromium';
import { scriptOptions } from '../options';
import { productionStart, repoRoot, startServer } from '../soak/production-server';

export const encodings = ['br', 'gzip'] as const;
export type Encoding = (typeof encodings)[number];
export const steps = ['signIn', 'overview', 'articles'] as const;
export type Step = (typeof steps)[number];

export type ScriptLoad = {
  path: string;
  bytes: number;
  startMs: number;
  endMs: number;
  round: number;
  preloaded: boolean;
};
export type StepFigures = { step: Step; files: number; bytes: number; rounds: number; scripts: ScriptLoad[] };
export type FirstVisit = {
  encoding: Encoding;
  steps: StepFigures[];
  total: { files: number; bytes: number };
  /** Only on a throttled network (`network: 'fast3g'`), where they mean something. */
  timings?: { firstPaintMs: number; firstContentfulPaintMs: number; signInFormUsableMs: number };
  /** From clicking "sign in" to the overview's first team card drawn with its figures, and to every card drawn. */
  dashboard: { cards: number; firstCardMs: number; allCardsMs: number };
};

/** DevTools' "Fast 3G": 562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up. */
const fast3g = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.44 * 1024 * 1024) / 8,
  uploadThroughput: (675 * 1024) / 8,
};

/** What the document asks for before any script runs: its <script src> and <link rel="modulepreload"> paths. */
async function requestedUpFront(page: Page): Promise<Set<string>> {
  const paths = await page.evaluate(() =>
    Array.from(document.querySelectorAll('script[src], link[rel="modulepreload"]')).map(
      (el) => new URL((el as HTMLScriptElement).src || (el as HTMLLinkElement).href).pathname,
    ),
  );
  return new Set(paths);
}

async function scriptLoads(requests: Request[], origin: number, upFront: Set<string>): Promise<ScriptLoad[]> {
  const loads = await Promise.all(
    requests
      .filter((r) => r.resourceType() === 'script')
      .map(async (r) => {
        const timing = r.timing();
        const path = new URL(r.url()).pathname;
        const startMs = Math.round(timing.startTime - origin);
        return {
          path,
          bytes: Math.max(0, (await r.sizes()).responseBodySize),
          startMs,
          endMs: Math.round(timing.startTime + Math.max(0, timing.responseEnd) - origin),
          round: 1,
          preloaded: upFront.has(path),
        };
      }),
  );
  loads.sort((a, b) => a.startMs - b.startMs);
  for (const load of loads)
    for (const before of loads) if (before.endMs <= load.startMs) load.round = Math.max(load.round, before.round + 1);
  return loads;
}

/**
 * One first visit in a fresh browser context (empty cache) of `browser`, accepting only `encoding`: the sign-in
 * page, the overview after signing in, the articles page after clicking its menu item.
 */
export async function measureFirstVisit(
  browser: Browser,
  base: string,
  encoding: Encoding,
  opts: { network?: 'fast3g' } = {},
): Promise<FirstVisit> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
    extraHTTPHeaders: { 'accept-encoding': encoding },
  });
  try {
    const page = await context.newPage();
    if (opts.network === 'fast3g') {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', fast3g);
    }
    const finished: Request[] = [];
    page.on('requestfinished', (r) => finished.push(r));
    const figures: StepFigures[] = [];
    const origin = Date.now();
    let upFront = new Set<string>();
    const tally = async (step: Step) => {
      await page.waitForLoadState('networkidle');
      const scripts = await scriptLoads(finished.splice(0), origin, upFront);
      const rounds = Math.max(0, ...scripts.map((s) => s.round));
      const bytes = scripts.reduce((sum, s) => sum + s.bytes, 0);
      figures.push({ step, files: scripts.length, bytes, rounds, scripts });
    };

    await page.goto(`${base}/`, { waitUntil: 'commit' });
    await page.getByTestId('login-username').waitFor();
    const signInFormUsableMs = Date.now() - origin;
    upFront = await requestedUpFront(page);
    await tally('signIn');
    const paints = await page.evaluate(() => {
      const paint = Object.fromEntries(performance.getEntriesByType('paint').map((p) => [p.name, p.startTime]));
      return {
        firstPaintMs: Math.round(paint['first-paint'] ?? -1),
        firstContentfulPaintMs: Math.round(paint['first-contentful-paint'] ?? -1),
      };
    });

    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill(demoPassword);
    const signedInAt = Date.now();
    await page.getByTestId('login-submit').click();
    // The dashboard: the unit's own card, then each team's card with its figures (a card's first figure).
    await page.getByTestId('overview-unit').waitFor();
    const drawn = page.locator('[data-testid^="widget-"][data-testid$="-figure-0"]');
    await drawn.first().waitFor();
    const firstCardMs = Date.now() - signedInAt;
    const manifest = (await (await page.request.get(`${base}/manifest.json`)).json()) as {
      remotes: { widgets?: { list: { home?: string }[] } }[];
    };
    // The dashboard's cards (the admin lands there); the user's own page holds the others.
    const cards = manifest.remotes.reduce((sum, r) => sum + (r.widgets?.list.filter((w) => !w.home).length ?? 0), 0);
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid^="widget-"][data-testid$="-figure-0"]').length >= n,
      cards,
    );
    const dashboard = { cards, firstCardMs, allCardsMs: Date.now() - signedInAt };
    upFront = new Set();
    await tally('overview');

    await page.getByTestId('menu-content-articles').click();
    // The remote arrives after the shell and the manifest: wait for its table, not for a first quiet moment.
    await page.getByTestId('article-table').waitFor();
    await tally('articles');

    const total = {
      files: figures.reduce((sum, s) => sum + s.files, 0),
      bytes: figures.reduce((sum, s) => sum + s.bytes, 0),
    };
    const timings = opts.network === 'fast3g' ? { ...paints, signInFormUsableMs } : undefined;
    return { encoding, steps: figures, total, ...(timings ? { timings } : {}), dashboard };
  } finally {
    await context.close();
  }
}

async function main() {
  const { arg } = scriptOptions(['network', 'encodings', 'base', 'port']);
  const network = arg('network') === 'fast3g' ? 'fast3g' : undefined;
  const wanted = (arg('encodings') ?? encodings.join(',')).split(',');
  const chosen = encodings.filter((e) => wanted.includes(e));
  let base = arg('base');
  let stop = async () => {};
  if (!base) {
    // The system as `npm start` builds it (shell, remotes, gateway), output to stderr: stdout stays JSON.
    execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: ['ignore', process.stderr, 'inherit'] });
    const dir = mkdtempSync(join(tmpdir(), 'first-visit-'));
    const server = await startServer({
      script: productionStart(),
      port: Number(arg('port') ?? 3324),
      databaseUrl: `file:${join(dir, 'first-visit.db')}`,
      env: { LOG_LEVEL: 'warn' },
    });
    base = server.base;
    stop = async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const visits = [];
    for (const encoding of chosen) visits.push(await measureFirstVisit(browser, base, encoding, { network }));
    console.log(JSON.stringify({ base, network: network ?? 'none', visits }, null, 2));
  } finally {
    await browser.close();
    await stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
