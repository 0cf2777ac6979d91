// Screenshots of the console as each role meets it, at 1440 and 390 px, in both languages, for reviews
// and docs/screenshots/. Needs a running console with the demo data (`npm start`), then
//   npx tsx scripts/screenshots.ts [--base http://localhost:3000] [--out docs/screenshots/after]
//     [--roles admin,chengguan,member] [--pages overview,articles,users,audit,freshness,editor,diff,...]
//     [--motion reduce] (as a reader whose system asks for reduced motion; the browser tests run so)
// The language is set per browser context through the sign-in page's remembered choice and the account's
// saved preference, so it changes the demo accounts' language (as a user switching would).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { request as apiRequest, chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/chromium';
import { scriptOptions } from './options';

const { arg } = scriptOptions(['base', 'out', 'roles', 'pages', 'motion']);
const base = arg('base', 'http://localhost:3000');
const out = arg('out', 'docs/screenshots/after');
const roles = arg('roles', 'admin').split(',');
const pageNames = arg('pages', 'overview,articles,users,audit').split(',');
const reducedMotion = arg('motion', 'no-preference') === 'reduce' ? 'reduce' : 'no-preference';
const paths: Record<string, string> = {
  overview: '/',
  // The dashboard's units below, ranked on a card's figure; the user's own page; the large screen.
  ranking: '/?view=ranking',
  mine: '/?view=mine',
  screen: '/screen',
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
  // The collection list by arrears, the furthest behind first (any unit, the whole organisation too).
  'dues-arrears': '/dues/members?sort=arrears&order=desc',
  statement: '/dues/members/1',
  ledger: '/dues/ledger',
  hardship: '/dues/hardship',
  remittances: '/dues/remittances',
  'dues-summary': '/dues/reports',
  reconciliation: '/dues/reports?tab=reconciliation',
  rules: '/dues/rules',
  'my-dues': '/dues/mine',
  // The volunteers: activities, the demo's activity under way (东湖街道's) and its check-in screen, the volunteers,
  // a volunteer's page with their record, teams, the hours' approval queue, certificates, statistics, my volunteering,
  // and a certificate's public verification (the portal's page, the same for every role). Names in braces are the
  // demo's rows found through the API as the signed-in role (`lookups` below).
  'vol-activities': '/volunteers/activities',
  'vol-activity-live': '/volunteers/activities/{live}',
  'vol-checkin-screen': '/volunteers/activities/{live}/checkin',
  'vol-people': '/volunteers/people',
  'vol-volunteer-record': '/volunteers/people/{volunteer}',
  'vol-teams': '/volunteers/teams',
  'vol-hours': '/volunteers/hours',
  'vol-certificates': '/volunteers/certificates',
  'vol-stats': '/volunteers/stats',
  'my-volunteering': '/volunteers/mine',
  'vol-certificate-verify': '/site/verify/volunteer/{certificate}',
  // Training: my learning, the demo's site course as its learner sees it, and a quiz of it; the course as its editors
  // and trainers see it (content, the class list, quizzes), its question bank, its quiz's results, its classroom
  // session; staff training, reports, certificates; the portal's learning corner and a training certificate's
  // verification (public pages, the same for every role).
  'tr-learn': '/training/learn',
  'tr-learn-course': '/training/learn/{course}',
  'tr-quiz': '/training/learn/{course}/quizzes/{quiz}',
  'tr-courses': '/training/courses',
  'tr-course': '/training/courses/{course}',
  'tr-class-list': '/training/courses/{course}?tab=learners',
  'tr-bank': '/training/banks/{bank}',
  'tr-results': '/training/quizzes/{quiz}',
  'tr-session': '/training/sessions/{session}',
  'tr-enrolments': '/training/enrolments',
  'tr-assign': '/training/enrolments',
  'tr-session-form': '/training/courses/{course}?tab=sessions',
  'tr-reports': '/training/reports',
  'tr-certificates': '/training/certificates',
  'tr-learning-corner': '/site/jiangcheng/learning',
  'tr-certificate-verify': '/site/verify/training/{trcertificate}',
  // The header's bell opened: every team's news for the role.
  bell: '/',
  // The header's search opened, with what `typed` gives typed in.
  search: '/',
};

/**
 * Pages shown with a dialog open: the control (a CSS selector) clicked once the page is ready. The bell opens a
 * dropdown at 1440 px and a drawer (a dialog) on a phone: its list is what is waited for.
 */
