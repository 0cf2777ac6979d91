// The article editor writes rich text: a heading and bold text from the toolbar, a picture uploaded from the
// toolbar (shown by its resized preview, with its file name as its description), and a cover; all saved and shown
// again when the article is opened.
import { jpegBytes } from '@strata/files/testing';
import { chooseOption, signIn } from './support';
import { expect, test } from './test';

test('an editor writes a formatted body with an uploaded picture and a cover, and finds them after saving', async ({
  page,
}) => {
  const picture = { name: '会场全景.jpg', mimeType: 'image/jpeg', buffer: await jpegBytes(1200, 900) };
  await signIn(page, 'editor', '/content/articles/new');
  await expect(page.getByTestId('article-form')).toBeVisible();
  await chooseOption(page, page.getByTestId('article-column'), '党建动态');
  const title = `图文文章 ${Date.now() % 100000}`;
  await page.getByTestId('article-title').fill(title);
  const body = page.getByTestId('article-body');
  await body.click();
  await page.getByRole('button', { name: '1 级标题' }).click();
  await page.keyboard.type('会议概况');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '加粗' }).click();
  await page.keyboard.type('要点');
  await page.getByRole('button', { name: '加粗' }).click();
  await page.keyboard.press('Enter');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '插入图片' }).click();
  await (await chooser).setFiles(picture);
  await expect(body.locator('img')).toHaveAttribute('src', /^\/files\/\d+\/preview$/);
  await expect(body.locator('img')).toHaveAttribute('alt', '会场全景');

  const coverChooser = page.waitForEvent('filechooser');
  await page.getByTestId('article-cover-upload').click();
  await (await coverChooser).setFiles(picture);
  await expect(page.getByTestId('article-cover-preview')).toBeVisible();
  await page.getByTestId('article-form-save').click();
  await expect(page.getByTestId('article-table')).toContainText(title);

  await page.getByTestId('article-table').getByRole('link', { name: title }).click();
  const saved = page.getByTestId('article-body');
  await expect(saved.locator('h2')).toHaveText('会议概况');
  await expect(saved.locator('strong')).toHaveText('要点');
  // The picture is drawn from the server: the browser loaded it.
  await expect
    .poll(() => saved.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  await expect(page.getByTestId('article-cover-preview')).toBeVisible();
});
