import type { APIRequestContext } from '@playwright/test';
import { consoleUrl } from './playwright.config';
import { expect, type Locator, type Page, test } from './test';

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

/** A caller of the API signed in as `username`, apart from the page (to set up rows and try refused calls). */
export async function apiAs(
  playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } },
  username: string,
) {
  // The console of the worker running this test, as its page's baseURL.
  const api = await playwright.request.newContext({ baseURL: consoleUrl(test.info().parallelIndex) });
  const login = await api.post('/trpc/identity.auth.login', {
    headers: { 'content-type': 'application/json', 'x-csrf-token': 'e2e' },
    data: { username, password: demoPassword },
  });
  expect(login.ok(), `sign-in of ${username}`).toBe(true);
  const csrf = (await api.storageState()).cookies.find((c) => c.name === 'strata_csrf')?.value ?? '';
  const mutate = (path: string, input: unknown) =>
    api.post(`/trpc/${path}`, { headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, data: input });
  const query = (path: string, input: unknown) =>
    api.get(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);
  const data = async <T>(res: Promise<import('@playwright/test').APIResponse>): Promise<T> => {
    const r = await res;
    expect(r.ok(), await r.text()).toBe(true);
    return (await r.json()).result.data as T;
  };
  return { api, mutate, query, data };
}
export type Api = Awaited<ReturnType<typeof apiAs>>;

/** On the users page: searches for `text` and answers the table rows that contain it. */
export async function findUserRows(page: Page, text: string) {
  const search = page.getByRole('searchbox', { name: /搜索|Search/ });
  await search.fill(text);
  await search.press('Enter');
  return page.getByTestId('users-table').locator('tbody tr.ant-table-row').filter({ hasText: text });
}

