// The overview's cards in Chromium: every card the manifest lists draws for the municipal admin with its figures; with
// one remote's code blocked, or its service failing, only that team's cards show their fallback (and come back on
// retry once the remote answers again), while the other cards, the unit's own card and the shell go on working. Each
// remote with cards is blocked in turn. A unit named in a card opens the overview at that unit (the drill-down); the
// units below rank on any figure; the export writes every card's figures.
import type { RemoteManifest } from '@strata/contract';
import ExcelJS from 'exceljs';
import { signIn } from './support';
import { expect, type Page, test } from './test';

test.describe.configure({ timeout: 240_000 });

/** The dashboard's cards the manifest lists (not the user's own page's), each as its team and its test id. */
async function listedCards(page: Page) {
  const manifest = (await (await page.request.get('/manifest.json')).json()) as RemoteManifest;
  return manifest.remotes.flatMap((r) =>
    (r.widgets?.list ?? [])
      .filter((w) => w.home === undefined)
      .map((w) => ({ remote: r.name, testId: `widget-${r.name}-${w.id}` })),
  );
}

/** The card has drawn its figures: no skeleton, no fallback, a first figure. */
async function expectDrawn(page: Page, testId: string) {
  await expect(page.getByTestId(`${testId}-figure-0`)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId(`${testId}-unavailable`)).toHaveCount(0);
}

test('the municipal admin sees every team’s card, each with its figures', async ({ page }) => {
  await signIn(page, 'admin', '/');
  const cards = await listedCards(page);
  expect(new Set(cards.map((c) => c.remote)).size, 'every team offers a card').toBe(6);
  for (const { testId } of cards) await expectDrawn(page, testId);
  await expect(page.getByTestId('overview-unit-figure-0')).not.toBeEmpty();
});

test('a card whose remote is blocked shows its own fallback; the rest of the overview works', async ({ page }) => {
  await signIn(page, 'admin', '/');
  const cards = await listedCards(page);
  for (const blocked of new Set(cards.map((c) => c.remote))) {
    await test.step(`${blocked} blocked`, async () => {
      const pattern = `**/remotes/${blocked}/**`;
      await page.route(pattern, (route) => route.abort('connectionrefused'));
      await page.reload();
      for (const { remote, testId } of cards) {
        if (remote === blocked)
          await expect(page.getByTestId(`${testId}-unavailable`)).toBeVisible({ timeout: 30_000 });
        else await expectDrawn(page, testId);
      }
      await expect(page.getByTestId('overview-unit-figure-0')).not.toBeEmpty();
      // Its retry brings it back once the remote answers again.
      await page.unroute(pattern);
      const first = cards.find((c) => c.remote === blocked);
      if (!first) throw new Error(blocked);
      await page.getByTestId(`${first.testId}-retry`).click();
      await expectDrawn(page, first.testId);
    });
  }
  // The shell itself still moves: the organisation page opens from the menu.
  await page.getByTestId('menu-units').click();
  await expect(page.getByTestId('units-tree')).toContainText('江城市');
});

test('a card whose service fails shows its fallback, and its retry brings it back', async ({ page }) => {
  await signIn(page, 'admin', '/');
  const cards = await listedCards(page);
  const card = cards.find((c) => c.remote === 'mailbox');
  if (!card) throw new Error('the mailbox offers a card');
  // The mailbox service down: its calls answer an error, each in its place in the batch; the other teams' calls in
  // the same batch answer as the gateway does.
  const pattern = (url: URL) => url.pathname.startsWith('/trpc/') && url.pathname.includes('mailbox.');
  await page.route(pattern, async (route) => {
    const calls = decodeURIComponent(new URL(route.request().url()).pathname.slice('/trpc/'.length)).split(',');
    const response = await route.fetch();
    const answers = (await response.json()) as unknown[];
    const down = (path: string) => ({
      error: {
        message: 'Service unavailable',
        code: -32603,
        data: { code: 'INTERNAL_SERVER_ERROR', httpStatus: 503, path },
      },
    });
    const body = calls.map((path, i) => (path.startsWith('mailbox.') ? down(path) : answers[i]));
    await route.fulfill({ status: calls.length > 1 ? 207 : 503, json: calls.length > 1 ? body : body[0] });
  });
  await page.reload();
  await expect(page.getByTestId(`${card.testId}-unavailable`)).toBeVisible({ timeout: 30_000 });
  for (const other of cards.filter((c) => c.remote !== 'mailbox')) await expectDrawn(page, other.testId);
  await page.unroute(pattern);
  await page.getByTestId(`${card.testId}-retry`).click();
  await expectDrawn(page, card.testId);
});

