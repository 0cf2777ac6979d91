// Every action the console offers a role is one the server allows it, where it is offered. Each action
// control carries the permission it needs (`data-permission`, `data-unit`: <Permitted> in @strata/ui puts
// them there); this walks every page of each role's menu, and the row-level actions behind its rows and
// tree nodes, and checks every enabled one against the server's own table: the grants and role catalog
// that `identity.auth.me` answers, read with the shared rule (`Access` from @strata/contract) over the
// unit paths of `identity.units.tree`. Nothing here lists buttons by hand. The municipal admin's walk (every page) and
// a member's also run axe-core over each page as it first settles: no serious or critical accessibility issue
// (axe.ts).
//
// An enabled, visible button, switch or editable control in the page content that is neither marked nor
// declared neutral (`data-neutral`: it changes nothing on the server, like search, filters, export, reset,
// show archived) or declared the caller's own (`data-own`: a section whose actions act only on the signed-in
// person's own things, which the server finds by the account and never by an id from the page, such as one's own
// volunteering) fails the walk, so a new action cannot slip past. The only controls left out are the
// structural ones below (NOT_ACTIONS); the header (user menu, menu toggle, unit picker) is outside <main>.

import { Access, type AccessSnapshot } from '@strata/contract';
import { inChinese, seriousIssues } from './axe';
import { menuRoutes, pageSettled, signIn, visit } from './support';
import { expect, type Page, test } from './test';

// A desktop as the console's users have it (the accessibility of every page is judged at this width too).
test.use({ viewport: { width: 1440, height: 900 } });

type Control = { permission: string | null; unit: string | null; label: string };
type Found = { marked: Control[]; unmarked: Control[] };

/**
 * Controls that are no action of the page's own, by antd's structure: pagination and page size, table
 * sorters and filters in the header, row selection (choosing rows changes nothing on the server: the batch
 * actions it shows are marked themselves), row expanders, tree expanders, tabs, breadcrumbs, a field's clear
 * and show-password icons, copy and "more" of a text, a dialog's close (its action buttons are judged when
 * the dialog is open), and a retry of a failed load.
 */
const NOT_ACTIONS = [
  '.ant-pagination',
  '.ant-table-thead',
  '.ant-table-selection-column',
  // antd's row of zero height that measures a scrolling table's columns (it copies the header's select-all box).
  '.ant-table-measure-row',
  '.ant-table-row-expand-icon',
  '.ant-tree-switcher',
  '.ant-tabs-nav',
  '.ant-breadcrumb',
  '.ant-input-clear-icon',
  '.ant-select-clear',
  '.ant-picker-clear',
  '.ant-input-password-icon',
  '.ant-typography-copy',
  '.ant-typography-expand',
  '.ant-modal-close',
  '.ant-alert',
].join(', ');

async function query<T>(page: Page, path: string, input?: unknown): Promise<T> {
  const search = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const res = await page.request.get(`/trpc/${path}${search}`);
  expect(res.ok(), `${path}: ${res.status()}`).toBe(true);
  return (await res.json()).result.data as T;
}

/**
 * The enabled, visible controls under `selector` (the page's <main>, or an open dropdown menu): those marked
 * with a permission, and those neither marked nor neutral. A compound field (select, search box, date
 * picker) is one control: marked or neutral when any part of it is.
 */
