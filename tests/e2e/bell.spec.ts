// The header's bell in Chromium, as the demo's handlers: its count is the unread news the mailbox lists for them,
// opened it lists that news under each kind's words, a letter newly assigned down to the handler's unit joins it, an
// item opens its letter, and reading (one, then all) lowers the count for good; a letter returned and assigned again
// is news again. A user without mailbox rights is never told mailbox news; on a phone the bell is a drawer that
// works alike. Other specs on the same console may leave news behind, read or not: every count here is read from the
// server's own answer at that moment, and the letter this spec sends (to 江城市's mailbox, assigned to 城关镇) is found
// by its own title. Every other team's news for the user (training's own assignments due for every account; dues,
// members' transfers and volunteers' hours for those who act on them) is counted beside the mailbox's, as the server
// lists it at that moment; training's reminder opens its course, and a dues notice opens a branch's collection list
// at the branch (the shell's `?at=`), its filters kept.
import type { NoticeList, RemoteManifest } from '@strata/contract';
import { apiAs, signIn } from './support';
import { expect, type Page, test } from './test';

// A letter passes the portal's challenge, and the mailbox remote loads after each reload: minutes on a busy machine.
test.describe.configure({ timeout: 240_000 });

/** The bell's button, by its name. */
const bellButton = (page: Page) => page.getByRole('button', { name: '通知', exact: true });
/** The unread count drawn beside the button (its only text): empty when nothing is unread. */
const badge = (page: Page) => bellButton(page).locator('xpath=..');

/** What the mailbox tells the signed-in user now (the page's own session). */
async function mailboxNews(page: Page) {
  return teamNews(page, 'mailbox');
}
async function teamNews(page: Page, team: string) {
  const res = await page.request.get(`/trpc/${team}.notices.list`);
  expect(res.ok(), await res.text()).toBe(true);
  return (await res.json()).result.data as NoticeList;
}
/** Training tells every account of its own assignments due: the bell counts them beside the mailbox's. */
const ownTraining = (page: Page) => teamNews(page, 'training');
const unreadOf = (news: NoticeList) => news.items.filter((i) => !i.read).length;

/** Every team's news for the user but the mailbox's: each source the manifest names that answers them (not 403). */
async function otherNews(page: Page) {
  const manifest = (await (await page.request.get('/manifest.json')).json()) as RemoteManifest;
  const lists: NoticeList[] = [];
  for (const team of Object.keys(manifest.notices ?? {}).filter((name) => name !== 'mailbox')) {
    const res = await page.request.get(`/trpc/${team}.notices.list`);
    if (res.status() === 403) continue;
    expect(res.ok(), await res.text()).toBe(true);
    lists.push((await res.json()).result.data as NoticeList);
  }
  return {
    unread: lists.reduce((n, news) => n + unreadOf(news), 0),
    items: lists.reduce((n, news) => n + news.items.length, 0),
  };
}

/** The words of each mailbox kind in Chinese, from the manifest the shell reads them from. */
async function kindLabels(page: Page) {
  const res = await page.request.get('/manifest.json');
  expect(res.ok()).toBe(true);
  const labels = ((await res.json()) as RemoteManifest).notices?.mailbox?.kinds['zh-CN'];
  expect(labels, 'the manifest names the mailbox as a source of news').toBeTruthy();
  return labels as Record<string, string>;
}

/** The server's answer to the bell's marking read (the count the test expects is read from the server after it). */
async function markedRead(page: Page) {
  const answer = await page.waitForResponse((r) => r.url().includes('identity.notices.markRead'));
  expect(answer.ok(), await answer.text()).toBe(true);
}

/** The badge shows `mailboxUnread` and whatever of the other teams' news for the user is unread now. */
async function expectBadge(page: Page, mailboxUnread: number) {
  const unread = mailboxUnread + (await otherNews(page)).unread;
  await expect(badge(page)).toHaveText(unread > 0 ? String(unread) : '');
}

