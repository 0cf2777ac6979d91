// Every action the console offers a role is one the server allows it, where it is offered. Each action
// control carries the permission it needs (`data-permission`, `data-unit`: <Permitted> in @strata/ui puts
// them there); this walks every page of each role's menu and checks every enabled one against the
// server's own table (the grants and role catalog `identity.auth.me` answers, read with the shared rule).
// An enabled button, switch or edit control that is neither marked nor declared neutral (it changes
// nothing: search, export, reset, show archived...) fails the walk, so a new action cannot slip past.

import { expect, type Page, test } from '@playwright/test';
import { Access, type AccessSnapshot } from '@strata/contract';
import { menuRoutes, pageSettled, signIn } from './support';

type Control = { permission: string | null; unit: string | null; label: string };

async function query<T>(page: Page, path: string, input: unknown = {}): Promise<T> {
  const res = await page.request.get(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);
  expect(res.ok(), `${path}: ${res.status()}`).toBe(true);
  return (await res.json()).result.data as T;
}

/** The enabled action controls on the page: marked ones, and unmarked ones that are not neutral. */
function controlsOn(page: Page) {
  return page.locator('main').evaluate((main) => {
    const enabled = (el: Element) =>
      !(el as HTMLButtonElement).disabled &&
      el.getAttribute('aria-disabled') !== 'true' &&
      !el.classList.contains('ant-switch-disabled');
    const label = (el: Element) =>
      (el.getAttribute('aria-label') || el.textContent || el.className).trim().slice(0, 40);
    const marked = Array.from(main.querySelectorAll('[data-permission]'))
      .filter(enabled)
      .map((el) => ({
        permission: el.getAttribute('data-permission'),
        unit: el.getAttribute('data-unit'),
        label: label(el),
      }));
    const unmarked = Array.from(main.querySelectorAll('button, [role="switch"], .ant-typography-edit'))
      .filter(enabled)
      .filter(
        (el) =>
          !el.closest(
            '[data-permission], [data-neutral], .ant-pagination, .ant-table-thead, .ant-select, .ant-input-search, .ant-input-affix-wrapper, .ant-tree-switcher, .ant-table-row-expand-icon-cell, .ant-breadcrumb, .ant-result, .ant-alert, .ant-empty',
          ),
      )
      .map((el) => ({ permission: null, unit: null, label: label(el) }));
    return { marked, unmarked };
  });
}

const walks = [
  // [username, the least number of actions it must be offered across its pages]
  ['admin', 10],
  ['chengguan', 10],
  ['editor', 1],
  ['reviewer', 2],
  ['secretary', 0],
  ['dues', 0],
] as const;

for (const [username, least] of walks) {
  test(`every action offered to ${username} is one the server allows there`, async ({ page }) => {
    test.setTimeout(300_000);
    await signIn(page, username, '/');
    const me = await query<{ id: number; access: AccessSnapshot }>(page, 'identity.auth.me');
    const units = await query<{ id: number; path: string }[]>(page, 'identity.units.tree');
    const access = new Access(me.access);
    const pathOf = new Map(units.map((u) => [String(u.id), u.path]));
    const offered: Control[] = [];
    const refused: (Control & { page: string })[] = [];
    const unmarked: (Control & { page: string })[] = [];
    for (const path of await menuRoutes(page)) {
      await page.goto(path);
      await pageSettled(page, path);
      const found = await controlsOn(page);
      for (const control of found.marked) {
        offered.push(control);
        const unitPath = control.unit ? pathOf.get(control.unit) : undefined;
        if (!control.permission || !unitPath || !access.covers(control.permission, unitPath))
          refused.push({ ...control, page: path });
      }
      unmarked.push(...found.unmarked.map((c) => ({ ...c, page: path })));
    }
    expect(refused, 'offered, but the server refuses them').toEqual([]);
    expect(unmarked, 'actions without the permission they need').toEqual([]);
    expect(offered.length).toBeGreaterThanOrEqual(least);
    if (least === 0) expect(offered.filter((c) => !c.permission?.endsWith('.read'))).toEqual([]);
  });
}