function controlsIn(page: Page, selector: string, notActions: string): Promise<Found> {
  return page.evaluate(
    ({ selector, notActions }) => {
      const fieldRoot = (el: Element) =>
        el.closest('.ant-select, .ant-picker, .ant-input-search, .ant-input-affix-wrapper, .ant-input-number') ?? el;
      const visible = (el: Element) => {
        const style = getComputedStyle(el);
        return el.getClientRects().length > 0 && style.visibility !== 'hidden' && style.display !== 'none';
      };
      const enabled = (el: Element) =>
        !(el as HTMLButtonElement).disabled &&
        !(el as HTMLInputElement).readOnly &&
        el.getAttribute('aria-disabled') !== 'true' &&
        !el.closest(
          '[disabled], .ant-select-disabled, .ant-switch-disabled, .ant-picker-disabled, .ant-input-disabled, .ant-input-affix-wrapper-disabled, .ant-dropdown-menu-item-disabled',
        );
      const label = (el: Element) =>
        (
          el.getAttribute('aria-label') ||
          el.getAttribute('data-testid') ||
          el.textContent ||
          el.getAttribute('placeholder') ||
          el.getAttribute('title') ||
          el.querySelector('[aria-label]')?.getAttribute('aria-label') ||
          el.className
        )
          .trim()
          .slice(0, 50);
      const markOf = (el: Element) =>
        el.closest('[data-permission]') ?? fieldRoot(el).querySelector('[data-permission]') ?? null;
      const neutral = (el: Element) =>
        !!el.closest('[data-neutral], [data-own]') || !!fieldRoot(el).querySelector('[data-neutral]');
      const marked = new Map<Element, { permission: string | null; unit: string | null; label: string }>();
      const unmarked: { permission: null; unit: null; label: string }[] = [];
      const seen = new Set<Element>();
      for (const root of Array.from(document.querySelectorAll(selector))) {
        const candidates = root.querySelectorAll(
          'button, [role="button"], [role="switch"], [role="checkbox"], [role="radio"], [role="menuitem"], [role="combobox"], input:not([type="hidden"]), textarea, select, [contenteditable="true"], .ant-typography-edit',
        );
        for (const el of Array.from(candidates)) {
          const control = fieldRoot(el);
          if (seen.has(control)) continue;
          seen.add(control);
          if (!visible(control) || !enabled(el) || !enabled(control) || el.closest(notActions)) continue;
          const mark = markOf(el);
          if (mark) {
            marked.set(mark, {
              permission: mark.getAttribute('data-permission'),
              unit: mark.getAttribute('data-unit'),
              label: label(el),
            });
          } else if (!neutral(el)) {
            unmarked.push({ permission: null, unit: null, label: label(el) });
          }
        }
      }
      return { marked: [...marked.values()], unmarked };
    },
    { selector, notActions },
  );
}

/** A role's walk: what it saw on each page, checked against the server's table. */
class Walk {
  offered: (Control & { page: string })[] = [];
  refused: (Control & { page: string })[] = [];
  unmarked: (Control & { page: string })[] = [];
  /** axe's serious and critical issues on each page as it first settled, for a walk that runs it. */
  issues: string[] = [];

  constructor(
    readonly access: Access,
    readonly pathOf: Map<string, string>,
    readonly axe = false,
  ) {}

  add(where: string, found: Found) {
    for (const control of found.marked) {
      const entry = { ...control, page: where };
      if (this.offered.some((o) => JSON.stringify(o) === JSON.stringify(entry))) continue;
      this.offered.push(entry);
      const unitPath = control.unit ? this.pathOf.get(control.unit) : undefined;
      if (!control.permission || !unitPath || !this.access.covers(control.permission, unitPath))
        this.refused.push(entry);
    }
    for (const control of found.unmarked) {
      const entry = { ...control, page: where };
      if (!this.unmarked.some((o) => JSON.stringify(o) === JSON.stringify(entry))) this.unmarked.push(entry);
    }
  }
}

async function startWalk(page: Page, username: string, axe = false) {
  await signIn(page, username, '/');
  const me = await query<{ access: AccessSnapshot }>(page, 'identity.auth.me');
  // Archived units too: the walk shows them (show archived) and their restore action names them.
  const units = await query<{ id: number; path: string }[]>(page, 'identity.units.tree', { includeArchived: true });
  return new Walk(new Access(me.access), new Map(units.map((u) => [String(u.id), u.path])), axe);
}

const scan = (page: Page) => controlsIn(page, 'main', NOT_ACTIONS);

/** Waits for what a click asked for (a unit's details, a list) to be loaded. */
async function settled(page: Page) {
  await expect(page.locator('main .ant-spin-spinning, main .ant-skeleton')).toHaveCount(0, { timeout: 30_000 });
}

/**
 * The page's own controls (and, for a walk that runs it, axe's findings), then what only shows after a neutral switch
 * (show archived) or a row's or tree node's own choice: every tree node selected in turn, every row's "more" menu
 * opened.
 */
