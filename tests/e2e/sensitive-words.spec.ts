// Sensitive words as a township admin and an editor meet them: the admin adds a word to the township's list
// (the municipality's words are shown as inherited, not removable there); the editor's submission holding it is
// refused with the word named on the field, and goes through once the word is gone.

import { apiAs, chooseOption, confirmAction, signIn } from './support';
import { expect, test } from './test';

test.describe.configure({ timeout: 180_000 });

test('a township blocks a word and an editor is told which word stops the submission', async ({
  page,
  browser,
  playwright,
}) => {
  const word = `禁词${Date.now() % 100_000}`;
  await signIn(page, 'chengguan', '/content/words');
  await expect(page.getByTestId('words-page')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('word-input').fill(word);
  await page.getByTestId('word-add').click();
  await expect(page.getByText('已添加')).toBeVisible();
  const row = page.getByTestId('words-table').locator('tr').filter({ hasText: word });
  await expect(row).toContainText('禁止');

  const editorPage = await (await browser.newContext()).newPage();
  await signIn(editorPage, 'editor', '/content/articles/new');
  await expect(editorPage.getByTestId('article-form')).toBeVisible({ timeout: 60_000 });
  await chooseOption(editorPage, editorPage.getByTestId('article-column'), '党建动态');
  await editorPage.getByTestId('article-title').fill(`关于${word}的说明`);
  await editorPage.getByTestId('article-body').fill('正文。');
  await chooseOption(editorPage, editorPage.getByTestId('article-status'), '待审核');
  await editorPage.getByRole('button', { name: /保\s*存/ }).click();
  await expect(editorPage.getByTestId('article-form')).toContainText(`含有禁止发布的敏感词：${word}`);

  // Removed from the list, the same text goes through.
  await row.getByRole('button', { name: /删\s*除/ }).click();
  await confirmAction(page);
  await expect(page.getByText('已删除')).toBeVisible();
  await editorPage.getByRole('button', { name: /保\s*存/ }).click();
  await expect(editorPage.getByText('文章已创建')).toBeVisible();
  const editor = await apiAs(playwright, 'editor');
  const listed = await editor.data<{ items: { title: string; status: string }[] }>(
    editor.query('content.articles.list', { search: word }),
  );
  expect(listed.items).toEqual([expect.objectContaining({ title: `关于${word}的说明`, status: 'review' })]);
});
