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
