import type { Page } from '@playwright/test';

export const demoPassword = 'Strata#2026';

/** Signs in through the API (the form is covered once, in its own test) and lands on `path`. */
export async function signIn(page: Page, username: string, path = '/') {
  const res = await page.request.post('/trpc/identity.auth.login', {
    headers: { 'content-type': 'application/json', 'x-csrf-token': 'e2e' },
    data: { username, password: demoPassword },
  });
  if (!res.ok()) throw new Error(`sign-in of ${username} failed: ${res.status()} ${await res.text()}`);
  await page.goto(path);
}

/** On the users page: searches for `text` and answers the table rows that contain it. */
export async function findUserRows(page: Page, text: string) {
  const search = page.getByRole('searchbox', { name: /搜索|Search/ });
  await search.fill(text);
  await search.press('Enter');
  return page.getByTestId('users-table').locator('tbody tr.ant-table-row').filter({ hasText: text });
}

/** Switches the console's language through the user menu (saved to the account's profile). */
export async function switchLanguage(page: Page, locale: 'zh-CN' | 'en-US') {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: /语言|Language/ }).hover();
  await page.getByTestId(`locale-${locale}`).click();
}

/** Presses the open dialog's cancel button and, asked about unsaved changes, discards them. */
export async function cancelDialogDiscarding(page: Page) {
  await page
    .locator('.ant-modal')
    .getByRole('button', { name: /取\s*消|Cancel/ })
    .click();
  await page.getByTestId('discard-changes').click();
}
