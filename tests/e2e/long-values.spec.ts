// Values as long as the server takes do not push a page apart: a list cuts them short with the full text on
// hover and keeps its actions in reach; the header keeps one line under the longest unit name.

import { apiAs, signIn } from './support';
import { expect, test } from './test';

const longTitle = (stem: string) => `${stem}${'很长的标题文字'.repeat(20)}`.slice(0, 100);

test('an article title of 100 characters is cut short in the list, with its actions still in reach', async ({
  page,
  playwright,
}) => {
  const editor = await apiAs(playwright, 'chengguan');
  const units = await editor.data<{ id: number; name: string }[]>(editor.query('identity.units.tree', {}));
  const chengguan = units.find((u) => u.name === '城关镇');
  const [column] = await editor.data<{ id: number }[]>(editor.query('content.columns.list', { unitId: chengguan?.id }));
  const title = longTitle(`长标题${Date.now() % 100000}`);
  await editor.data(
    editor.mutate('content.articles.create', {
      columnId: column?.id,
      title,
      summary: '',
      body: '正文',
      status: 'draft',
    }),
  );

  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, 'chengguan', `/content/articles?q=${encodeURIComponent(title.slice(0, 12))}`);
    // The remote comes after the shell and the manifest; on a busy machine that takes a while.
    await expect(page.getByTestId('article-table')).toBeVisible({ timeout: 45_000 });
    const row = page
      .getByTestId('article-table')
      .locator('tbody tr.ant-table-row')
      .filter({ hasText: title.slice(0, 8) });
    await expect(row).toHaveCount(1);
    const link = row.getByRole('link', { name: title.slice(0, 8) }).first();
    const cell = row.locator('td').filter({ has: page.getByRole('link', { name: title.slice(0, 8) }) });
    // Cut short, not wrapped over many lines or widening the table.
    expect(await cell.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const edit = row.getByRole('link', { name: /编辑/ });
    await expect(edit).toBeInViewport();
    await link.hover();
    await expect(page.locator('.ant-tooltip')).toContainText(title);
    await page.mouse.move(0, 0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  }
});

test('the header keeps one line when the current unit has the longest name the server takes', async ({
  page,
  playwright,
}) => {
  const admin = await apiAs(playwright, 'admin');
  const units = await admin.data<{ id: number; name: string }[]>(admin.query('identity.units.tree', {}));
  const nanling = units.find((u) => u.name === '南岭乡');
  const name = `头部长名${Date.now() % 100000}`.padEnd(50, '长');
  const unit = await admin.data<{ id: number }>(
    admin.mutate('identity.units.create', { parentId: nanling?.id, kind: 'branch', name }),
  );
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, 'admin', '/');
    // The current unit is remembered per account on this browser: choose the long-named one.
    const me = (await (await admin.api.get('/trpc/identity.auth.me')).json()).result.data as { id: number };
    await page.evaluate(
      ([key, id]) => localStorage.setItem(key as string, String(id)),
      [`strata.unit.${me.id}`, unit.id],
    );
    await page.goto('/units');
    const header = page.locator('header').first();
    await expect(header).toContainText(name.slice(0, 6));
    const box = await header.boundingBox();
    expect(box!.height).toBeLessThanOrEqual(64);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  }
});
