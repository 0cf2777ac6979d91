// Screenshots of the console as each role meets it, at 1440 and 390 px, in both languages, for reviews
// and docs/screenshots/. Needs a running console with the demo data (`npm start`), then
//   npx tsx scripts/screenshots.ts [--base http://localhost:3000] [--out docs/screenshots/after]
//     [--roles admin,chengguan,member] [--pages overview,articles,users,audit,freshness,editor,diff,...]
// The language is set per browser context through the sign-in page's remembered choice and the account's
// saved preference, so it changes the demo accounts' language (as a user switching would).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/chromium';
import { scriptOptions } from './options';

const { arg } = scriptOptions(['base', 'out', 'roles', 'pages']);
const base = arg('base', 'http://localhost:3000');
const out = arg('out', 'docs/screenshots/after');
const roles = arg('roles', 'admin').split(',');
const pageNames = arg('pages', 'overview,articles,users,audit').split(',');
const paths: Record<string, string> = {
  overview: '/',
  units: '/units',
  articles: '/content/articles',
  columns: '/content/columns',
  'recycle-bin': '/content/recycle-bin',
  freshness: '/content/freshness',
  documents: '/content/documents',
  recommendations: '/content/recommendations',
  // The demo's first article: its editor, and its history (two revisions compared once it has been saved twice).
  editor: '/content/articles/1',
  diff: '/content/articles/1/history',
  users: '/users',
  audit: '/audit',
  // The mailbox: the handler's queue, the statistics (this year so far), the members' board.
  letters: '/mailbox/letters',
  // The demo's first letter's page (its submitter masked, the reveal, the timeline).
  letter: '/mailbox/letters/1',
  stats: '/mailbox/stats',
  board: '/mailbox/board',
  // The members: the registry, the demo's first member's profile, the unit map, the development pipeline, transfers,
  // floating members and the statistics.
  registry: '/members/registry',
  member: '/members/registry/1',
  map: '/members/map',
  lifecycle: '/members/lifecycle',
  transfers: '/members/transfers',
  floating: '/members/floating',
  'member-stats': '/members/stats',
  'member-annual': '/members/stats?tab=annual',
  // The dues: the collection list, the demo's first member's statement, the ledger, reductions, remittances, the
  // reports' summary and reconciliation (this year), the rules, a member's own page.
  dues: '/dues/members',
  statement: '/dues/members/1',
  ledger: '/dues/ledger',
  hardship: '/dues/hardship',
  remittances: '/dues/remittances',
  'dues-summary': '/dues/reports',
  reconciliation: '/dues/reports?tab=reconciliation',
  rules: '/dues/rules',
  'my-dues': '/dues/mine',
};
const widths = [1440, 390];
const locales = ['zh-CN', 'en-US'] as const;

mkdirSync(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions);
const taken: string[] = [];
for (const role of roles) {
  for (const locale of locales) {
    for (const width of widths) {
      const context = await browser.newContext({
        locale,
        timezoneId: 'Asia/Shanghai',
        viewport: { width, height: width > 800 ? 900 : 844 },
        isMobile: width < 800,
        hasTouch: width < 800,
      });
      const page = await context.newPage();
      const login = await page.request.post(`${base}/trpc/identity.auth.login`, {
        headers: { 'x-csrf-token': 'screenshots', 'content-type': 'application/json' },
        data: { username: role, password: 'Strata#2026' },
      });
      if (!login.ok()) throw new Error(`sign-in of ${role} failed: ${login.status()}`);
      // Signed in, a mutation echoes the session's CSRF cookie (double submit), as the console does.
      const csrf = (await context.cookies()).find((c) => c.name === 'strata_csrf')?.value ?? '';
      const saved = await page.request.post(`${base}/trpc/identity.auth.setLocale`, {
        headers: { 'x-csrf-token': csrf, 'content-type': 'application/json' },
        data: { locale },
      });
      if (!saved.ok()) throw new Error(`saving ${locale} for ${role} failed: ${saved.status()} ${await saved.text()}`);
      for (const name of pageNames) {
        const path = paths[name];
        if (!path) throw new Error(`unknown page ${name}; one of ${Object.keys(paths).join(', ')}`);
        await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
        // Ready when the page shows content and nothing in it still spins.
        await page.waitForFunction(() => {
          const main = document.querySelector('main');
          return !!main?.textContent?.trim() && !main.querySelector('.ant-spin-spinning, .ant-skeleton');
        });
        await page.waitForTimeout(300);
        const file = join(out, `${name}-${role}-${locale}-${width}.png`);
        await page.screenshot({ path: file, fullPage: width < 800 });
        taken.push(file);
      }
      await context.close();
    }
  }
}
await browser.close();
console.log(JSON.stringify({ base, out, screenshots: taken.length, files: taken }, null, 2));
