// Destructive acts follow the review workflow, as the demo's editor, reviewer and admin meet them: what the
// public read is withdrawn by a reviewer, deleting it moves it to the recycle bin (restorable for 30 days),
// only an admin purges, and a draft nobody ever read is deleted outright, each confirmation saying which.

import { type Api, apiAs, confirmAction, inLanguage, openConfirmation, signIn, switchLanguage } from './support';
import { expect, type Page, test } from './test';

type Article = { id: number; title: string; status: string };

// Each test signs in on a fresh page (see signInTo) and walks several pages after.
test.describe.configure({ timeout: 180_000 });

/** A new article in 城关镇's news column, written by the reviewer with the status asked for. */
async function reviewersArticle(reviewer: Api, status: 'draft' | 'published', label: string): Promise<Article> {
  const units = await reviewer.data<{ id: number; name: string }[]>(reviewer.query('identity.units.tree', {}));
  const chengguan = units.find((u) => u.name === '城关镇');
  const columns = await reviewer.data<{ id: number; name: string }[]>(
    reviewer.query('content.columns.list', { unitId: chengguan?.id }),
  );
  const column = columns.find((c) => c.name === '党建动态');
  return reviewer.data<Article>(
    reviewer.mutate('content.articles.create', {
      columnId: column?.id,
      title: `${label} ${Date.now()}`,
      summary: '',
      body: '回收站端到端测试的正文。',
      status,
    }),
  );
}

/**
 * Signs in straight onto a page and waits for it: on two busy cores the shell and the remote's first load
 * take far longer than any later step, so only this wait is long.
 */
async function signInTo(page: Page, username: string, path: string, testId: string) {
  await signIn(page, username, path);
  await expect(page.getByTestId(testId)).toBeVisible({ timeout: 60_000 });
}

/** On the article list: searches for one title, and answers that article's row. */
async function articleRow(page: Page, title: string) {
  const search = page.getByRole('searchbox', { name: /搜索标题|Search/ });
  await search.fill(title);
  await search.press('Enter');
  const row = page.getByTestId('article-table').locator('tbody tr.ant-table-row').filter({ hasText: title });
  await expect(row).toHaveCount(1);
  return row;
}

test('an editor is not offered delete on published content, nor after an edit sent it back to review, and the server refuses it', async ({
  page,
  playwright,
}) => {
  const reviewer = await apiAs(playwright, 'reviewer');
  const editor = await apiAs(playwright, 'editor');
  const article = await reviewersArticle(reviewer, 'published', '编辑不可删除的已发布文章');

  await signInTo(page, 'editor', '/content/articles', 'article-table');
  let row = await articleRow(page, article.title);
  await expect(row).toContainText('已发布');
  await expect(row.getByRole('link', { name: '编辑', exact: true })).toBeVisible();
  await expect(row.getByRole('button', { name: /删\s*除/ })).toHaveCount(0);
  await expect(row.getByRole('button', { name: /撤\s*回/ })).toHaveCount(0);
  expect((await editor.mutate('content.articles.delete', { id: article.id })).status()).toBe(403);

  // The editor's edit sends it back to review; it was public all the same, so it is still not theirs to delete.
  const edited = await editor.data<Article>(
    editor.mutate('content.articles.update', { id: article.id, title: `${article.title}（改）` }),
  );
  expect(edited.status).toBe('review');
  await page.reload();
  row = await articleRow(page, edited.title);
  await expect(row).toContainText('待审核');
  await expect(row.getByRole('button', { name: /删\s*除/ })).toHaveCount(0);
  expect((await editor.mutate('content.articles.delete', { id: article.id })).status()).toBe(403);
  await page.reload();
  await expect(await articleRow(page, edited.title)).toContainText('待审核');
});

test('a reviewer withdraws a published article: it leaves the public state, stays in the console, audited', async ({
  page,
  playwright,
}) => {
  const reviewer = await apiAs(playwright, 'reviewer');
  const article = await reviewersArticle(reviewer, 'published', '审核员撤回的文章');

  await signInTo(page, 'reviewer', '/content/articles', 'article-table');
  const row = await articleRow(page, article.title);
  await row.getByRole('button', { name: /撤\s*回/ }).click();
  await expect(openConfirmation(page)).toContainText('不再公开');
  await confirmAction(page);
  await expect(row).toContainText('已归档');
  await expect(row.getByRole('button', { name: /撤\s*回/ })).toHaveCount(0);

  const stored = await reviewer.data<Article>(reviewer.query('content.articles.get', { id: article.id }));
  expect(stored.status).toBe('archived');
  const admin = await apiAs(playwright, 'admin');
  const log = await admin.data<{ items: { entityId: string; action: string }[] }>(
    admin.query('identity.audit.list', { action: 'article.withdraw', pageSize: 100 }),
  );
  expect(log.items.filter((e) => e.entityId === String(article.id))).toHaveLength(1);
});

