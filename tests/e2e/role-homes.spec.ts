// Each role lands on what it came for (issue 14, point 2): a member on their own page (their dues, hours, courses,
// their branch's news, the topics they wrote), an editor on their drafts, a reviewer on the review queue, a handler on
// the letters to answer, a trainer on their classes; an admin on the dashboard, with their own page a click away.
// And the large screen: the dashboard full screen around the members' unit map, re-scoped by a unit picked on it.
import { signIn } from './support';
import { expect, type Page, test } from './test';

test.describe.configure({ timeout: 180_000 });

/** The card has drawn: its first figure, and no fallback. */
async function expectDrawn(page: Page, testId: string) {
  await expect(page.getByTestId(`${testId}-figure-0`)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId(`${testId}-unavailable`)).toHaveCount(0);
}

test('a member lands on their own page: dues, hours, courses, news and their topics; no admin figures', async ({
  page,
}) => {
  await signIn(page, 'member', '/');
  await expect(page.getByTestId('overview-mine')).toBeVisible();
  for (const card of [
    'widget-dues-mine',
    'widget-volunteers-mine',
    'widget-training-learning',
    'widget-content-news',
    'widget-mailbox-topics',
  ])
    await expectDrawn(page, card);
  // The columns' freshness is for those who decide what is published; a member holds no dashboard at all.
  await expect(page.getByTestId('widget-content-freshness')).toHaveCount(0);
  await expect(page.getByTestId('overview-unit')).toHaveCount(0);
  await expect(page.getByTestId('overview-view')).toHaveCount(0);
  // The dues card's figures are the member's own statement.
  const statement = (await (
    await page.request.get(`/trpc/dues.statements.mine?input=${encodeURIComponent('{}')}`)
  ).json()) as { result: { data: { arrears: { totalFen: number } } } };
  const owed = statement.result.data.arrears.totalFen / 100;
  await expect(page.getByTestId('widget-dues-mine-figure-0')).toContainText(
    owed.toLocaleString('en-US', { minimumFractionDigits: 2 }),
  );
  // A topic they wrote opens on the board.
  const topic = page.getByTestId('widget-mailbox-topics-item-0').getByRole('link');
  await expect(topic).toBeVisible();
  const title = (await topic.textContent()) ?? '';
  await topic.click();
  await expect(page).toHaveURL(/\/mailbox\/board\/\d+/);
  await expect(page.locator('main')).toContainText(title);
});

for (const [username, card, opens] of [
  ['editor', 'widget-content-drafts', /\/content\/articles\/\d+/],
  ['reviewer', 'widget-content-review', /\/content\/articles/],
  ['mailbox', 'widget-mailbox-queue', /\/mailbox\/letters\/\d+/],
  ['trainer', 'widget-training-teaching', /\/training\/sessions\/\d+/],
] as const)
  test(`${username} lands on what waits for them (${card})`, async ({ page }) => {
    await signIn(page, username, '/');
    await expect(page.getByTestId('overview-mine')).toBeVisible();
    await expectDrawn(page, card);
    if (opens) {
      const item = page.getByTestId(`${card}-item-0`).getByRole('link');
      await expect(item).toBeVisible();
      await item.click();
      await expect(page).toHaveURL(opens);
    }
  });

test('an admin lands on the dashboard, and finds their own page one click away', async ({ page }) => {
  await signIn(page, 'admin', '/');
  await expect(page.getByTestId('overview-unit')).toBeVisible();
  await expectDrawn(page, 'widget-content-freshness');
  await expect(page.getByTestId('overview-mine')).toHaveCount(0);
  await page.getByTestId('overview-view').getByText('我的工作台').click();
  await expect(page).toHaveURL(/view=mine/);
  await expectDrawn(page, 'widget-content-review');
  await expectDrawn(page, 'widget-mailbox-queue');
  await expect(page.getByTestId('overview-unit')).toHaveCount(0);
});

test('the large screen: the dashboard around the unit map, re-scoped by a unit picked on it', async ({ page }) => {
  await signIn(page, 'admin', '/');
  await page.getByTestId('overview-screen').click();
  await expect(page).toHaveURL(/\/screen$/);
  await expect(page.getByTestId('screen-page')).toBeVisible();
  // No console frame: the dashboard alone.
  await expect(page.getByTestId('menu-overview')).toHaveCount(0);
  await expectDrawn(page, 'widget-members-stages');
  await expectDrawn(page, 'widget-dues-collection');
  const ranking = page.getByTestId('screen-ranking');
  await expect(ranking).toBeVisible({ timeout: 30_000 });
  const first = ranking.locator('[data-testid^="screen-ranking-name-"]').first();
  // Its place, then its name ("1. 东湖街道").
  const name = ((await first.textContent()) ?? '').replace(/^\d+\.\s*/, '');
  expect(name).not.toBe('');
  await first.click();
  await expect(page.getByTestId('screen-title')).toContainText(name);
  await expectDrawn(page, 'widget-members-stages');
  await page.getByTestId('screen-exit').click();
  await expect(page.getByTestId('overview-page')).toBeVisible();
});

test('the large screen without the members’ remote: its centre falls back, the figures stay', async ({ page }) => {
  await page.route('**/remotes/members/**', (route) => route.abort('connectionrefused'));
  await signIn(page, 'admin', '/screen');
  await expect(page.getByTestId('screen-centre-unavailable')).toBeVisible({ timeout: 30_000 });
  await expectDrawn(page, 'widget-dues-collection');
  await page.unroute('**/remotes/members/**');
  await page.getByTestId('screen-centre-unavailable').getByRole('button').click();
  await expect(page.getByTestId('screen-ranking')).toBeVisible({ timeout: 30_000 });
});

test('a member’s own page at a phone’s width: one column', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'member', '/');
  const card = page.getByTestId('widget-dues-mine');
  await expectDrawn(page, 'widget-dues-mine');
  const box = await card.boundingBox();
  expect(box?.width ?? 0).toBeLessThanOrEqual(390);
});