/** Sends a consultation to a site's mailbox as the public does (the browser solves the challenge); its title. */
async function sendLetter(page: Page, site: string) {
  const title = `社区健身器材报修 ${Date.now().toString(36)}`;
  await page.goto(`/site/${site}/mailbox`);
  await page.getByLabel('咨询', { exact: true }).check();
  await page.getByLabel('标题', { exact: true }).fill(title);
  await page.getByLabel('内容', { exact: true }).fill('广场上的健身器材有一台松动了，请问应该向哪里报修？');
  await page.getByLabel('姓名', { exact: true }).fill('孙十');
  await page.getByLabel('联系电话', { exact: true }).fill('13922223333');
  await expect(page.locator('input[name="altcha"]')).toHaveValue(/.{40,}/, { timeout: 30_000 });
  await page.getByRole('button', { name: '提交来信' }).click();
  await expect(page.getByRole('heading', { name: '来信已收到' })).toBeVisible();
  return title;
}

test('a handler sees the count of its unread news, each kind listed, and reads them for good', async ({
  page,
  playwright,
}) => {
  await signIn(page, 'chengguan', '/');
  const labels = await kindLabels(page);
  const before = await mailboxNews(page);
  expect(before.items.length, 'the demo gives 城关镇 news').toBeGreaterThan(0);
  await expectBadge(page, unreadOf(before));

  // Opened: every kind under its words with how many there are, each item under its kind.
  await bellButton(page).click();
  const list = page.getByTestId('bell-list');
  for (const kind of new Set(before.items.map((i) => i.kind))) {
    const group = list.getByRole('region', { name: labels[kind], exact: true });
    await expect(group).toContainText(`${labels[kind]} · ${before.counts[kind]}`);
    const titles = before.items.filter((i) => i.kind === kind).map((i) => i.title);
    await expect(group.getByTestId('bell-item')).toHaveCount(titles.length);
    for (const title of titles) await expect(group.getByRole('button', { name: title }).first()).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();

  // A letter to the city's mailbox, accepted and assigned down to 城关镇 by the city's handler.
  const title = await sendLetter(page, 'jiangcheng');
  const city = await apiAs(playwright, 'mailbox');
  const letters = await city.data<{ items: { id: number; title: string }[] }>(
    city.query('mailbox.letters.list', { view: 'open', sort: 'receivedAt', order: 'desc', pageSize: 50 }),
  );
  const letter = letters.items.find((l) => l.title === title);
  expect(letter, 'the letter sent is in the city queue').toBeTruthy();
  const id = letter?.id ?? 0;
  const units = await city.data<{ id: number; name: string }[]>(city.query('identity.units.tree', {}));
  const chengguan = units.find((u) => u.name === '城关镇');
  await city.data(city.mutate('mailbox.letters.accept', { id }));
  await city.data(city.mutate('mailbox.letters.assign', { id, unitId: chengguan?.id, note: '请核实后答复。' }));

  await page.goto('/');
  const after = await mailboxNews(page);
  const assigned = after.items.find((i) => i.path === `/mailbox/letters/${id}`);
  expect(assigned).toMatchObject({ kind: 'assigned', title, read: false });
  expect(after.counts.assigned).toBe((before.counts.assigned ?? 0) + 1);
  expect(unreadOf(after)).toBe(unreadOf(before) + 1);
  await expectBadge(page, unreadOf(after));

  // Its item, under "newly assigned", opens the letter and is read from then on.
  await bellButton(page).click();
  const newlyAssigned = list.getByRole('region', { name: labels.assigned, exact: true });
  const readOne = markedRead(page);
  await newlyAssigned.getByRole('button', { name: title }).click();
  await readOne;
  await expect(page).toHaveURL(new RegExp(`/mailbox/letters/${id}$`));
  const heading = page.getByRole('heading', { name: title });
  await expect(heading).toBeVisible({ timeout: 45_000 });
  await expectBadge(page, unreadOf(after) - 1);
  await page.reload();
  await expect(heading).toBeVisible({ timeout: 45_000 });
  await expectBadge(page, unreadOf(after) - 1);
  expect((await mailboxNews(page)).items.find((i) => i.key === assigned?.key)?.read).toBe(true);

  // Returned by 城关镇 and assigned to it again, the letter is news again (a new assignment), whatever was read.
  const township = await apiAs(playwright, 'chengguan');
  await township.data(township.mutate('mailbox.letters.return', { id, reason: '需由市级部门统筹，退回重新交办。' }));
  await township.api.dispose();
  await city.data(city.mutate('mailbox.letters.assign', { id, unitId: chengguan?.id, note: '请城关镇牵头办理。' }));
  await city.api.dispose();
  await page.reload();
  await expect(heading).toBeVisible({ timeout: 45_000 });
  const again = await mailboxNews(page);
  const reassigned = again.items.find((i) => i.path === `/mailbox/letters/${id}`);
  expect(reassigned).toMatchObject({ kind: 'assigned', read: false });
  expect(reassigned?.key).not.toBe(assigned?.key);
  await expectBadge(page, unreadOf(again));

  // Mark all read: no count left, and none after a reload either.
  await bellButton(page).click();
  await expect(newlyAssigned.getByRole('button', { name: title })).toHaveAttribute('data-read', 'false');
  const markAll = list.getByRole('button', { name: '全部标为已读' });
  // The bell marks them read at once; the server's answer is asked for the expected count only once it has them.
  const readAll = markedRead(page);
  await markAll.click();
  await readAll;
  await expectBadge(page, 0);
  await expect(markAll).toBeDisabled();
  await page.reload();
  await expect(heading).toBeVisible({ timeout: 45_000 });
  const read = await mailboxNews(page);
  expect(unreadOf(read)).toBe(0);
  expect(read.items.length).toBe(again.items.length);
  await expectBadge(page, 0);
  await bellButton(page).click();
  await expect(list.getByTestId('bell-item')).toHaveCount(read.items.length + (await otherNews(page)).items);
  await expect(list.locator('[data-testid="bell-item"][data-read="false"]')).toHaveCount(0);
});

test('a user without mailbox rights is told no mailbox news', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('notices.list')) asked.push(new URL(r.url()).pathname);
  });
  await signIn(page, 'editor', '/');
  await expect(page.getByTestId('side-menu')).toBeVisible();
  // The server refuses it too: the bell asks no team whose permission the user lacks.
  const refused = await page.request.get('/trpc/mailbox.notices.list');
  expect(refused.status()).toBe(403);
  await expectBadge(page, 0);
  await bellButton(page).click();
  const list = page.getByTestId('bell-list');
  await expect(list).toBeVisible();
  // Only the other teams' news for the editor (their own training's, if any): none of the mailbox's.
  const others = await otherNews(page);
  await expect(list.getByTestId('bell-item')).toHaveCount(others.items);
  if (others.items === 0) await expect(list.locator('.ant-empty')).toBeVisible();
  expect(asked.length).toBeGreaterThan(0);
  // Every team the bell asked answers the editor (it holds the team's permission, or the news is their own).
  for (const path of new Set(asked)) {
    expect(path).not.toContain('mailbox.');
    expect((await page.request.get(path)).status(), path).toBe(200);
  }
});