const opens: Record<string, string> = {
  bell: '[data-testid="bell"]',
  search: '[data-testid="search-open"]',
  'tr-assign': '[data-testid="enrolments-assign"]',
  // The button above the list, or the one in its empty state.
  'tr-session-form': '[data-testid="sessions-create"], [data-testid="sessions-create-first"]',
};

/** Text typed into an opened dialog's focused field (the search's), then its answers waited for. */
const typed: Record<string, string> = { search: '城关' };

type Request = import('@playwright/test').APIRequestContext;
const read = async <T>(request: Request, path: string, input: unknown): Promise<T> => {
  const res = await request.get(`${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);
  if (!res.ok()) throw new Error(`${path} failed: ${res.status()} ${await res.text()}`);
  return (await res.json()).result.data as T;
};
/** The top of the signed-in role's units (the municipality for admin, 东湖街道 for its coordinator). */
async function topUnit(request: Request) {
  const units = await read<{ id: number; parentId: number | null }[]>(request, 'identity.units.tree', {});
  const ids = new Set(units.map((u) => u.id));
  const top = units.find((u) => u.parentId === null || !ids.has(u.parentId));
  if (!top) throw new Error('the role reaches no unit');
  return top.id;
}
type Listed<T> = { items: T[] };
/** The demo's rows the volunteers' pages show, as the role finds them. */
const lookups: Record<string, (request: Request) => Promise<number | string>> = {
  // 东湖街道's activity under way (the demo's).
  live: async (request) => {
    const found = await read<Listed<{ id: number }>>(request, 'volunteers.activities.list', {
      q: '东湖敬老院探访陪护',
      sort: 'startsAt',
      order: 'desc',
      page: 1,
      pageSize: 1,
    });
    if (!found.items[0]) throw new Error('no activity under way in the demo');
    return found.items[0].id;
  },
  // The plain member's volunteer (林晓燕, with a declined and an appealed entry and a certificate) where the role
  // reaches them, else the volunteer of the role's newest approved hours.
  volunteer: async (request) => {
    const unitId = await topUnit(request);
    const certificates = await read<Listed<{ volunteerId: number }>>(request, 'volunteers.certificates.list', {
      unitId,
      q: '林晓燕',
      page: 1,
      pageSize: 1,
    });
    if (certificates.items[0]) return certificates.items[0].volunteerId;
    const hours = await read<Listed<{ volunteerId: number }>>(request, 'volunteers.hours.list', {
      unitId,
      status: 'approved',
      page: 1,
      pageSize: 1,
    });
    if (!hours.items[0]) throw new Error('no volunteer with approved hours in reach');
    return hours.items[0].volunteerId;
  },
  // The member's certificate (a public page: its number found as admin, whoever looks at it).
  certificate: () =>
    asAdmin(async (admin) => {
      const found = await read<Listed<{ number: string }>>(admin, 'volunteers.certificates.list', {
        unitId: await topUnit(admin),
        q: '林晓燕',
        page: 1,
        pageSize: 1,
      });
      if (!found.items[0]) throw new Error('no certificate in the demo');
      return found.items[0].number;
    }),
};

/** The demo's site course (在 Strata 上运营单位网站), as a manager or trainer of 江城市, or its learner, finds it. */
const siteCourse = '在 Strata 上运营单位网站';
async function demoCourse(request: Request) {
  // A manager's list; a learner may not read it (refused), and finds the course among their own.
  const found = await read<Listed<{ id: number }>>(request, 'training.courses.list', {
    q: siteCourse,
    page: 1,
    pageSize: 1,
  }).catch(() => ({ items: [] }));
  if (found.items[0]) return found.items[0].id;
  const mine = await read<Listed<{ courseId: number; courseTitle: string }>>(request, 'training.learning.mine', {
    page: 1,
    pageSize: 50,
  });
  const own = mine.items.find((e) => e.courseTitle === siteCourse);
  if (!own) throw new Error('the demo site course is out of reach');
  return own.courseId;
}
/** `work` signed in as the demo's admin, for rows a public page shows whoever looks at it. */
async function asAdmin<T>(work: (admin: Request) => Promise<T>): Promise<T> {
  const admin = await apiRequest.newContext();
  try {
    const login = await admin.post(`${base}/trpc/identity.auth.login`, {
      headers: { 'x-csrf-token': 'screenshots', 'content-type': 'application/json' },
      data: { username: 'admin', password: 'Strata#2026' },
    });
    if (!login.ok()) throw new Error(`sign-in of admin failed: ${login.status()}`);
    return await work(admin);
  } finally {
    await admin.dispose();
  }
}
/** Training's demo rows, as the role finds them. */
const trainingLookups: Record<string, (request: Request) => Promise<number | string>> = {
  course: demoCourse,
  quiz: async (request) => {
    const courseId = await demoCourse(request);
    // Its editors list the course's quizzes; a learner, their own of it.
    const quizzes = await read<{ id: number }[]>(request, 'training.quizzes.list', { courseId }).catch(() =>
      read<{ id: number }[]>(request, 'training.quizzes.mine', { courseId }),
    );
    if (!quizzes[0]) throw new Error('the demo site course has no quiz');
    return quizzes[0].id;
  },
  bank: async (request) => {
    const banks = await read<{ id: number }[]>(request, 'training.quizzes.banks', {
      courseId: await demoCourse(request),
    });
    if (!banks[0]) throw new Error('the demo site course has no bank');
    return banks[0].id;
  },
  session: async (request) => {
    const sessions = await read<Listed<{ id: number }>>(request, 'training.sessions.list', {
      status: 'scheduled',
      page: 1,
      pageSize: 1,
    });
    if (!sessions.items[0]) throw new Error('no scheduled session in reach');
    return sessions.items[0].id;
  },
  // The member's certificate of the office course (a public page: found as admin, whoever looks at it).
  trcertificate: () =>
    asAdmin(async (admin) => {
      const office = await read<Listed<{ id: number }>>(admin, 'training.courses.list', {
        q: '办公信息化基础',
        page: 1,
        pageSize: 1,
      });
      const found = await read<Listed<{ number: string }>>(admin, 'training.certificates.list', {
        unitId: await topUnit(admin),
        courseId: office.items[0]?.id,
        page: 1,
        pageSize: 1,
      });
      if (!found.items[0]) throw new Error('no training certificate in the demo');
      return found.items[0].number;
    }),
};
Object.assign(lookups, trainingLookups);

/** The page's path with its braces filled in (each looked up once per role). */
async function resolvePath(path: string, request: Request, found: Map<string, number | string>) {
  let resolved = path;
  for (const [, name] of path.matchAll(/\{([a-z]+)\}/g)) {
    const lookup = name && lookups[name];
    if (!name || !lookup) throw new Error(`no lookup for {${name}}`);
    if (!found.has(name)) found.set(name, await lookup(request));
    resolved = resolved.replace(`{${name}}`, String(found.get(name)));
  }
  return resolved;
}
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
        reducedMotion,
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
      const found = new Map<string, number | string>();
      for (const name of pageNames) {
        const pattern = paths[name];
        if (!pattern) throw new Error(`unknown page ${name}; one of ${Object.keys(paths).join(', ')}`);
        const path = await resolvePath(pattern, page.request, found);
        // A page that polls (the check-in screen reads its code every two seconds) is never idle: loaded is enough.
        const polls = /\/checkin$/.test(path);
        await page.goto(`${base}${path}`, { waitUntil: polls ? 'load' : 'networkidle' });
        // Ready when the page shows content and nothing in it still spins (a console page's <main>, else the body).
        await page.waitForFunction(() => {
          const main = document.querySelector('main');
          return !!main?.textContent?.trim() && !main.querySelector('.ant-spin-spinning, .ant-skeleton');
        });
        // The check-in screen: once its QR code is drawn.
        if (polls) await page.locator('[data-testid="checkin-screen"] img').waitFor();
        const control = opens[name];
        if (control) {
          await page.locator(control).first().click();
          await page.locator('[role="dialog"], [data-testid="bell-list"]').first().waitFor();
          const text = typed[name];
          if (text) {
            await page.keyboard.type(text);
            await page.waitForTimeout(400);
          }
          await page.waitForLoadState('networkidle');
        }
        await page.waitForTimeout(300);
        const file = join(out, `${name}-${role}-${locale}-${width}.png`);
        // A phone's page whole, but a dialog as the phone's screen shows it (its mask covers the screen only).
        await page.screenshot({ path: file, fullPage: width < 800 && !control });
        taken.push(file);
      }
      await context.close();
    }
  }
}
await browser.close();
console.log(JSON.stringify({ base, out, screenshots: taken.length, files: taken }, null, 2));
