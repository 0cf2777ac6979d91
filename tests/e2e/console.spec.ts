// The console as its users meet it, against the system started with `npm start`.

import {
  apiAs,
  cancelDialogDiscarding,
  demoPassword,
  findUserRows,
  inLanguage,
  signIn,
  submitDialog,
  visit,
} from './support';
import { expect, test } from './test';

const townships = ['城关镇', '东湖街道', '西山镇', '南岭乡', '北塘街道', '清河镇'];

test('a township admin signs in, sees only their township, creates an article and finds it listed', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByTestId('login-username').fill('chengguan');
  await page.getByTestId('login-password').fill(demoPassword);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('side-menu')).toBeVisible();

  await page.getByTestId('menu-units').click();
  const tree = page.getByTestId('units-tree');
  await expect(tree).toContainText('城关镇机关支部');
  for (const other of townships.filter((t) => t !== '城关镇')) await expect(tree).not.toContainText(other);

  await page.getByTestId('menu-content-articles').click();
  const table = page.getByTestId('article-table');
  await expect(table.locator('tbody tr.ant-table-row').first()).toBeVisible();
  const unitCells = await table.locator('tbody tr.ant-table-row').allInnerTexts();
  expect(unitCells.length).toBeGreaterThan(0);
  for (const row of unitCells) expect(row).toContain('城关镇');

  await page.getByTestId('article-new').click();
  await page.getByTestId('article-column').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '党建动态' }).click();
  const title = `端到端测试文章 ${Date.now()}`;
  await page.getByTestId('article-title').fill(title);
  await page.getByTestId('article-body').fill('这是端到端测试创建的文章正文。');
  await page.getByTestId('article-form-save').click();
  await expect(page.getByTestId('article-table')).toContainText(title);
});

