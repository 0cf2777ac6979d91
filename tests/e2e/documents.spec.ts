// The document library as a township admin meets it: a PDF uploaded with its title and category, listed; a second
// version uploaded from its details, the list and the details then showing version 2 with the first still there;
// deleted after confirming, with its versions. Screenshots of the page at desktop and phone widths, in Chinese and
// English, go to DOCS_SHOTS when it is set.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chooseOption, confirmAction, inLanguage, signIn, submitDialog } from './support';
import { expect, type Page, test } from './test';

test.describe.configure({ timeout: 180_000 });

/** A small, valid one-page PDF, made here (no binary files in the repository). */
function pdf(text: string): Buffer {
  const stream = `BT /F1 12 Tf 20 100 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const shots = process.env.DOCS_SHOTS;

/** Saves the page as `name` at `width` (the page's whole height), when screenshots were asked for. */
async function shoot(page: Page, name: string, width: number) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
  await expect(page.getByTestId('document-table')).toBeVisible();
  await expect(page.locator('main .ant-spin-spinning')).toHaveCount(0);
  await page.screenshot({ path: join(shots, `${name}-${width}.png`), fullPage: true });
}

/** The list's row of one title, searched for. */
async function documentRow(page: Page, title: string) {
  const search = page.getByTestId('document-filter-search');
  await search.fill(title);
  await search.press('Enter');
  return page.getByTestId('document-table').locator('tbody tr.ant-table-row').filter({ hasText: title });
}

test('a township admin uploads a document, adds a second version and deletes it', async ({ page, request }) => {
  const title = `党支部工作制度 ${Date.now()}`;
  await signIn(page, 'chengguan', '/content/documents');
  await expect(page.getByTestId('documents-page')).toBeVisible({ timeout: 60_000 });

  // Upload: the file first, then the title, a new category and public visibility.
  await page.getByTestId('document-upload').click();
  const form = page.getByTestId('document-form');
  await expect(form).toBeVisible();
  await page
    .getByTestId('document-file-input')
    .setInputFiles({ name: 'work-rules-v1.pdf', mimeType: 'application/pdf', buffer: pdf('Version 1') });
  await expect(page.getByTestId('document-file-chosen')).toContainText('work-rules-v1.pdf');
  await expect(page.getByTestId('document-title')).toHaveValue('work-rules-v1');
  await page.getByTestId('document-title').fill(title);
  await page.getByTestId('document-category').fill('规章制度');
  await page.getByTestId('document-description').fill('支部日常工作的基本制度');
  await page.getByTestId('document-note').fill('初稿');
  await chooseOption(page, page.getByTestId('document-visibility'), '公开');
  await submitDialog(page);
  await expect(page.getByText('文档已上传')).toBeVisible();
  await expect(form).toBeHidden();

  // Listed, version 1, public, its file a download link.
  let row = await documentRow(page, title);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('规章制度');
  await expect(row).toContainText('公开');
  await expect(row).toContainText('v1');
  await expect(row.getByRole('link', { name: 'work-rules-v1.pdf' })).toHaveAttribute(
    'href',
    /^\/files\/\d+\/work-rules-v1\.pdf$/,
  );
  // The current file of a public document is public: it downloads without a session too.
  const href = (await row.getByRole('link', { name: 'work-rules-v1.pdf' }).getAttribute('href')) as string;
  const anonymous = await request.get(href);
  expect([anonymous.status(), anonymous.headers()['content-type']]).toEqual([200, 'application/pdf']);

  // A second version, from the details.
  await row.getByRole('button', { name: title }).click();
  const detail = page.getByTestId('document-detail');
  await expect(detail.getByTestId('document-versions').locator('tbody tr.ant-table-row')).toHaveCount(1);
  await detail.getByRole('button', { name: '上传新版本' }).click();
  await expect(page.getByTestId('document-version-form')).toBeVisible();
  await page
    .getByTestId('document-version-form')
    .getByTestId('document-file-input')
    .setInputFiles({ name: 'work-rules-v2.pdf', mimeType: 'application/pdf', buffer: pdf('Version 2') });
  await page.getByTestId('document-version-form').getByTestId('document-note').fill('根据支委会意见修订');
  await submitDialog(page);
  await expect(page.getByText('已上传第 2 版')).toBeVisible();
  const versions = detail.getByTestId('document-versions').locator('tbody tr.ant-table-row');
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText('第 2 版');
  await expect(versions.first()).toContainText('当前');
  await expect(versions.first()).toContainText('work-rules-v2.pdf');
  await expect(versions.first()).toContainText('根据支委会意见修订');
  await expect(versions.nth(1)).toContainText('work-rules-v1.pdf');
  await expect(versions.nth(1)).toContainText('初稿');
  if (shots) {
    await shoot(page, 'document-detail-zh-CN', 1440);
    await shoot(page, 'document-detail-zh-CN', 390);
    await page.setViewportSize({ width: 1280, height: 720 });
  }
  await page.getByTestId('document-detail-close').click();
  await expect(detail).toBeHidden();
  row = await documentRow(page, title);
  await expect(row).toContainText('v2');
  await expect(row.getByRole('link', { name: 'work-rules-v2.pdf' })).toBeVisible();

  if (shots) {
    await shoot(page, 'documents-zh-CN', 1440);
    await shoot(page, 'documents-zh-CN', 390);
    await inLanguage(page, 'en-US', async () => {
      await expect(page.getByTestId('documents-page')).toContainText('Documents');
      await shoot(page, 'documents-en-US', 1440);
      await shoot(page, 'documents-en-US', 390);
      await page.setViewportSize({ width: 1440, height: 900 });
    });
    await page.setViewportSize({ width: 1280, height: 720 });
    row = await documentRow(page, title);
  }

  // Deleted after confirming: the confirmation says every version goes.
  await row.getByRole('button', { name: /删\s*除/ }).click();
  await expect(page.locator('.ant-popconfirm:visible')).toContainText('2 个版本');
  await confirmAction(page);
  await expect(page.getByText('文档已删除')).toBeVisible();
  await expect(await documentRow(page, title)).toHaveCount(0);
  await expect(page.getByTestId('document-empty')).toBeVisible();
});
