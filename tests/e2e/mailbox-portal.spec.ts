// The mailbox on a unit's site in Chromium: the visitor's browser solves the proof-of-work challenge by itself (this
// origin's altcha widget, no outside service), the letter goes in, the receipt gives its query code, and the code
// opens the letter. What a visitor writes shows as text, on the portal and in the console where 东湖街道 handles it:
// the XSS payloads in a title and a body never run. On a phone
// the form reads without sideways scrolling. Its letters go to 东湖街道's mailbox, which no console spec reads.
// PORTAL_SHOTS_DIR, when set, receives screenshots of the form and the receipt.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { xssPayloads } from '@strata/text';
import { expectNothingRan, signIn, watchForScripts } from './support';
import { expect, test } from './test';

const shots = process.env.PORTAL_SHOTS_DIR;

test('a visitor writes to the mailbox, gets a query code and follows the letter', async ({ page }) => {
  const ran = watchForScripts(page);
  await page.goto('/site/donghu/mailbox');
  await expect(page.getByRole('heading', { name: '领导信箱', level: 1 })).toBeVisible();
  await page.getByLabel('投诉', { exact: true }).check();
  const title = `${xssPayloads[0]?.slice(0, 20) ?? '<b>'}路灯`;
  await page.getByLabel('标题', { exact: true }).fill(title);
  await page.getByLabel('内容', { exact: true }).fill(`路灯坏了两周。${xssPayloads.slice(0, 3).join(' ')}`);
  await page.getByLabel('姓名', { exact: true }).fill('周九');
  await page.getByLabel('联系电话', { exact: true }).fill('13911112222');
  // The widget fetches its challenge and solves it in the browser; its answer fills the hidden field.
  await expect(page.locator('input[name="altcha"]')).toHaveValue(/.{40,}/, { timeout: 30_000 });
  if (shots) {
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'mailbox-form-zh-CN-1440.png'), fullPage: true });
  }
  await page.getByRole('button', { name: '提交来信' }).click();
  await expect(page.getByRole('heading', { name: '来信已收到' })).toBeVisible();
  const code = (await page.locator('p.code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  if (shots) await page.screenshot({ path: join(shots, 'mailbox-receipt-zh-CN-1440.png'), fullPage: true });

  await page.getByRole('link', { name: '查看办理进度和答复' }).click();
  await page.getByLabel('查询码', { exact: true }).fill(code.toLowerCase());
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByRole('heading', { name: title, level: 2 })).toBeVisible();
  await expect(page.getByText('已收到，待受理')).toBeVisible();
  await expectNothingRan(page, ran, 'the mailbox pages');

  // In the console, the township's handler finds it in the queue and opens it: the same text, shown as text.
  await signIn(page, 'donghu', '/mailbox/letters');
  await page.getByTestId('letter-filter-search').fill('路灯');
  await page.getByTestId('letter-filter-search').press('Enter');
  await page.getByRole('link', { name: title }).first().click();
  await expect(page.getByTestId('letter-content')).toContainText('路灯坏了两周。<script>');
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expectNothingRan(page, ran, 'the console letter page');
});

test('the letter form reads on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/site/donghu/mailbox');
  const facts = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
  }));
  expect(facts.scrollWidth).toBeLessThanOrEqual(facts.width);
  if (shots) await page.screenshot({ path: join(shots, 'mailbox-form-zh-CN-390.png'), fullPage: true });
});
