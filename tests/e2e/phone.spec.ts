// The console on a phone (390 px wide): a drawer menu, a compact header whose user menu can be reached,
// and no page wider than the screen, for an admin and for a dues officer; on the admin's walk (every page of the
// console) axe-core finds no serious or critical accessibility issue either (axe.ts).

import { inChinese, seriousIssues } from './axe';
import { menuRoutes, pageSettled, signIn, visit } from './support';
import { expect, type Page, test } from './test';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** Opens `path` and checks it fits the screen; answers axe's serious issues there when asked to run it. */
async function checkOnPhone(page: Page, path: string, axe: boolean): Promise<string[]> {
  await visit(page, path);
  await pageSettled(page, path);
  if (axe) await inChinese(page);
  const issues = axe ? await seriousIssues(page, path) : [];
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll, `${path} is wider than the screen`).toBeLessThanOrEqual(widths.client);
  // A list's actions pinned at the right are never drawn over the columns pinned at the left (out of reach under
  // them): in each table's first row, no cell pinned at the end overlaps one pinned at the start.
  const overlaps = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.ant-table-tbody')).flatMap((body) => {
      const row = body.querySelector(':scope > tr.ant-table-row');
      if (!row) return [];
      const boxes = (side: string) =>
        Array.from(row.querySelectorAll(`:scope > .ant-table-cell-fix-${side}`)).map((c) => c.getBoundingClientRect());
      const starts = boxes('start');
      return boxes('end')
        .filter((end) => starts.some((start) => end.left < start.right - 1 && start.left < end.right - 1))
        .map(
          (end) =>
            `${row.closest('[data-testid]')?.getAttribute('data-testid')}: actions at ${Math.round(end.left)} px`,
        );
    }),
  );
  expect(overlaps, `${path}: actions under the pinned columns`).toEqual([]);
  return issues;
}

for (const [username, axe] of [
  ['admin', true],
  ['dues', false],
] as const) {
  const title = axe
    ? `on a phone no page scrolls sideways, and none has a serious accessibility issue (${username})`
    : `on a phone no page scrolls sideways (${username})`;
  test(title, async ({ page }) => {
    test.setTimeout(axe ? 600_000 : 300_000);
    await signIn(page, username, '/');
    const routes = await menuRoutes(page);
    expect(routes.length).toBeGreaterThan(2);
    const issues: string[] = [];
    for (const path of routes) issues.push(...(await checkOnPhone(page, path, axe)));
    expect(issues.join('\n'), 'serious accessibility issues').toBe('');
  });
}

test('on a phone the header stays one line and the user menu can be reached', async ({ page }) => {
  await signIn(page, 'chengguan', '/');
  const header = page.getByRole('banner');
  await expect(header).toBeVisible();
  expect((await header.boundingBox())?.height).toBeLessThanOrEqual(64);
  const userMenu = page.getByTestId('user-menu');
  const box = await userMenu.boundingBox();
  expect(box && box.x + box.width).toBeLessThanOrEqual(390);
  await userMenu.tap();
  await expect(page.getByTestId('menu-logout')).toBeInViewport();
  await expect(page.getByTestId('menu-change-password')).toBeInViewport();
});

test('on a phone the menu is a drawer that closes after navigating', async ({ page }) => {
  await signIn(page, 'chengguan', '/');
  // No menu takes room beside the page.
  const main = page.locator('main');
  expect((await main.boundingBox())?.x ?? 999).toBeLessThan(40);
  await page.getByTestId('menu-toggle').tap();
  await page.getByTestId('menu-drawer').getByTestId('menu-units').tap();
  await expect(page).toHaveURL(/\/units$/);
  await expect(page.getByTestId('menu-drawer')).toBeHidden();
  await expect(page.getByTestId('units-tree')).toBeVisible();
});

test('on a desktop the menu sits beside the page, with no drawer button', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await signIn(page, 'chengguan', '/');
  await expect(page.getByTestId('side-menu')).toBeVisible();
  await expect(page.getByTestId('menu-toggle')).toBeHidden();
  await page.close();
});

test("on a phone a list's actions can be reached: the collection list's first is not under the pinned name", async ({
  page,
}) => {
  // Pinned beside a pinned name, the collection list's four actions (340 px) were drawn under it at 390 px, 记录缴费
  // out of reach; on a phone they now wrap into a column narrow enough to sit beside the name.
  await signIn(page, 'dues', '/dues/members');
  const record = page.locator('[data-testid^="dues-record-"]').first();
  await expect(record).toBeAttached();
  await record.click({ trial: true, timeout: 10_000 });
});
