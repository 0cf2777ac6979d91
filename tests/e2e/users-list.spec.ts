// The users page on the list kit: filters and sort in the URL (surviving a reload), column settings kept per
// user, an XLSX export of every matching row (read back with exceljs), unlocking a locked account, importing
// from XLSX all or nothing, and a grant dialog that offers only the roles the caller may grant.

import ExcelJS from 'exceljs';
import { chooseOption, signIn } from './support';
import { expect as baseExpect, type Page, test } from './test';

// Imports, exports and their refetches are the slow paths on a busy machine: more time to settle.
const expect = baseExpect.configure({ timeout: 45_000 });

// A run of its own: the imported accounts' names do not meet another run's (or test's) accounts.
const prefix = `ul${Date.now().toString(36)}`;
const imported = Array.from({ length: 25 }, (_, i) => `${prefix}-${String(i + 1).padStart(2, '0')}`);
const password = 'Imported#2026';
const header = ['用户名', '姓名', '所属单位', '初始密码'];

async function xlsx(rows: string[][]): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('用户');
  sheet.addRows([header, ...rows]);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { name: 'users.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer };
}

const rowsOf = (page: Page) => page.getByTestId('users-table').locator('tbody tr.ant-table-row');
const searchForm = (page: Page) => page.getByTestId('users-search-form');

/** Picks an option of a select in the search form, by the field's label and the option's text. */
async function choose(page: Page, label: string, option: string) {
  await chooseOption(page, searchForm(page).getByLabel(label, { exact: true }), option);
}

async function openImport(page: Page) {
  await page.getByTestId('users-import').click();
  await expect(page.getByTestId('users-import-dialog')).toBeVisible();
}

// Serial: later tests use the accounts the import opens. Generous time: imports and exports are the slow paths.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

test('import: a file with a row error imports nothing, then a good file imports every row', async ({ page }) => {
  await signIn(page, 'chengguan', '/users');
  const rows = imported.map((username, i) => [username, `导入用户${i + 1}`, '城关镇', password]);
  const bad = rows.map((r) => [...r]);
  (bad[6] as string[])[3] = 'weak';
  await openImport(page);
  await page.getByTestId('users-import-file').setInputFiles(await xlsx(bad));
  await page.locator('#users-import-submit').click();
  const errors = page.getByTestId('users-import-errors');
  await expect(errors).toBeVisible();
  // Row 7 of the data is row 8 of the sheet (the header is row 1).
  await expect(errors.locator('tbody tr')).toHaveCount(1);
  await expect(errors.locator('tbody tr')).toContainText('8');
  await expect(errors).toContainText('初始密码');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /取\s*消/ })
    .click();
  await page.goto(`/users?search=${prefix}`);
  await expect(page.getByTestId('users-empty')).toBeVisible();

  await openImport(page);
  await page.getByTestId('users-import-file').setInputFiles(await xlsx(rows));
  await page.locator('#users-import-submit').click();
  await expect(page.getByTestId('users-import-dialog')).toBeHidden();
  // Every row of the file is there (the success toast may have gone by now on a slow machine).
  await expect(page.getByText(`共 ${imported.length} 条`)).toBeVisible();
});

test('filters and sort live in the URL and survive a reload; bad values read as defaults', async ({ page }) => {
  await signIn(page, 'chengguan', '/users');
  await page.getByRole('searchbox', { name: '搜索用户' }).fill(prefix);
  await choose(page, '状态', '正常');
  await page.getByTestId('users-search-submit').click();
  await expect(page).toHaveURL(/search=ul/);
  await expect(page).toHaveURL(/status=active/);
  const username = page.getByTestId('users-table').getByRole('columnheader', { name: '用户名' });
  await username.click();
  await expect(page).toHaveURL(/sort=username&order=asc/);
  await expect(username).toHaveAttribute('aria-sort', 'ascending');
  await username.click();
  await expect(page).toHaveURL(/sort=username&order=desc/);
  await expect(rowsOf(page).first()).toContainText(imported.at(-1) as string);
  await page.locator('.ant-pagination').getByTitle('2', { exact: true }).click();
  await expect(page).toHaveURL(/page=2/);

  await page.reload();
  await expect(page.getByRole('searchbox', { name: '搜索用户' })).toHaveValue(prefix);
  await expect(searchForm(page).getByText('正常', { exact: true })).toBeVisible();
  await expect(page.locator('.ant-pagination-item-active')).toHaveText('2');
  await expect(rowsOf(page)).toHaveCount(imported.length - 20);
  await expect(rowsOf(page).first()).toContainText(imported[4] as string);

  // A filter resets the page; a role held by none of them leaves an empty list with a way back.
  await choose(page, '角色', '党员');
  await page.getByTestId('users-search-submit').click();
  await expect(page).toHaveURL(/role=member/);
  await expect(page).not.toHaveURL(/page=2/);
  await expect(page.getByTestId('users-empty')).toBeVisible();

  await page.goto('/users?page=-3&size=7&sort=passwordHash&status=sleeping&unitId=abc');
  await expect(rowsOf(page).first()).toBeVisible();
  await expect(page.getByTestId('error-alert')).toHaveCount(0);
  await expect(page.locator('.ant-pagination-item-active')).toHaveText('1');
});

