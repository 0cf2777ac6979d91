// The interface offers what the role may do, and a page opened without the permission it needs says so.

import { signIn } from './support';
import { expect, test } from './test';

test('a page opened by URL without its permission shows the 403 page, not a half-working one', async ({ page }) => {
  // A plain member: reads units and content, manages nothing.
  await signIn(page, 'member', '/users');
  await expect(page.getByTestId('forbidden')).toBeVisible();
  await expect(page.getByTestId('users-table')).toHaveCount(0);
  await page.goto('/audit');
  await expect(page.getByTestId('forbidden')).toBeVisible();
  await page.goto('/content/articles/new');
  await expect(page.getByTestId('forbidden')).toBeVisible();
  await expect(page.getByTestId('article-form')).toHaveCount(0);
  // The way out leads back to the overview.
  await page.getByTestId('forbidden').getByRole('button').click();
  await expect(page).toHaveURL(/\/$/);
  // Pages the role holds still open.
  await page.goto('/content/articles');
  await expect(page.getByTestId('article-table')).toBeVisible();
  await expect(page.getByTestId('forbidden')).toHaveCount(0);
});

test('an admin opens the same pages', async ({ page }) => {
  await signIn(page, 'chengguan', '/users');
  await expect(page.getByTestId('users-table')).toBeVisible();
  await page.goto('/content/articles/new');
  await expect(page.getByTestId('article-form')).toBeVisible();
  await expect(page.getByTestId('forbidden')).toHaveCount(0);
});
