// The review loop and the history as the demo's editor and reviewer meet them: an editor submits, the reviewer
// returns it with a reason the editor then reads on the article, the reviewer approves it; the history page
// compares two revisions side by side and restores an earlier one after a confirmation.

import { type Api, apiAs, confirmAction, signIn, submitDialog } from './support';
import { expect, type Page, test } from './test';

type Article = { id: number; title: string; status: string };

test.describe.configure({ timeout: 180_000 });

async function newsColumn(api: Api) {
  const units = await api.data<{ id: number; name: string }[]>(api.query('identity.units.tree', {}));
  const chengguan = units.find((u) => u.name === '城关镇');
  const columns = await api.data<{ id: number; name: string }[]>(
    api.query('content.columns.list', { unitId: chengguan?.id }),
  );
  return columns.find((c) => c.name === '党建动态')?.id;
}

async function openArticle(page: Page, username: string, id: number) {
  await signIn(page, username, `/content/articles/${id}`);
  await expect(page.getByTestId('article-editor-page')).toBeVisible({ timeout: 60_000 });
}

test('a reviewer returns an article with a reason its editor reads, then approves it', async ({
  page,
  browser,
  playwright,
}) => {
  const editor = await apiAs(playwright, 'editor');
  const article = await editor.data<Article>(
    editor.mutate('content.articles.create', {
      columnId: await newsColumn(editor),
      title: `送审的文章 ${Date.now()}`,
      body: '第一段。',
      status: 'review',
    }),
  );

  await openArticle(page, 'reviewer', article.id);
  await page.getByTestId('review-return').click();
  await submitDialog(page);
  await expect(page.getByText('请写明退回原因，作者会看到')).toBeVisible();
  await page.getByTestId('review-comment').fill('请补充图片的来源');
  await submitDialog(page);
  await expect(page.getByText('已退回给作者')).toBeVisible();

  const editorPage = await (await browser.newContext()).newPage();
  await openArticle(editorPage, 'editor', article.id);
  const returned = editorPage.getByTestId('review-returned');
  await expect(returned).toContainText('城关镇审核员');
  await expect(returned).toContainText('请补充图片的来源');
  // The editor resubmits; the reviewer approves.
  await editor.data(editor.mutate('content.articles.update', { id: article.id, status: 'review' }));
  await page.reload();
  await page.getByTestId('review-approve').click();
  await confirmAction(page);
  await expect(page.getByText('已通过，文章已发布')).toBeVisible();
  await expect(page.getByTestId('article-editor-page')).toContainText('已发布');
  expect((await editor.mutate('content.articles.review', { id: article.id, decision: 'approve' })).status()).toBe(403);
});

test('the history compares two revisions side by side and restores an earlier one', async ({ page, playwright }) => {
  const reviewer = await apiAs(playwright, 'reviewer');
  const article = await reviewer.data<Article>(
    reviewer.mutate('content.articles.create', {
      columnId: await newsColumn(reviewer),
      title: `有历史的文章 ${Date.now()}`,
      body: '第一段。\n第二段原文。',
      status: 'draft',
    }),
  );
  await reviewer.data(
    reviewer.mutate('content.articles.update', { id: article.id, body: '第一段。\n第二段新文。\n第三段。' }),
  );

  await openArticle(page, 'reviewer', article.id);
  await page.getByTestId('article-history-link').click();
  await expect(page.getByTestId('article-history-page')).toBeVisible();
  const diff = page.getByTestId('diff-body');
  await expect(diff.locator('del')).toHaveText(['原']);
  await expect(diff.locator('ins')).toHaveText(['新', '第三段。']);
  await expect(page.getByTestId('diff-title')).toHaveCount(0);

  await page.getByTestId('revision-restore-1').click();
  await confirmAction(page);
  await expect(page.getByText('已恢复为新版本')).toBeVisible();
  await expect(page.getByText('恢复自 #1')).toBeVisible();
  const restored = await reviewer.data<{ body: string }>(reviewer.query('content.articles.get', { id: article.id }));
  expect(restored.body).toBe('第一段。\n第二段原文。');
});
