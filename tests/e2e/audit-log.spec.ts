// The audit log as a township admin reads it: objects by their names as they were (never `#id`), times to the
// second, a change table with translated field names in both languages, filters that narrow the rows and
// stay in the address across a reload, and an export with the same words.

import { inLanguage, pageSettled, signIn } from './support';
import { expect, type Page, test } from './test';

test.describe.configure({ timeout: 180_000 });

const seconds = /\d{1,2}:\d{2}:\d{2}/;
const shanghaiToday = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

/** A new group under a branch of 城关镇, renamed once, through the page's own session (its browser, its address). */
async function renamedGroup(page: Page, stem: string) {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'strata_csrf')?.value ?? '';
  const headers = { 'content-type': 'application/json', 'x-csrf-token': csrf };
  const tree = await page.request.get(`/trpc/identity.units.tree?input=${encodeURIComponent('{}')}`);
  const units = (await tree.json()).result.data as { id: number; name: string; kind: string }[];
  const branch = units.find((u) => u.kind === 'branch' && u.name.startsWith('城关镇'));
  expect(branch, 'a branch of 城关镇').toBeTruthy();
  const created = await page.request.post('/trpc/identity.units.create', {
    headers,
    data: { parentId: branch!.id, kind: 'group', name: stem },
  });
  expect(created.ok(), await created.text()).toBe(true);
  const { id } = (await created.json()).result.data as { id: number };
  const renamed = await page.request.post('/trpc/identity.units.rename', {
    headers,
    data: { id, name: `${stem}改` },
  });
  expect(renamed.ok(), await renamed.text()).toBe(true);
  return { id, before: stem, after: `${stem}改` };
}

test('entries name their objects, show seconds and a translated change table with the request’s origin', async ({
  page,
}) => {
  await signIn(page, 'chengguan', '/');
  const stem = `审计小组${Date.now() % 100_000}`;
  const group = await renamedGroup(page, stem);
  await page.goto(`/audit?q=${encodeURIComponent(stem)}`);
  await pageSettled(page, '/audit');
  const rows = page.getByTestId('audit-table').locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(2, { timeout: 45_000 });
  await expect(rows.nth(0)).toContainText(group.after);
  await expect(rows.nth(0)).toContainText('单位改名');
  await expect(rows.nth(1)).toContainText(group.before);
  for (const text of await rows.allInnerTexts()) {
    expect(text).not.toMatch(/#\d/);
    expect(text).toMatch(seconds);
  }

  await rows.nth(0).getByTestId('audit-details-open').click();
  const details = page.getByTestId('audit-details');
  const change = details.getByTestId('audit-change-table');
  await expect(change).toContainText('名称');
  await expect(change).toContainText(group.before);
  await expect(change).toContainText(group.after);
  await expect(change).not.toContainText('{');
  await expect(details.getByTestId('audit-client-address')).toHaveText(/^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$/);
  await expect(details.getByTestId('audit-user-agent')).toContainText('Mozilla/5.0');
  // The object's history: its creation and its rename, the one shown marked.
  await expect(details.getByTestId('audit-history-item')).toHaveCount(2);
  await expect(details.getByTestId('audit-history')).toContainText('新建单位');

  await page.keyboard.press('Escape');
  await inLanguage(page, 'en-US', async () => {
    await expect(rows.nth(0)).toContainText('Renamed unit');
    await rows.nth(0).getByTestId('audit-details-open').click();
    await expect(change).toContainText('Name');
    await expect(change).toContainText('Before');
    await expect(details).toContainText('Client address');
    await expect(details).toContainText('User agent');
    await page.keyboard.press('Escape');
  });
});

test('filters narrow the rows, stay in the address across a reload, and the export says the same', async ({ page }) => {
  await signIn(page, 'chengguan', '/');
  const stem = `筛选小组${Date.now() % 100_000}`;
  const group = await renamedGroup(page, stem);
  await page.goto('/audit');
  await pageSettled(page, '/audit');
  const rows = page.getByTestId('audit-table').locator('tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible({ timeout: 45_000 });

  const chooseKind = async (kind: RegExp) => {
    await page.getByTestId('audit-entity-filter').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: kind }).click();
  };
  // Kind of object: units only; today, in Shanghai; the object's name. One search asks for them all.
  await chooseKind(/^单位$/);
  const today = shanghaiToday();
  await page.getByTestId('audit-from').fill(today);
  // An end before the start is explained on the form, and nothing is asked of the server.
  await page.getByTestId('audit-to').fill('2020-01-01');
  await page.getByTestId('audit-search-submit').click();
  await expect(page.getByTestId('audit-search-form')).toContainText('结束日期不能早于开始日期');
  await expect(page).not.toHaveURL(/from=/);
  await page.getByTestId('audit-to').fill(today);
  const search = page.getByRole('searchbox', { name: /搜索对象|Search objects/ });
  await search.fill(stem);
  await search.press('Enter');
  await expect(page).toHaveURL(/entity=Unit/);
  await expect(page).toHaveURL(new RegExp(`from=${today}.*to=${today}`));
  await expect(page).toHaveURL(/q=/);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText(group.after);

  await page.reload();
  await pageSettled(page, '/audit');
  await expect(rows).toHaveCount(2, { timeout: 45_000 });
  await expect(page.getByTestId('audit-from')).toHaveValue(today);
  await expect(page.getByTestId('audit-entity-filter')).toContainText('单位');
  await expect(search).toHaveValue(stem);

  // Another kind of object: the same search finds nothing, and the empty list offers to clear the filters.
  await chooseKind(/^用户$/);
  await page.getByTestId('audit-search-submit').click();
  await expect(page.getByTestId('audit-empty')).toContainText('没有符合条件的数据');
  await chooseKind(/^单位$/);
  await page.getByTestId('audit-search-submit').click();
  await expect(rows).toHaveCount(2);

  await page.getByTestId('audit-export').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export-csv').click()]);
  const csv = await (await download.createReadStream())
    .toArray()
    .then((chunks) => Buffer.concat(chunks).toString('utf8'));
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toContain('对象名称');
  expect(lines[0]).toContain('变更内容');
  expect(lines).toHaveLength(3);
  expect(lines[1]).toContain(group.after);
  expect(lines[1]).toContain(`名称: ${group.before} → ${group.after}`);
  expect(lines[1]).toMatch(seconds);
  expect(lines[1]).toContain('Mozilla/5.0');
  expect(csv).not.toMatch(/[{}]|#\d/);

  await page.getByTestId('audit-search-reset').click();
  await expect(page).not.toHaveURL(/q=|entity=|from=/);
  await expect(rows.first()).toBeVisible();
});