test('a unit named in a card opens the overview at that unit', async ({ page }) => {
  await signIn(page, 'admin', '/');
  const card = page.getByTestId('widget-training-coverage');
  const child = card.locator('[data-testid^="widget-training-coverage-behind-"] a').first();
  await expect(child).toBeVisible({ timeout: 30_000 });
  const name = (await child.textContent()) ?? '';
  expect(name).not.toBe('');
  await child.click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('unit-switcher')).toContainText(name);
  await expect(page.getByTestId('overview-unit')).toContainText(name);
  await expectDrawn(page, 'widget-training-coverage');
});

test('a branch secretary sees the cards of the branch, at a phone’s width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'secretary', '/');
  const unit = page.getByTestId('overview-unit');
  await expect(unit).toBeVisible();
  const cards = page.locator('[data-testid^="widget-"][data-testid$="-figure-0"]');
  await expect(cards.first()).toBeVisible({ timeout: 30_000 });
  // One column: no card wider than the screen.
  const box = await unit.boundingBox();
  expect(box?.width ?? 0).toBeLessThanOrEqual(390);
});

test('the units below rank on any figure a card breaks down, and each opens the overview there', async ({ page }) => {
  await signIn(page, 'admin', '/');
  await expectDrawn(page, 'widget-members-stages');
  await page.getByTestId('overview-view').getByText('下级单位排名').click();
  await expect(page).toHaveURL(/view=ranking/);
  const rows = page.getByTestId('ranking-rows').locator('[data-testid^="ranking-"]');
  // The municipality's townships (the demo's six, and any a test added), each once.
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  const names = await rows.locator('a').allTextContents();
  expect(names.length).toBeGreaterThanOrEqual(6);
  expect(new Set(names).size).toBe(names.length);
  // Rank on the members' registry, highest first: the values never rise down the list.
  await page.getByTestId('ranking-figure').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '党员队伍 · 在册总人数' }).click();
  await page.getByText('从高到低').click();
  const values = (await rows.locator('strong').allTextContents()).map((v) => Number(v.replace(/[^\d.]/g, '')));
  expect(values.length).toBe(names.length);
  expect(values).toEqual([...values].sort((a, b) => b - a));
  const first = rows.first().locator('a');
  const name = (await first.textContent()) ?? '';
  await first.click();
  await expect(page.getByTestId('unit-switcher')).toContainText(name);
  await expect(page.getByTestId('overview-unit')).toContainText(name);
});

test('the export writes every card’s figures at the unit, as the cards show them', async ({ page }) => {
  await signIn(page, 'chengguan', '/');
  const cards = await listedCards(page);
  for (const { testId } of cards) await expectDrawn(page, testId);
  const registry = await page.getByTestId('widget-members-stages-figure-0').textContent();
  const download = page.waitForEvent('download');
  await page.getByTestId('overview-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^概览-城关镇-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const [figures, below] = workbook.worksheets;
  const rows: unknown[][] = [];
  figures?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  expect(rows[0]).toEqual(['卡片', '指标', '数值', '计量单位', '统计范围']);
  const registryRow = rows.find((r) => r[0] === '党员队伍' && r[1] === '在册总人数');
  expect(registryRow?.[2]).toBe(Number(registry?.replace(/,/g, '')));
  expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(cards.length);
  // The units below 城关镇: its branches, one row each.
  expect(below?.rowCount ?? 0).toBeGreaterThan(1);
});
