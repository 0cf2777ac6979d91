// Leaving an edited form asks first: by the menu, the browser's back button, reloading or closing the tab,
// and closing a dialog; keeping on editing keeps what was typed, discarding leaves.

import { answerUnsaved, cancelDialogDiscarding, findUserRows, signIn } from './support';
import { expect, test } from './test';

// With the motion most readers see (the run's default is reduced motion): the questions and dialogs zoom in and out.
test.use({ reducedMotion: 'no-preference' });

test('an edited article asks before the menu or back takes the user away', async ({ page }) => {
  await signIn(page, 'chengguan', '/content/articles');
  await page.getByTestId('article-new').click();
  const title = page.getByTestId('article-title');
  await title.fill('还没保存的标题');

  await page.getByTestId('menu-units').click();
  // A question answered fades out before it leaves the page: the next one is asked once it has gone.
  const discard = page.getByTestId('discard-changes').filter({ visible: true });
  await answerUnsaved(page, 'keep');
  await expect(discard).toHaveCount(0);
  await expect(page).toHaveURL(/\/content\/articles\/new$/);
  await expect(title).toHaveValue('还没保存的标题');

  await page.goBack();
  await answerUnsaved(page, 'keep');
  await expect(discard).toHaveCount(0);
  await expect(page).toHaveURL(/\/content\/articles\/new$/);
  await expect(title).toHaveValue('还没保存的标题');

  await page.getByTestId('menu-units').click();
  await answerUnsaved(page, 'discard');
  await expect(page).toHaveURL(/\/units$/);
});

test('an untouched form leaves without asking, and a saved one too', async ({ page }) => {
  await signIn(page, 'chengguan', '/content/articles/new');
  await expect(page.getByTestId('article-form')).toBeVisible();
  await page.getByTestId('menu-units').click();
  await expect(page).toHaveURL(/\/units$/);
  await expect(page.getByTestId('discard-changes')).toHaveCount(0);
});

test('reloading or closing the tab with unsaved changes asks the browser to confirm', async ({ page }) => {
  await signIn(page, 'chengguan', '/content/articles/new');
  await page.getByTestId('article-title').fill('还没保存');
  const dialog = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  expect((await dialog).type()).toBe('beforeunload');
  await (await dialog).dismiss();
  // Stayed: the page is still there. Closed for good without asking, so the test's end does not meet the question.
  expect(page.isClosed()).toBe(false);
  await page.close();
});

test('closing an edited dialog asks first; keeping on editing keeps the text', async ({ page }) => {
  await signIn(page, 'chengguan', '/users');
  const row = await findUserRows(page, 'reviewer');
  await row.getByRole('button', { name: '编辑' }).click();
  const form = page.getByTestId('user-form');
  await form.getByLabel('姓名').fill('改了一半');
  await page.keyboard.press('Escape');
  await answerUnsaved(page, 'keep');
  await expect(form.getByLabel('姓名')).toHaveValue('改了一半');
  await cancelDialogDiscarding(page);
  await expect(form).toBeHidden();
});