test('a municipal admin sees every township, and the overview counts the whole tree', async ({ page }) => {
  await signIn(page, 'admin', '/units');
  const tree = page.getByTestId('units-tree');
  for (const name of townships) await expect(tree).toContainText(name);
  await page.getByTestId('menu-overview').click();
  const figure = (i: number) => page.getByTestId(`overview-unit-figure-${i}`);
  // The whole tree as the server lists it (other files add units and accounts as they run): at least the
  // demo's 55 units and 11 accounts.
  const query = async <T>(path: string, input: unknown) =>
    (await (await page.request.get(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`)).json()).result
      .data as T;
  const units = await query<unknown[]>('identity.units.tree', {});
  const users = await query<{ total: number }>('identity.users.list', { page: 1, pageSize: 1 });
  expect(units.length).toBeGreaterThanOrEqual(55);
  expect(users.total).toBeGreaterThanOrEqual(11);
  await expect(figure(0)).toHaveText(units.length.toLocaleString('en-US'));
  await expect(figure(1)).toHaveText(users.total.toLocaleString('en-US'));
});

test('with the content remote unreachable the shell keeps working and says the section is unavailable', async ({
  page,
}) => {
  await page.route('**/remotes/content/**', (route) => route.abort('connectionrefused'));
  await signIn(page, 'admin', '/content/articles');
  await expect(page.getByTestId('remote-unavailable')).toBeVisible();
  await expect(page.getByTestId('remote-unavailable')).toContainText('内容管理暂时不可用');
  await expect(page.getByTestId('remote-retry')).toBeVisible();
  await page.getByTestId('menu-units').click();
  await expect(page.getByTestId('units-tree')).toContainText('江城市');
});

test('repeated wrong passwords end in a lockout message', async ({ page, playwright }) => {
  // An account of its own: locking a demo login would refuse it to every spec that runs after this one.
  const admin = await apiAs(playwright, 'admin');
  const units = await admin.data<{ id: number; name: string }[]>(admin.query('identity.units.tree', {}));
  const username = `lockout${Date.now().toString(36)}`;
  await admin.data(
    admin.mutate('identity.users.create', {
      username,
      displayName: '锁定测试',
      unitId: units.find((u) => u.name === '城关镇')?.id,
      password: 'Lockout#2026',
    }),
  );
  await admin.api.dispose();
  await page.goto('/');
  for (let i = 0; i < 5; i++) {
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(`wrong-password-${i}`);
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-error')).toBeVisible();
  }
  await expect(page.getByTestId('login-error')).toContainText('锁定');
});

test('react and antd initialise once across shell and remote (shared singletons hold)', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  const remoteScripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' && r.url().includes('/remotes/content/')) remoteScripts.push(r.url());
  });
  await signIn(page, 'admin', '/content/articles');
  await expect(page.getByTestId('article-table')).toBeVisible();
  // One antd for shell and remote: the shell's own, which it provides to the remote, so the remote's components
  // read the shell's configuration (its primary button wears the shell's theme colour, #c8102e).
  await expect(page.getByTestId('article-new')).toHaveCSS('background-color', 'rgb(200, 16, 46)');
  // The remote ran on the shell's shared libraries: it fetched its own code, never its fallback copies
  // of a shared library (built as `__prebuild__<name>`), so React, antd and the query client exist once.
  expect(remoteScripts.length).toBeGreaterThan(0);
  expect(remoteScripts.filter((url) => url.includes('__prebuild__'))).toEqual([]);
  expect(errors.filter((e) => /Invalid hook call|more than one copy of React/i.test(e))).toEqual([]);
});

test('every page loads its data without an error, in both languages', async ({ page }) => {
  // The pages of four teams, then the round in English.
  test.setTimeout(300_000);
  // donghu: switching language is saved on the account, so no other test's account is touched.
  await signIn(page, 'donghu', '/');
  // A reply template of the township (the current unit), so the mailbox's templates page has a row to show.
  const csrf = (await page.context().cookies()).find((c) => c.name === 'strata_csrf')?.value ?? '';
  const units = await page.request.get(`/trpc/identity.units.tree?input=${encodeURIComponent('{}')}`);
  const township = (await units.json()).result.data[0] as { id: number };
  const template = await page.request.post('/trpc/mailbox.templates.create', {
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
    data: { unitId: township.id, title: `端到端答复模板 ${Date.now()}`, body: '您好，您的来信已收到，我们正在办理。' },
  });
  expect(template.ok(), await template.text()).toBe(true);
  // [path, the page's test id, what shows its data when no table row, tree node or form does]
  const pages: [string, string, string?][] = [
    ['/units', 'units-tree'],
    ['/users', 'users-search'],
    ['/audit', 'audit-table'],
    ['/content/articles', 'article-table'],
    ['/content/columns', 'column-table'],
    ['/content/articles/new', 'article-form'],
    ['/mailbox/letters', 'letter-table'],
    ['/mailbox/templates', 'template-table'],
    ['/mailbox/settings', 'deadlines-form'],
    ['/mailbox/stats', 'stats-ranking'],
    ['/mailbox/board', 'board-table'],
    ['/members/registry', 'registry-table'],
    ['/members/lifecycle', 'lifecycle-table'],
    ['/members/transfers', 'transfers-table'],
    ['/members/floating', 'floating-table'],
    ['/members/stats', 'stats-total'],
    ['/members/map', 'map-list'],
    ['/dues/members', 'dues-members-table'],
    ['/dues/ledger', 'ledger-table'],
    ['/dues/hardship', 'hardship-table'],
    ['/dues/remittances', 'remittances-table'],
    ['/dues/reports', 'reports-page'],
    ['/dues/rules', 'rules-page'],
    ['/volunteers/activities', 'activities-table'],
    ['/volunteers/people', 'people-table'],
    ['/volunteers/teams', 'teams-table'],
    ['/volunteers/hours', 'hours-table'],
    ['/volunteers/certificates', 'certificates-table'],
    ['/volunteers/stats', 'stats-card-volunteers'],
    ['/training/learn', 'learn-page', '[role=progressbar]'],
    ['/training/courses', 'courses-table'],
    ['/training/enrolments', 'enrolments-table'],
    ['/training/reports', 'reports-page'],
    ['/training/certificates', 'certificates-table'],
  ];
  // Each page as the console's own links open it, within the console loaded once: loading it afresh for each of the
  // 34 pages cost the renderer about 0.65 s of CPU a page (deep links are loaded by the other specs).
  for (const [path, testId, data = '.ant-table-row, .ant-tree-treenode, form'] of pages) {
    await visit(page, path);
    await expect(page.getByTestId(testId)).toBeVisible();
    await expect(page.locator(data).filter({ visible: true }).first()).toBeVisible();
    await expect(page.getByTestId('error-alert')).toHaveCount(0);
  }
  // The statistics draw their charts (ECharts, loaded with the page's first chart) from the demo's letters.
  await visit(page, '/mailbox/stats');
  await expect(page.getByTestId('stats-chart-months').locator('svg')).toBeVisible();
  await expect(page.getByTestId('stats-card-received')).not.toContainText(/^收信\s*0$/);
  await inLanguage(page, 'en-US', async () => {
    await page.goto('/content/articles');
    await expect(page.getByTestId('side-menu')).toContainText('Articles');
    await expect(page.getByTestId('error-alert')).toHaveCount(0);
    await page.goto('/mailbox/letters');
    await expect(page.getByTestId('side-menu')).toContainText('Reply templates');
    await expect(page.getByTestId('letter-views')).toContainText('Overdue');
    await expect(page.getByTestId('error-alert')).toHaveCount(0);
  });
});

test("a remote's words follow a language chosen after one of its pages brought its own", async ({ page }) => {
  // The sensitive-words page adds its words to the content namespace in both languages when it opens; the remote's
  // own English was still fetched when the language changed (it had counted as loaded: it stayed Chinese).
  await signIn(page, 'admin', '/content/words');
  await expect(page.getByTestId('words-page')).toBeVisible();
  await inLanguage(page, 'en-US', async () => {
    await page.getByTestId('side-menu').getByRole('menuitem', { name: 'Articles' }).click();
    await expect(page.getByTestId('article-list-page').getByRole('heading', { name: 'Articles' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
  });
});

test('the menu offers only what the role may open', async ({ page }) => {
  // A plain member of a branch.
  await signIn(page, 'member', '/');
  await expect(page.getByTestId('menu-units')).toBeVisible();
  await expect(page.getByTestId('menu-content-articles')).toBeVisible();
  await expect(page.getByTestId('menu-users')).toHaveCount(0);
  await expect(page.getByTestId('menu-audit')).toHaveCount(0);
});

test('after an admin reset, the next sign-in must change the password first', async ({ page, playwright }) => {
  // An account of its own: resetting a demo login would refuse it to every spec that signs in with it later.
  const admin = await apiAs(playwright, 'admin');
  const units = await admin.data<{ id: number; name: string }[]>(admin.query('identity.units.tree', {}));
  const username = `reset${Date.now().toString(36)}`;
  const donghu = units.find((u) => u.name === '东湖街道')?.id;
  const created = await admin.data<{ id: number }>(
    admin.mutate('identity.users.create', {
      username,
      displayName: '重置测试',
      unitId: donghu,
      password: 'Created#2026',
    }),
  );
  // A plain member's grant: an account without any has no console to land on.
  await admin.data(admin.mutate('identity.grants.add', { userId: created.id, role: 'member', unitId: donghu }));
  await admin.data(admin.mutate('identity.users.resetPassword', { id: created.id, newPassword: 'Temporary2026x' }));
  await admin.api.dispose();

  await page.goto('/');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('Temporary2026x');
  await page.getByTestId('login-submit').click();
  const form = page.getByTestId('change-password-form');
  await expect(form).toBeVisible();
  const inputs = form.locator('input[type="password"]');
  await inputs.nth(0).fill('Temporary2026x');
  await inputs.nth(1).fill('MyOwnPassword2026');
  await inputs.nth(2).fill('MyOwnPassword2026');
  await submitDialog(page);
  await expect(form).toBeHidden();
  await expect(page.getByTestId('side-menu')).toBeVisible();
});

test('a list exports every matching row as CSV, not just the page on screen', async ({ page }) => {
  await signIn(page, 'admin', '/');
  // More entries than one page holds: 25 audited language changes, ending where it started.
  const csrf = (await page.context().cookies()).find((c) => c.name === 'strata_csrf')?.value ?? '';
  for (let i = 0; i < 25; i++) {
    await page.request.post('/trpc/identity.auth.setLocale', {
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
      data: { locale: i % 2 ? 'en-US' : 'zh-CN' },
    });
  }
  await page.goto('/audit');
  await expect(page.getByTestId('audit-table').locator('tbody tr.ant-table-row').first()).toBeVisible();
  await page.getByTestId('audit-export').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export-csv').click()]);
  const csv = await (await download.createReadStream())
    .toArray()
    .then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const rows = csv.trim().split('\r\n').length - 1;
  const total = await page.request
    .get(`/trpc/identity.audit.list?input=${encodeURIComponent(JSON.stringify({ pageSize: 1 }))}`)
    .then(async (r) => (await r.json()).result.data.total as number);
  expect(rows).toBe(total);
  expect(rows).toBeGreaterThan(20);
});

test('a township admin reorders the website columns', async ({ page }) => {
  await signIn(page, 'donghu', '/content/columns');
  const rows = page.getByTestId('column-table').locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(6);
  const first = await rows.nth(0).getAttribute('data-row-key');
  const second = await rows.nth(1).getAttribute('data-row-key');
  await rows
    .nth(0)
    .getByRole('button', { name: /下移|Move down/ })
    .click();
  await expect(rows.nth(0)).toHaveAttribute('data-row-key', second as string);
  await expect(rows.nth(1)).toHaveAttribute('data-row-key', first as string);
  await page.reload();
  await expect(rows.nth(0)).toHaveAttribute('data-row-key', second as string);

  await page.getByTestId('column-add').click();
  await page.getByTestId('column-add-name').fill('志愿服务');
  await submitDialog(page);
  await expect(rows).toHaveCount(7);
  await expect(page.getByTestId('column-table')).toContainText('志愿服务');
});

test('a team’s roles and audit actions are named from its registration, in both languages', async ({ page }) => {
  await signIn(page, 'chengguan', '/users');
  // content_editor is the content team's role: its label arrives with the runtime manifest.
  await expect(await findUserRows(page, 'editor')).toContainText('内容编辑');
  await page.goto('/audit');
  await page.getByTestId('audit-action-filter').click();
  await page.keyboard.type('文章');
  await expect(page.locator('.ant-select-item-option').filter({ hasText: '新建文章' })).toBeVisible();
  await page.keyboard.press('Escape');
  await inLanguage(page, 'en-US', async () => {
    await page.goto('/users');
    await expect(await findUserRows(page, 'editor')).toContainText('Content editor');
  });
  await expect(page.getByTestId('side-menu')).toContainText('用户');
});

test('an admin editing their own account cannot switch it off, and is told why', async ({ page }) => {
  await signIn(page, 'chengguan', '/users');
  await (await findUserRows(page, 'chengguan')).getByRole('button', { name: '编辑' }).click();
  const form = page.getByTestId('user-form');
  await expect(form.getByTestId('user-disabled-switch')).toBeDisabled();
  await expect(form).toContainText('不能停用自己的账户');
});

test('an edit dialog always shows the record it opened for, and names it', async ({ page }) => {
  await signIn(page, 'chengguan', '/users');
  const openEdit = async (username: string) => {
    const row = await findUserRows(page, username);
    await expect(row).toHaveCount(1);
    await row.getByRole('button', { name: '编辑' }).click();
    return page.getByTestId('user-form');
  };
  let form = await openEdit('editor');
  await expect(page.locator('.ant-modal-title')).toContainText('城关镇内容编辑');
  await form.getByLabel('姓名').fill('改了但没保存');
  await cancelDialogDiscarding(page);
  await expect(form).toBeHidden();
  form = await openEdit('reviewer');
  await expect(page.locator('.ant-modal-title')).toContainText('城关镇审核员');
  await expect(form.getByLabel('姓名')).toHaveValue('城关镇审核员');
  await page
    .locator('.ant-modal')
    .getByRole('button', { name: /取\s*消/ })
    .click();
  // And the same record opened again shows its stored values, not the abandoned edit.
  form = await openEdit('editor');
  await expect(form.getByLabel('姓名')).toHaveValue('城关镇内容编辑');
});

test('when the session ends, any call returns to sign-in with a message, and back to the same page after', async ({
  page,
  context,
}) => {
  await signIn(page, 'chengguan', '/users');
  await expect(page.getByTestId('users-table')).toBeVisible();
  // Every call of the page has answered: one still on its way when the cookie goes would end the session before the
  // click below, and the menu it clicks would be gone (seen under CI load).
  await page.waitForLoadState('networkidle');
  // The session is gone (revoked, expired): the server no longer knows the cookie.
  await context.clearCookies({ name: 'strata_session' });
  await page.getByTestId('menu-audit').click();
  await expect(page).toHaveURL(/\/audit/);
  await expect(page.getByTestId('login-form')).toBeVisible();
  await expect(page.getByTestId('session-ended')).toBeVisible();
  await page.getByTestId('login-username').fill('chengguan');
  await page.getByTestId('login-password').fill(demoPassword);
  await page.getByTestId('login-submit').click();
  await expect(page).toHaveURL(/\/audit/);
  await expect(page.getByTestId('audit-table')).toBeVisible();
  await expect(page.getByTestId('session-ended')).toHaveCount(0);
});

test('a remote that never answers shows as unavailable with a retry, not a spinner forever', async ({ page }) => {
  // The remote's server accepts the request and then says nothing.
  await page.route('**/remotes/content/**', () => undefined);
  await signIn(page, 'admin', '/content/articles');
  await expect(page.getByTestId('remote-loading')).toBeVisible();
  await expect(page.getByTestId('remote-unavailable')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('remote-retry')).toBeVisible();
});

test('hashed scripts are cached for good in every encoding, the page itself revalidated', async ({ request }) => {
  const page = await request.get('/', { headers: { accept: 'text/html' } });
  expect(page.headers()['cache-control']).toBe('no-cache');
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(await page.text())?.[1];
  expect(script).toBeTruthy();
  for (const encoding of ['br', 'gzip', 'identity']) {
    const res = await request.get(script!, { headers: { 'accept-encoding': encoding } });
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control'], encoding).toBe('public, max-age=31536000, immutable');
  }
});

test('the first paint comes before any script: the console outline, a title and an icon', async ({ page }) => {
  await page.route('**/*.js', (route) => route.abort());
  await page.goto('/');
  await expect(page.locator('#boot-skeleton')).toBeVisible();
  await expect(page).toHaveTitle(/组织管理/);
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(icon).toBe('/favicon.svg');
  expect((await page.request.get(icon!)).headers()['content-type']).toContain('image/svg+xml');
});

test('form messages are words, not patterns, and a choice says to choose', async ({ page }) => {
  await signIn(page, 'chengguan', '/users');
  await page.getByTestId('users-create').click();
  const form = page.getByTestId('user-form');
  await form.getByLabel('用户名').fill('a b');
  await submitDialog(page);
  const usernameError = form
    .locator('.ant-form-item')
    .filter({ has: page.getByLabel('用户名') })
    .locator('.ant-form-item-explain');
  await expect(usernameError).toContainText('字母');
  await expect(usernameError).not.toContainText('^');
  await cancelDialogDiscarding(page);

  await (await findUserRows(page, 'member')).first().getByRole('button', { name: '添加授权' }).click();
  const grantForm = page.getByTestId('grant-add-form');
  await expect(grantForm).toBeVisible();
  await submitDialog(page);
  await expect(grantForm).toContainText('请选择角色');
  await expect(grantForm).not.toContainText('请输入角色');
});

test('a form dialog puts the cursor in its first field', async ({ page }) => {
  await signIn(page, 'chengguan', '/users');
  await page.getByTestId('users-create').click();
  await expect(page.getByTestId('user-form').getByLabel('用户名')).toBeFocused();
});

test('archiving a unit that still has active children is refused up front, not after a confirmation', async ({
  page,
}) => {
  await signIn(page, 'admin', '/units');
  await page.getByTestId('units-tree').getByText('城关镇', { exact: true }).click();
  await expect(page.getByTestId('unit-archive')).toBeDisabled();
  await expect(page.getByTestId('unit-archive-blocked')).toContainText('下级单位');
});