test('another unit in the switcher starts the list over: unfiltered, on its first page', async ({ page }) => {
  await signIn(page, 'admin', `/users?search=${prefix}&status=active&page=2`);
  await expect(page.getByRole('searchbox', { name: '搜索用户' })).toHaveValue(prefix);
  await expect(page.locator('.ant-pagination-item-active')).toHaveText('2');
  await page.getByTestId('unit-switcher').click();
  await page
    .locator('.ant-select-tree-title')
    .filter({ hasText: /^城关镇$/ })
    .click();
  await expect(page).not.toHaveURL(/search=|status=|page=/);
  await expect(page.getByRole('searchbox', { name: '搜索用户' })).toHaveValue('');
  await expect(rowsOf(page).first()).toBeVisible();
  await expect(page.locator('.ant-pagination-item-active')).toHaveText('1');
});

test('column settings and density are kept for the user across reloads', async ({ page }) => {
  await signIn(page, 'chengguan', '/users');
  const headers = page.getByTestId('users-table').locator('thead th');
  await expect(headers.filter({ hasText: '所属单位' })).toHaveCount(1);
  await page.getByTestId('users-columns').click();
  await page.getByTestId('users-column-unit').click();
  await page.getByTestId('users-column-lastSignInAt-up').click();
  await page.keyboard.press('Escape');
  await page.getByTestId('users-density').click();
  await page.getByRole('menuitem', { name: '紧凑' }).click();
  await expect(headers.filter({ hasText: '所属单位' })).toHaveCount(0);

  await page.reload();
  await expect(headers.filter({ hasText: '用户名' })).toHaveCount(1);
  await expect(headers.filter({ hasText: '所属单位' })).toHaveCount(0);
  const order = await headers.allInnerTexts();
  const at = (text: string) => order.findIndex((h) => h.includes(text));
  expect(at('最近登录')).toBeLessThan(at('状态'));
  const small = '[data-testid="users-table"].ant-table-small, [data-testid="users-table"] .ant-table-small';
  await expect(page.locator(small)).toHaveCount(1);
  // Kept under the user's own id: another account on this browser starts from the defaults.
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('strata:list:')));
  expect(keys).toHaveLength(1);

  await page.getByTestId('users-columns').click();
  await page.getByTestId('users-columns-reset').click();
  await expect(headers.filter({ hasText: '所属单位' })).toHaveCount(1);
});

test('exports every matching row to XLSX, not just the page shown', async ({ page }) => {
  await signIn(page, 'chengguan', `/users?search=${prefix}`);
  await expect(page.getByText(`共 ${imported.length} 条`)).toBeVisible();
  await expect(rowsOf(page)).toHaveCount(20);
  await page.getByTestId('users-export').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('users-export-xlsx').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^用户列表-.*\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const sheet = workbook.worksheets[0];
  const values: string[][] = [];
  sheet?.eachRow((row) => values.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  expect(values[0]).toEqual(['用户名', '姓名', '所属单位', '状态', '最近登录', '授权']);
  expect(
    values
      .slice(1)
      .map((r) => r[0])
      .sort(),
  ).toEqual([...imported].sort());
  expect(values.slice(1).every((r) => r[2] === '城关镇' && r[3] === '正常')).toBe(true);
});

test('unlocks an account locked by failed sign-ins', async ({ page, request }) => {
  const username = imported[0] as string;
  for (let i = 0; i < 5; i++)
    await request.post('/trpc/identity.auth.login', {
      headers: { 'content-type': 'application/json', 'x-csrf-token': 'e2e' },
      data: { username, password: 'wrong-password-1' },
    });
  await signIn(page, 'chengguan', `/users?status=locked&search=${username}`);
  const row = rowsOf(page).filter({ hasText: username });
  await expect(row.locator('.ant-tag', { hasText: '已锁定' })).toBeVisible();
  // antd spaces out two-character labels ("解 锁").
  await row.getByRole('button', { name: /解\s*锁/ }).click();
  await page
    .locator('.ant-modal-confirm')
    .getByRole('button', { name: /解\s*锁/ })
    .click();
  await expect(page.getByTestId('users-empty')).toBeVisible();
  const login = await request.post('/trpc/identity.auth.login', {
    headers: { 'content-type': 'application/json', 'x-csrf-token': 'e2e' },
    data: { username, password },
  });
  expect(login.ok()).toBe(true);
});

test('a township admin is not offered the municipal admin role; the municipal admin is', async ({ page }) => {
  // The open dropdown's options: read only once the list holds a role everyone may grant, so a dropdown still
  // opening (or the last one closing) is never read as an empty list.
  const roleOptions = async () => {
    await page.goto('/users?search=member');
    await rowsOf(page).filter({ hasText: '城关镇机关支部党员' }).getByRole('button', { name: '添加授权' }).click();
    const form = page.getByTestId('grant-add-form');
    await form.getByLabel('角色').click();
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await expect(options.filter({ hasText: /^党员$/ })).toHaveCount(1);
    return options;
  };
  await signIn(page, 'chengguan', '/');
  expect(await (await roleOptions()).allInnerTexts()).not.toContain('市级管理员');
  await page.context().clearCookies();
  await signIn(page, 'admin', '/');
  await expect((await roleOptions()).filter({ hasText: /^市级管理员$/ })).toHaveCount(1);
});
