// The units page as its users meet it: restoring what was archived by mistake, one name per set of siblings,
// the fields a real unit has, searching the tree, and names as long as the server takes.

import { cancelDialogDiscarding, confirmAction, inLanguage, openConfirmation, signIn, submitDialog } from './support';
import { expect, type Page, test } from './test';

/** The longest unit name the server takes (`unitNameMax` of @strata/contract). */
const longestName = (stem: string) => `${stem}${'长'.repeat(50 - stem.length)}`;
const tree = (page: Page) => page.getByTestId('units-tree');
const details = (page: Page) => page.getByTestId('unit-details');

async function selectUnit(page: Page, name: string) {
  await tree(page).getByText(name, { exact: true }).click();
  await expect(details(page).locator('.ant-card-head')).toContainText(name);
}

/** Adds a child to the selected unit through the dialog; answers the dialog's form. */
async function addChild(page: Page, name: string) {
  await page.getByTestId('unit-create-child').click();
  const form = page.getByTestId('unit-create-form');
  await form.getByLabel('名称').fill(name);
  await submitDialog(page);
  return form;
}

/** Archives a unit through its confirmation; archived, it leaves the tree until archived units are asked for. */
async function archive(page: Page, name: string) {
  await selectUnit(page, name);
  await page.getByTestId('unit-archive').click();
  await confirmAction(page, /归\s*档/);
  await expect(tree(page).getByText(name, { exact: true })).toHaveCount(0);
}

const nameError = (page: Page, formTestId: string) =>
  page
    .getByTestId(formTestId)
    .locator('.ant-form-item')
    .filter({ has: page.getByLabel('名称') })
    .locator('.ant-form-item-explain');

test('a unit archived by mistake is shown with the archived ones and restored, after a confirmation', async ({
  page,
}) => {
  test.slow(); // a long walk of dialogs and confirmations; the machine running it may be busy
  await signIn(page, 'admin', '/units');
  const name = `误归档支部${Date.now() % 100000}`;
  await selectUnit(page, '清河镇');
  await expect(await addChild(page, name)).toBeHidden();
  await archive(page, name);
  await page.getByTestId('units-show-archived').click();
  await selectUnit(page, name);
  await expect(details(page)).toContainText('已归档');

  await page.getByTestId('unit-restore').click();
  await expect(openConfirmation(page)).toContainText(name);
  await confirmAction(page, /恢\s*复/);
  await expect(details(page)).toContainText('正常');
  await expect(page.getByTestId('unit-archive')).toBeVisible();
  await page.getByTestId('units-show-archived').click();
  await expect(tree(page).getByText(name, { exact: true })).toBeVisible();
});

test('a unit under an archived parent cannot be restored, and the page says why before anything is sent', async ({
  page,
}) => {
  test.slow(); // a long walk of dialogs and confirmations; the machine running it may be busy
  await signIn(page, 'admin', '/units');
  const parent = `待归档支部${Date.now() % 100000}`;
  const child = `${parent}第一小组`;
  await selectUnit(page, '北塘街道');
  await addChild(page, parent);
  await selectUnit(page, parent);
  await addChild(page, child);
  await archive(page, child);
  await archive(page, parent);
  await page.getByTestId('units-show-archived').click();
  await selectUnit(page, child);
  await expect(page.getByTestId('unit-restore')).toBeDisabled();
  await expect(page.getByTestId('unit-restore-blocked')).toContainText(parent);
});

test('two active units under one parent never share a name, in any case or spacing', async ({ page }) => {
  test.slow(); // a long walk of dialogs and confirmations; the machine running it may be busy
  await signIn(page, 'admin', '/units');
  await selectUnit(page, '西山镇');
  await addChild(page, '西山镇第一村支部');
  await expect(nameError(page, 'unit-create-form')).toContainText('已有名为“西山镇第一村支部”的单位');
  await expect(nameError(page, 'unit-create-form')).toContainText('西山镇');
  await cancelDialogDiscarding(page);

  const latin = `Party Office ${Date.now() % 100000}`;
  await expect(await addChild(page, latin)).toBeHidden();
  // The dialog selects the new unit: back to its parent for the second try.
  await selectUnit(page, '西山镇');
  await addChild(page, `  ${latin.toUpperCase()} `);
  await expect(nameError(page, 'unit-create-form')).toContainText(latin);
  await cancelDialogDiscarding(page);

  await selectUnit(page, '西山镇学校支部');
  await page.getByTestId('unit-rename').click();
  await page.getByTestId('unit-rename-form').getByLabel('名称').fill('西山镇社区支部');
  await submitDialog(page);
  await expect(nameError(page, 'unit-rename-form')).toContainText('已有名为“西山镇社区支部”的单位');
});