async function walkPage(page: Page, walk: Walk, path: string) {
  await visit(page, path);
  await pageSettled(page, path);
  if (walk.axe) {
    await inChinese(page);
    walk.issues.push(...(await seriousIssues(page, path)));
  }
  walk.add(path, await scan(page));

  const switches = page.locator('main [role="switch"][data-neutral]:not([disabled])');
  for (let i = 0; i < (await switches.count()); i++) {
    await switches.nth(i).click();
    await settled(page);
    walk.add(path, await scan(page));
  }

  const nodes = page.locator('main .ant-tree-node-content-wrapper');
  for (let i = 0; i < Math.min(await nodes.count(), 40); i++) {
    await nodes.nth(i).click();
    await settled(page);
    walk.add(`${path} (${(await nodes.nth(i).textContent())?.trim()})`, await scan(page));
  }

  const menus = page.locator('main .ant-table-tbody .ant-dropdown-trigger');
  for (let i = 0; i < Math.min(await menus.count(), 20); i++) {
    await menus.nth(i).click();
    await expect(page.locator('.ant-dropdown:not(.ant-dropdown-hidden)')).toBeVisible();
    walk.add(
      `${path} (row menu ${i + 1})`,
      await controlsIn(page, '.ant-dropdown:not(.ant-dropdown-hidden)', NOT_ACTIONS),
    );
    await page.keyboard.press('Escape');
    await expect(page.locator('.ant-dropdown:not(.ant-dropdown-hidden)')).toHaveCount(0);
  }
}

const walks = [
  // [username, the least number of actions it must be offered across its pages (the walk sees something), whether
  // axe reads each page: the municipal admin opens every page of the console, a member what members see]
  ['admin', 10, true],
  ['chengguan', 10, false],
  ['editor', 1, false],
  ['officer', 3, false],
  ['dues', 3, false],
  ['volunteer', 3, false],
  ['viewer', 0, false],
  ['member', 0, true],
  ['trainer', 3, false],
] as const;

for (const [username, least, axe] of walks) {
  const title = axe
    ? `every action offered to ${username} is one the server allows there, and no page has a serious accessibility issue`
    : `every action offered to ${username} is one the server allows there`;
  test(title, async ({ page }) => {
    // The admin's is the longest: over fifty pages, with their tree nodes, row menus and axe's analysis of each.
    test.setTimeout(axe ? 720_000 : 420_000);
    const walk = await startWalk(page, username, axe);
    const routes = await menuRoutes(page);
    expect(routes.length).toBeGreaterThan(2);
    for (const path of routes) await walkPage(page, walk, path);
    // A page reached from a row: the first article's (its form read-only to a reader, marked to a writer).
    if (routes.includes('/content/articles')) {
      await visit(page, '/content/articles');
      await pageSettled(page, '/content/articles');
      const article = await page.getByTestId('article-table').locator('tbody a').first().getAttribute('href');
      if (article) await walkPage(page, walk, article);
    }
    // The pages reached from a row: the volunteers' first activity's (sign-ups, attendance) and volunteer's, and
    // training's first course (its editor, learners, sessions and quizzes).
    for (const [list, table] of [
      ['/volunteers/activities', 'activities-table'],
      ['/volunteers/people', 'people-table'],
      ['/training/courses', 'courses-table'],
    ] as const) {
      if (!routes.includes(list)) continue;
      await visit(page, list);
      await pageSettled(page, list);
      const row = await page.getByTestId(table).locator('tbody a').first().getAttribute('href');
      if (row) await walkPage(page, walk, row);
    }
    expect(walk.issues.join('\n'), 'serious accessibility issues').toBe('');
    expect(walk.refused, 'offered, but the server refuses them').toEqual([]);
    expect(walk.unmarked, 'actions marked with no permission (and not neutral)').toEqual([]);
    expect(walk.offered.length).toBeGreaterThanOrEqual(least);
    // A member reads, and posts on its units' boards: nothing it is offered needs more.
    if (least === 0)
      expect(walk.offered.filter((c) => !c.permission?.endsWith('.read') && c.permission !== 'mailbox.post')).toEqual(
        [],
      );
  });
}

test('the walk catches an unmarked action and one the server refuses', async ({ page }) => {
  const walk = await startWalk(page, 'member');
  await page.goto('/units');
  await pageSettled(page, '/units');
  const [rootId] = [...walk.pathOf.keys()];
  // What a forgotten <Permitted> or a wrong permission would put on the page.
  await page.locator('main').evaluate((main, unit) => {
    const bare = document.createElement('button');
    bare.textContent = 'bare action';
    const wrong = document.createElement('button');
    wrong.textContent = 'manage action';
    wrong.dataset.permission = 'unit.manage';
    wrong.dataset.unit = unit ?? '';
    const neutral = document.createElement('button');
    neutral.textContent = 'neutral';
    neutral.dataset.neutral = '';
    const disabled = document.createElement('button');
    disabled.textContent = 'disabled action';
    disabled.disabled = true;
    main.prepend(bare, wrong, neutral, disabled);
  }, rootId);
  walk.add('/units', await scan(page));
  expect(walk.unmarked.map((c) => c.label)).toEqual(['bare action']);
  expect(walk.refused.map((c) => c.label)).toEqual(['manage action']);
});