/** Switches the console's language through the user menu (saved to the account's profile). */
export async function switchLanguage(page: Page, locale: 'zh-CN' | 'en-US') {
  // Right after a page loads, a click can land while the header re-renders and the menu closes again:
  // open it, and the language submenu in it, until the choice is taken.
  const language = page.getByRole('menuitem', { name: /语言|Language/ });
  await expect(async () => {
    if (!(await language.isVisible())) await page.getByTestId('user-menu').click();
    await language.hover({ timeout: 2_000 });
    await page.getByTestId(`locale-${locale}`).click({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/**
 * Runs `work` with the signed-in account switched to `locale` through the menu, then gives it back its Chinese:
 * the language is the account's setting, which the tests after it read. Back through the menu and, whatever that
 * did, through the API (a missed menu click once left every later test in English), even when `work` failed.
 */
export async function inLanguage(page: Page, locale: 'en-US', work: () => Promise<void>) {
  await switchLanguage(page, locale);
  try {
    await work();
  } finally {
    try {
      await switchLanguage(page, 'zh-CN');
    } finally {
      await saveChinese(page);
    }
  }
}

/** Saves Chinese as the signed-in account's language through the API, whatever the page shows. */
export async function saveChinese(page: Page) {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'strata_csrf')?.value ?? '';
  const reset = await page.request.post('/trpc/identity.auth.setLocale', {
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
    data: { locale: 'zh-CN' },
  });
  expect(reset.ok(), await reset.text()).toBe(true);
}

/**
 * Presses the open dialog's primary button once the dialog has finished appearing: antd zooms it in from the point
 * last clicked (and a lazily loaded dialog starts later), so a click while it moves can land on a field instead
 * (a loaded machine left a unit's creation dialog open that way, its name filled in and never saved).
 */
export async function submitDialog(page: Page) {
  const dialog = page.locator('.ant-modal').filter({ visible: true }).last();
  await expect(dialog).not.toHaveClass(/-(appear|enter)\b/);
  await dialog.locator('.ant-modal-footer button.ant-btn-primary').click();
}

/** The confirmation open now: a popconfirm's bubble or a confirming dialog. */
export const openConfirmation = (page: Page) => page.locator('.ant-popconfirm:visible, .ant-modal:visible').last();

/**
 * Presses the open confirmation's button (the primary one, or the one named) once it has finished appearing: antd
 * zooms a popconfirm or a dialog in, and a click while it moves may miss (a loaded machine left a unit unarchived
 * that way).
 */
export async function confirmAction(page: Page, name?: RegExp) {
  const box = openConfirmation(page);
  await expect(box).not.toHaveClass(/-(appear|enter)\b/);
  const button = name
    ? box.getByRole('button', { name })
    : box.locator('.ant-popconfirm-buttons .ant-btn-primary, .ant-modal-footer .ant-btn-primary').first();
  await button.click();
}

/**
 * Answers the question about unsaved changes once it has finished appearing. antd zooms a dialog in from the
 * point last clicked, so a click while it moves can land on the other answer (a loaded machine was seen keeping
 * the changes that way when told to discard them).
 */
export async function answerUnsaved(page: Page, answer: 'discard' | 'keep') {
  const discard = page.getByTestId('discard-changes').filter({ visible: true });
  const question = page.locator('.ant-modal').filter({ has: discard });
  await expect(question).toHaveCount(1);
  await expect(question).not.toHaveClass(/-(appear|enter)\b/);
  await (answer === 'discard' ? discard : question.getByRole('button', { name: /继续编辑|Keep editing/ })).click();
}

/**
 * Presses the open dialog's cancel button and, asked about unsaved changes, discards them; resolves once neither the
 * dialog nor the question covers the page (a wrap left behind would take the next click).
 */
export async function cancelDialogDiscarding(page: Page) {
  await page
    .locator('.ant-modal')
    .getByRole('button', { name: /取\s*消|Cancel/ })
    .click();
  await answerUnsaved(page, 'discard');
  await expect(page.locator('.ant-modal-wrap').filter({ visible: true })).toHaveCount(0);
}

/**
 * Every console route the signed-in role's menu offers (read from the side menu, or the drawer on a
 * phone), plus the pages reached from them.
 */
export async function menuRoutes(page: Page): Promise<string[]> {
  const toggle = page.getByTestId('menu-toggle');
  await expect(toggle.or(page.getByTestId('side-menu'))).toBeVisible({ timeout: 45_000 });
  const phone = await toggle.isVisible();
  if (phone) await toggle.click();
  const menu = phone ? page.getByTestId('menu-drawer') : page.getByTestId('side-menu');
  await menu.waitFor();
  // Every entry, the remotes' too: read before the manifest answered, a walk once saw two pages of an editor's five.
  await expect(page.locator('[data-testid="side-menu"][data-complete="true"]').first()).toBeAttached({
    timeout: 45_000,
  });
  const ids = await menu
    .locator('[data-testid^="menu-"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid') ?? ''));
  if (phone) await page.keyboard.press('Escape');
  const paths = ids.map((id) => (id === 'menu-overview' ? '/' : `/${id.slice('menu-'.length).replace('-', '/')}`));
  return paths.includes('/content/articles') ? [...paths, '/content/articles/new'] : paths;
}

/**
 * Opens a console page as a link in it would: within the console already loaded (its shell and remotes stay), or
 * loaded afresh when none is. Within the console it resolves once the page drawn is that path's: the side menu,
 * drawn with the page, carries its path (`data-path`), while a navigation keeps the previous page on screen until
 * the next is ready. A walk over every page spends its time on the pages, not on loading the console for each.
 */
export async function visit(page: Page, path: string) {
  // The desktop's menu beside the page, or a phone's once its drawer has been opened (it stays drawn when closed).
  const menu = page.locator('[data-testid="side-menu"][data-path]');
  if ((await menu.count()) === 0) {
    await page.goto(path);
    return;
  }
  await moveWithin(page, path);
  await expect(menu, `${path} is not drawn`).toHaveAttribute('data-path', new URL(path, 'http://x').pathname, {
    timeout: 45_000,
  });
}

/** Moves the loaded console to `path` as its own links do (the history's next entry), without loading it again. */
export async function moveWithin(page: Page, path: string) {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, path);
}

/** Waits until the routed page shows something and nothing in it still loads. */
export async function pageSettled(page: Page, path: string) {
  const main = page.locator('main');
  await expect(main, `${path} shows nothing`).not.toBeEmpty({ timeout: 45_000 });
  await expect(main.locator('.ant-spin-spinning, .ant-skeleton')).toHaveCount(0, { timeout: 45_000 });
}

/**
 * Waits until every running finite animation and transition on the page has ended (a button fading in as its page
 * settles, a dialog zooming open), so what is read of colours and places is the page at rest. Endless ones (a
 * spinner) and paused ones, which would never end, are not waited for.
 */
export async function motionDone(page: Page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.playState === 'running' && Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/**
 * Opens a select (its field, as the caller finds it) and picks the option once the dropdown has finished sliding
 * in: a click while it moves can miss the option and leave the select as it was (a loaded machine once kept the
 * users list's role filter empty that way).
 */
export async function chooseOption(page: Page, field: Locator, option: string) {
  await field.click();
  const dropdown = page.locator('.ant-select-dropdown:visible').last();
  await expect(dropdown).not.toHaveClass(/-(appear|enter)\b/);
  await dropdown.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
  await expect(dropdown).toBeHidden();
}

// Script side effects of the XSS corpus (each payload sets window.__xss or opens a dialog if it ever runs), watched
// on the console (xss.spec.ts) and the portal (portal.spec.ts).

export type Ran = { dialogs: string[] };

/** Watches a page for a payload's side effects: a dialog (alert, confirm, prompt) or window.__xss in any frame. */
export function watchForScripts(page: Page): Ran {
  const ran: Ran = { dialogs: [] };
  page.on('dialog', async (dialog) => {
    ran.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return ran;
}

export async function expectNothingRan(page: Page, ran: Ran, where: string) {
  // Time for an image's onerror, a meta refresh or an animation's handler to have fired.
  await page.waitForTimeout(500);
  const marks = await Promise.all(
    page
      .frames()
      .map((frame) => frame.evaluate(() => (window as unknown as { __xss?: unknown }).__xss ?? null).catch(() => null)),
  );
  expect(ran.dialogs, `dialogs on ${where}`).toEqual([]);
  expect(
    marks.filter((m) => m !== null),
    `window.__xss on ${where}`,
  ).toEqual([]);
}

/** What the API's boundary refuses (C0 controls but tab and line breaks, DEL, lone surrogates). */
export const hasControlCharacters = (text: string) =>
  [...text].some((ch) => {
    const c = ch.codePointAt(0) ?? 0;
    return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f || (c >= 0xd800 && c <= 0xdfff);
  });
