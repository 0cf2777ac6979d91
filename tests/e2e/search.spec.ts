// The header's search in Chromium (issue 14, point 4): Ctrl+K opens it anywhere; what is typed is asked of every team
// the user may search, and the hits are exactly those the user's scope holds (a township admin finds its own branch,
// never 东湖街道's); a unit opens the organisation page with the console switched to it, an article its page, a member
// their profile, and a member's hit never shows an ID number or a phone. On a phone the dialog fits the screen. What
// each hit should be is read from the server's own answer at that moment (other specs add rows as they run).
import type { SearchAnswer } from '@strata/contract';
import { signIn } from './support';
import { expect, type Page, test } from './test';

async function find(page: Page, team: string, q: string) {
  const res = await page.request.get(`/trpc/${team}.search.find?input=${encodeURIComponent(JSON.stringify({ q }))}`);
  expect(res.ok(), await res.text()).toBe(true);
  return (await res.json()).result.data as SearchAnswer;
}

/**
 * Opens the search by its button or by Ctrl+K, once the header offers it (the button and the shortcut come with the
 * manifest), and waits for its field.
 */
async function openSearch(page: Page, by: 'button' | 'keys') {
  await expect(page.getByTestId('search-open')).toBeVisible();
  if (by === 'keys') await page.keyboard.press('Control+K');
  else await page.getByTestId('search-open').click();
  await expect(page.getByTestId('search-input')).toBeFocused();
}

async function search(page: Page, q: string) {
  await page.getByTestId('search-input').fill(q);
}

const hits = (page: Page) => page.getByTestId('search-hit');

test('a township admin finds its own branch and opens the organisation page there, and never finds 东湖街道', async ({
  page,
}) => {
  await signIn(page, 'chengguan', '/');
  await openSearch(page, 'keys');
  await expect(page.getByRole('dialog')).toContainText('可搜索：单位、用户');

  // Another township's units are outside the grant: the server finds none, the dialog shows none.
  expect((await find(page, 'identity', '东湖')).hits.filter((h) => h.kind === 'unit')).toEqual([]);
  await search(page, '东湖');
  await expect(page.getByTestId('search-group-identity:unit')).toHaveCount(0);

  const own = (await find(page, 'identity', '卫生院')).hits.filter((h) => h.kind === 'unit');
  expect(own.map((h) => h.title)).toContain('城关镇卫生院支部');
  await search(page, '卫生院');
  const unitHit = page
    .getByTestId('search-group-identity:unit')
    .getByTestId('search-hit')
    .filter({ hasText: '城关镇卫生院支部' });
  await expect(unitHit).toBeVisible();
  await unitHit.click();
  await expect(page).toHaveURL(/\/units$/);
  await expect(page.getByTestId('unit-switcher')).toContainText('城关镇卫生院支部');
  await expect(page.getByTestId('search-input')).toHaveCount(0);
});

test('the municipal admin finds an article by its title and opens it with the keyboard', async ({ page }) => {
  await signIn(page, 'admin', '/');
  await expect(page.getByTestId('unit-switcher')).toBeVisible();
  const list = await page.request.get(
    `/trpc/content.articles.list?input=${encodeURIComponent(JSON.stringify({ page: 1, pageSize: 1, status: 'published' }))}`,
  );
  expect(list.ok(), await list.text()).toBe(true);
  const article = (await list.json()).result.data.items[0] as { id: number; title: string };
  const q = article.title.slice(0, 8);
  const answer = await find(page, 'content', q);
  const at = answer.hits.findIndex((h) => h.id === article.id);
  expect(at, 'the server finds the article by its title').toBeGreaterThanOrEqual(0);

  await openSearch(page, 'keys');
  await search(page, q);
  const articleHits = page.getByTestId('search-group-content:article').getByTestId('search-hit');
  await expect(articleHits).toHaveCount(answer.hits.length);
  await expect(articleHits.nth(at)).toContainText(article.title);
  await expect(articleHits.nth(at)).toContainText('已发布');
  // Down to the article (the units and users found come first), then Enter.
  const before = await hits(page).evaluateAll(
    (all, id) => all.findIndex((e) => e.textContent?.includes(id)),
    article.title,
  );
  for (let i = 0; i < before; i += 1) await page.keyboard.press('ArrowDown');
  await expect(hits(page).nth(before)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/content/articles/${article.id}$`));
});

test('a members officer finds a member by name, sees no personal data in the hit, and opens the profile', async ({
  page,
}) => {
  await signIn(page, 'officer', '/');
  await expect(page.getByTestId('unit-switcher')).toBeVisible();
  const some = (await find(page, 'members', '王')).hits;
  expect(some.length).toBeGreaterThan(0);
  const member = some[0] as SearchAnswer['hits'][number];
  await openSearch(page, 'button');
  await search(page, member.title);
  const memberHits = page.getByTestId('search-group-members:member').getByTestId('search-hit');
  const hit = memberHits.filter({ hasText: member.title }).first();
  await expect(hit).toBeVisible();
  const text = (await page.getByTestId('search-hits').textContent()) ?? '';
  // No ID number (18 characters), no phone (11 digits), not even masked.
  expect(text).not.toMatch(/\d{6}[\d*]{8}\d{3}[\dXx*]|1\d{2}[\d*]{4}\d{4}/);
  await hit.click();
  await expect(page).toHaveURL(new RegExp(`/members/registry/${member.id}$`));
  await expect(page.getByRole('heading', { name: member.title })).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the search opens from the header and fits the screen', async ({ page }) => {
    await signIn(page, 'admin', '/');
    await openSearch(page, 'button');
    await search(page, '城关');
    await expect(hits(page).first()).toBeVisible();
    const box = await page.getByRole('dialog').boundingBox();
    expect(box?.width ?? 0).toBeLessThanOrEqual(390);
    expect((box?.x ?? -1) >= 0).toBe(true);
  });
});