test('deleting an ever-public article moves it to the recycle bin, from where the reviewer restores it where it was', async ({
  page,
  playwright,
}) => {
  const reviewer = await apiAs(playwright, 'reviewer');
  const article = await reviewersArticle(reviewer, 'published', '进回收站又恢复的文章');

  await signInTo(page, 'reviewer', '/content/articles', 'article-table');
  const row = await articleRow(page, article.title);
  await row.getByRole('button', { name: /删\s*除/ }).click();
  await expect(openConfirmation(page)).toContainText('回收站');
  await expect(openConfirmation(page)).toContainText('30 天');
  await confirmAction(page);
  await expect(row).toHaveCount(0);

  await page.getByTestId('menu-content-recycle-bin').click();
  const binned = page
    .getByTestId('recycle-bin-table')
    .locator('tbody tr.ant-table-row')
    .filter({ hasText: article.title });
  await expect(binned).toHaveCount(1);
  await expect(binned).toContainText('城关镇审核员');
  await expect(binned).toContainText('已发布');
  await expect(binned).toContainText('30 天');
  await expect(binned.getByRole('button', { name: /彻底删除/ })).toHaveCount(0);
  await binned.getByRole('button', { name: /恢\s*复/ }).click();
  await expect(openConfirmation(page)).toContainText('已发布');
  await confirmAction(page);
  await expect(binned).toHaveCount(0);

  await page.getByTestId('menu-content-articles').click();
  await expect(page.getByTestId('article-table')).toBeVisible();
  await expect(await articleRow(page, article.title)).toContainText('已发布');
  expect((await reviewer.data<Article>(reviewer.query('content.articles.get', { id: article.id }))).status).toBe(
    'published',
  );
});

test('only an admin purges from the recycle bin, after a confirmation that says it cannot be undone', async ({
  page,
  playwright,
}) => {
  const reviewer = await apiAs(playwright, 'reviewer');
  const article = await reviewersArticle(reviewer, 'published', '被管理员彻底删除的文章');
  await reviewer.data(reviewer.mutate('content.articles.delete', { id: article.id }));
  expect((await reviewer.query('content.articles.get', { id: article.id })).status()).toBe(404);
  expect((await reviewer.mutate('content.recycleBin.purge', { id: article.id })).status()).toBe(403);

  await signInTo(page, 'admin', '/content/recycle-bin', 'recycle-bin-table');
  // The whole municipality's bin: found by its title, and the search stays in the address.
  const rows = page.getByTestId('recycle-bin-table').locator('tbody tr.ant-table-row');
  const search = page.getByRole('searchbox', { name: /搜索标题|Search titles/ });
  await search.fill(article.title);
  await search.press('Enter');
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(rows).toHaveCount(1);
  const binned = rows.filter({ hasText: article.title });
  await expect(binned).toHaveCount(1);
  await binned.getByRole('button', { name: /彻底删除/ }).click();
  await expect(openConfirmation(page)).toContainText('无法恢复');
  await confirmAction(page);
  await expect(binned).toHaveCount(0);
  expect((await reviewer.mutate('content.recycleBin.restore', { id: article.id })).status()).toBe(404);
});

test('a draft nobody ever read is deleted outright, and the confirmation says so; the editor has no recycle bin', async ({
  page,
  playwright,
}) => {
  const editor = await apiAs(playwright, 'editor');
  const reviewer = await apiAs(playwright, 'reviewer');
  const draft = await reviewersArticle(reviewer, 'draft', '从未公开的草稿');

  await signInTo(page, 'editor', '/content/articles', 'article-table');
  await expect(page.getByTestId('menu-content-articles')).toBeVisible();
  await expect(page.getByTestId('menu-content-recycle-bin')).toHaveCount(0);
  const row = await articleRow(page, draft.title);
  await row.getByRole('button', { name: /删\s*除/ }).click();
  await expect(openConfirmation(page)).toContainText('从未公开');
  await expect(openConfirmation(page)).toContainText('无法恢复');
  await confirmAction(page);
  await expect(row).toHaveCount(0);
  expect((await editor.query('content.articles.get', { id: draft.id })).status()).toBe(404);
});

test('the recycle bin says when it is empty, in both languages, and fits a phone', async ({ page }) => {
  // donghu's township: nothing of this file is ever deleted there.
  await signInTo(page, 'donghu', '/content/recycle-bin', 'recycle-bin-table');
  // The account's saved language is whatever another file left it at: start from Chinese.
  await switchLanguage(page, 'zh-CN');
  await expect(page.getByTestId('recycle-bin-table')).toContainText('回收站是空的');
  await inLanguage(page, 'en-US', async () => {
    await expect(page.getByTestId('recycle-bin-table')).toContainText('The recycle bin is empty');
  });
  await page.setViewportSize({ width: 390, height: 800 });
  await page.reload();
  await expect(page.getByTestId('recycle-bin-table')).toContainText('回收站是空的', { timeout: 60_000 });
  // The page itself fits a phone; its table scrolls inside it. (The shell's header is the shell's to fit.)
  const frame = await page
    .getByTestId('recycle-bin-page')
    .evaluate((el) => ({ right: el.getBoundingClientRect().right, inner: el.scrollWidth - el.clientWidth }));
  expect(frame.right).toBeLessThanOrEqual(390);
  expect(frame.inner).toBeLessThanOrEqual(0);
});

test('a column holding articles is not offered for deletion; an empty one is, after a confirmation', async ({
  page,
  playwright,
}) => {
  const admin = await apiAs(playwright, 'chengguan');
  const units = await admin.data<{ id: number; name: string }[]>(admin.query('identity.units.tree', {}));
  const chengguan = units.find((u) => u.name === '城关镇');
  const name = `空栏目${Date.now() % 100_000}`;
  const empty = await admin.data<{ id: number }>(
    admin.mutate('content.columns.create', { unitId: chengguan?.id, name, cadence: 'weekly' }),
  );

  await signInTo(page, 'chengguan', '/content/columns', 'column-table');
  const rows = page.getByTestId('column-table').locator('tbody tr.ant-table-row');
  await expect(rows.filter({ hasText: '党建动态' }).getByRole('button', { name: /删\s*除/ })).toBeDisabled();
  await page.getByTestId(`column-delete-${empty.id}`).click();
  await expect(openConfirmation(page)).toContainText(name);
  await expect(openConfirmation(page)).toContainText('无法恢复');
  await confirmAction(page);
  await expect(rows.filter({ hasText: name })).toHaveCount(0);
});
