// Smaller defects the walk-through found, each shown the way a user meets it.

import { demoPassword, signIn } from './support';
import { expect, test } from './test';

test('the language picked on the sign-in page stays after signing in, and is saved', async ({ page }) => {
  // "trainer" (zh-CN saved in the seed) is used by no other test.
  await page.goto('/');
  await page.getByTestId('language-switch').getByText('English').click();
  await page.getByTestId('login-username').fill('trainer');
  await page.getByTestId('login-password').fill(demoPassword);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('side-menu')).toContainText('Overview');
  await page.reload();
  await expect(page.getByTestId('side-menu')).toContainText('Overview');
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