test('a learner is reminded of a course assigned to them, due soon, and the reminder opens the course', async ({
  page,
}) => {
  // The demo's plain member was assigned 城关镇's site course, due in five days.
  await signIn(page, 'member', '/');
  const labels = ((await (await page.request.get('/manifest.json')).json()) as RemoteManifest).notices?.training?.kinds[
    'zh-CN'
  ];
  expect(labels?.assignmentDue).toBe('培训即将到期');
  const news = await ownTraining(page);
  const due = news.items.find((i) => i.kind === 'assignmentDue' && !i.read);
  expect(due, 'the demo assigns the member a course due in five days').toBeTruthy();
  if (!due) return;
  expect(due.path).toMatch(/^\/training\/learn\/\d+$/);
  await expectBadge(page, 0);
  await bellButton(page).click();
  const group = page.getByTestId('bell-list').getByRole('region', { name: labels?.assignmentDue, exact: true });
  const item = group.getByTestId('bell-item').filter({ hasText: due.title }).first();
  await item.click();
  await expect(page).toHaveURL(new RegExp(`${due.path}$`));
  await expect(page.getByTestId('learn-course-page')).toContainText(due.title);
  await expect(page.getByTestId('course-due')).toBeVisible();
  await expectBadge(page, 0);
});

test("another team's news opens its page at its unit, with the filters it names", async ({ page }) => {
  // The dues officer keeps 城关镇's books (the township and its branches): the demo leaves branches with members six
  // months behind, each a notice that opens the branch's collection list, only those members, the furthest behind
  // first. The console was at 城关镇; the notice moves it to the branch.
  await signIn(page, 'dues', '/');
  const switcher = page.getByTestId('unit-switcher');
  await expect(switcher).toContainText('城关镇');
  const labels = ((await (await page.request.get('/manifest.json')).json()) as RemoteManifest).notices?.dues?.kinds[
    'zh-CN'
  ];
  const news = await teamNews(page, 'dues');
  const arrears = news.items.find((i) => i.kind === 'arrears' && i.unitName !== '城关镇');
  expect(arrears, 'the demo leaves a 城关镇 branch with members in arrears').toBeTruthy();
  if (!arrears || !labels) return;
  // The key names the unit and how many of its members are behind.
  const [, , unitId, members] = arrears.key.split(':');
  expect(arrears.path).toBe(`/dues/members?flagged=true&sort=arrears&order=desc&at=${unitId}`);

  await bellButton(page).click();
  const group = page.getByTestId('bell-list').getByRole('region', { name: labels.arrears, exact: true });
  await group.getByTestId('bell-item').filter({ hasText: arrears.unitName }).first().click();
  // The unit leaves the address once the console is at it; the list's own parameters stay.
  await expect(page).toHaveURL(/\/dues\/members\?flagged=true&sort=arrears&order=desc$/);
  await expect(switcher).toContainText(arrears.unitName);
  const rows = page.getByTestId('dues-members-table').locator('[data-testid^="dues-member-link-"]');
  await expect(rows).toHaveCount(Number(members));
  await expect(page.getByTestId('dues-filter-flagged')).toContainText('仅看连续 6 个月以上未缴');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the bell opens as a drawer, and an item opens its letter and is read', async ({ page }) => {
    // The branch secretary handles 城关镇机关支部's letters, where the demo leaves news of several kinds.
    await signIn(page, 'secretary', '/');
    const labels = await kindLabels(page);
    const news = await mailboxNews(page);
    const first = news.items.find((i) => !i.read);
    expect(first, 'the demo gives 城关镇机关支部 unread news').toBeTruthy();
    if (!first) return;
    await expectBadge(page, unreadOf(news));
    const box = await bellButton(page).boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(390);

    await bellButton(page).tap();
    const drawer = page.getByRole('dialog', { name: '通知' });
    await expect(drawer).toBeVisible();
    const group = drawer.getByRole('region', { name: labels[first.kind], exact: true });
    await expect(group.getByTestId('bell-item')).toHaveCount(news.items.filter((i) => i.kind === first.kind).length);
    // The first unread item comes first in its kind (several demo letters share a title).
    const item = group.getByTestId('bell-item').first();
    await expect(item).toContainText(first.title);
    await item.tap();
    await expect(page).toHaveURL(new RegExp(`${first.path}$`));
    await expect(drawer).toBeHidden();
    await expectBadge(page, unreadOf(news) - 1);
    await page.reload();
    await expect(page.getByRole('heading', { name: first.title })).toBeVisible({ timeout: 45_000 });
    await expectBadge(page, unreadOf(news) - 1);
  });
});
