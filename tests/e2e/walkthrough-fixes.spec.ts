// Smaller defects the walk-through found, each shown the way a user meets it.

import { demoPassword, saveChinese, signIn } from './support';
import { expect, test } from './test';

test('the language picked on the sign-in page stays after signing in, and is saved', async ({ page }) => {
  // "mailbox" (zh-CN saved in the seed) is used by no other test, and gets its Chinese back whatever happens: the
  // language is the account's setting, which a later test on the same console would read (units.spec.ts's tree
  // search, as "trainer", once ran after this test on one worker and found the page in English).
  await page.goto('/');
  await page.getByTestId('language-switch').getByText('English').click();
  await page.getByTestId('login-username').fill('mailbox');
  await page.getByTestId('login-password').fill(demoPassword);
  await page.getByTestId('login-submit').click();
  try {
    await expect(page.getByTestId('side-menu')).toContainText('Overview');
    await page.reload();
    await expect(page.getByTestId('side-menu')).toContainText('Overview');
  } finally {
    await saveChinese(page);
  }
});

test('each page names itself in the browser tab', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/^登录 - /);
  await signIn(page, 'chengguan', '/users');
  await expect(page).toHaveTitle(/^用户与授权 - Strata/);
  await page.goto('/content/articles');
  await expect(page).toHaveTitle(/^文章管理 - Strata/);
  await page.goto('/audit');
  await expect(page).toHaveTitle(/^审计日志 - Strata/);
});