test('a manager records the fields a real unit has, checked as the server checks them', async ({ page }) => {
  await signIn(page, 'admin', '/units');
  await selectUnit(page, '南岭乡学校支部');
  await page.getByTestId('unit-edit-profile').click();
  const form = page.getByTestId('unit-profile-form');
  await expect(page.locator('.ant-modal-title')).toContainText('南岭乡学校支部');
  const field = (label: string) => form.getByLabel(label, { exact: true });
  const explain = (label: string) =>
    form
      .locator('.ant-form-item')
      .filter({ has: page.getByLabel(label, { exact: true }) })
      .locator('.ant-form-item-explain');
  await field('书记').fill('周晓明');
  await field('联系人').fill('陈丽');
  await field('联系电话').fill('12345');
  // The right length, the wrong check character (it should be 3).
  await field('统一社会信用代码').fill('91350100M000100Y44');
  await submitDialog(page);
  await expect(explain('联系电话')).toContainText('手机号码或固定电话');
  await expect(explain('统一社会信用代码')).toContainText('校验');

  await field('联系电话').fill('0571-87654321');
  await field('统一社会信用代码').fill('91350100m000100y43');
  // A calendar day: one after today in Shanghai is refused, as the server would.
  await field('成立日期').fill('2999-01-01');
  await submitDialog(page);
  await expect(explain('成立日期')).toContainText('晚于今天');
  await field('成立日期').fill('2001-07-01');
  await expect(explain('成立日期')).toHaveCount(0);
  await field('地址').fill('南岭乡学府路 8 号');
  await submitDialog(page);
  await expect(form).toBeHidden();
  for (const shown of ['周晓明', '陈丽', '0571-87654321', '91350100M000100Y43', '2001年7月1日', '南岭乡学府路 8 号'])
    await expect(details(page)).toContainText(shown);
});

test('a reader without unit management sees the contact masked, and no way to change it', async ({ page }) => {
  await signIn(page, 'chengguan', '/units');
  await selectUnit(page, '城关镇');
  const phone = details(page).getByTestId('unit-contact-phone');
  await expect(phone).toHaveText(/^(1\d{10}|0\d{2,3}-\d{7,8})$/);
  const full = (await phone.textContent()) ?? '';

  // reviewer: reviews 城关镇's content, and may read the unit but not manage it.
  await signIn(page, 'reviewer', '/units');
  await selectUnit(page, '城关镇');
  await expect(phone).toHaveText(/\*{4}/);
  expect(await phone.textContent()).not.toBe(full);
  await expect(phone).toContainText(full.slice(-4));
  await expect(details(page).getByTestId('unit-contact-person')).toContainText('*');
  await expect(page.getByTestId('unit-edit-profile')).toHaveCount(0);
  await expect(page.getByTestId('unit-rename')).toHaveCount(0);
});

test('the tree search keeps the matching units and the way to them, highlighted, in both languages', async ({
  page,
}) => {
  // trainer: a member at 江城市 who reads the whole tree; no other test uses the account, whose language changes.
  await signIn(page, 'trainer', '/units');
  const search = page.getByRole('searchbox', { name: '搜索单位' });
  await search.fill('第三村');
  const nodes = tree(page).getByRole('treeitem');
  await expect(tree(page).locator('mark')).toHaveCount(6);
  await expect(tree(page).locator('mark').first()).toHaveText('第三村');
  // Six matches, their six townships and the municipality above them; nothing else.
  await expect(nodes).toHaveCount(13);
  await expect(tree(page)).not.toContainText('机关支部');
  await search.fill('没有这个单位');
  await expect(tree(page)).toContainText('没有匹配的单位');
  await search.fill('');
  await expect(tree(page)).toContainText('城关镇机关支部');

  await inLanguage(page, 'en-US', async () => {
    const english = page.getByRole('searchbox', { name: 'Search units' });
    await english.fill('东湖');
    await expect(tree(page).locator('mark').first()).toHaveText('东湖');
    await english.fill('nothing like this');
    await expect(tree(page)).toContainText('No matching units');
  });
});

test('on a phone the tree search and the unit stay within the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'admin', '/units');
  const search = page.getByRole('searchbox', { name: '搜索单位' });
  await search.fill('清河镇卫生院');
  await expect(tree(page).locator('mark')).toHaveCount(1);
  const box = await search.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
  await tree(page).getByText('清河镇卫生院支部', { exact: false }).click();
  const unitsPage = page.getByTestId('units-page');
  expect(await unitsPage.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
});

test('a unit name as long as the server takes is cut short with its full text on hover, at 1440 and 390 px', async ({
  page,
}) => {
  test.slow(); // a long walk of dialogs and confirmations; the machine running it may be busy
  await signIn(page, 'admin', '/units');
  const name = longestName(`长名${Date.now() % 100000}`);
  await selectUnit(page, '南岭乡');
  await expect(await addChild(page, name)).toBeHidden();
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const title = tree(page).getByText(name, { exact: true });
    await expect(title).toBeVisible();
    const treeBox = await tree(page).boundingBox();
    const titleBox = await title.boundingBox();
    expect(titleBox!.x + titleBox!.width).toBeLessThanOrEqual(treeBox!.x + treeBox!.width);
    expect(await title.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await title.hover();
    await expect(page.locator('.ant-tooltip')).toContainText(name);
    await title.click();
    const unitsPage = page.getByTestId('units-page');
    expect(await unitsPage.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const rename = await page.getByTestId('unit-rename').boundingBox();
    expect(rename!.x + rename!.width).toBeLessThanOrEqual(width);
    await page.mouse.move(0, 0);
  }
});
