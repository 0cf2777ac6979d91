// Volunteering as its people meet it, on the demo's rows: the coordinator (`volunteer`, 东湖街道) shows the check-in
// screen of the activity under way and the member checks in with its QR code's link (late: it started half an hour
// before the console did), the used code refused to another volunteer and to the member again, the screen moving on
// to a new code; the coordinator approves pending hours in bulk; a certificate verifies on the portal; the member
// reads their record (a declined entry's reason, an appealed one's appeal) and joins a full activity's waitlist. Each
// test finds or makes what it needs, whatever the others did first.
import type { APIRequestContext, Browser } from '@playwright/test';
import { type Api, apiAs, confirmAction, demoPassword, signIn } from './support';
import { expect, test } from './test';

const live = '东湖敬老院探访陪护';
const full = '城关河道清洁行动';
const memberName = '林晓燕';

type Listed<T> = { items: T[]; total: number };
type Unit = { id: number; name: string };
type Playwright = { request: { newContext: (o: object) => Promise<APIRequestContext> } };

async function activityTitled(api: Api, title: string) {
  const found = await api.data<Listed<{ id: number; title: string }>>(
    api.query('volunteers.activities.list', { q: title, sort: 'startsAt', order: 'desc', page: 1, pageSize: 5 }),
  );
  const activity = found.items.find((a) => a.title === title);
  if (!activity) throw new Error(`the demo's ${title} is missing`);
  return activity;
}

/** A page in a browser context of its own (its own cookies), signed in as `username` at `path`. */
async function signedInPage(browser: Browser, baseURL: string | undefined, username: string, path: string) {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await signIn(page, username, path);
  return page;
}

/**
 * Another volunteer than the member, with a confirmed place on the activity under way and no check-in yet, linked to
 * an account of 东湖街道 made for this test (its first password changed to the demo's, so it may act): its username.
 */
async function anotherVolunteer(playwright: Playwright, baseURL: string, coordinator: Api, activityId: number) {
  const admin = await apiAs(playwright, 'admin');
  const units = await admin.data<Unit[]>(admin.query('identity.units.tree', {}));
  const username = `volcheck${Date.now().toString(36)}`;
  const first = 'First#Volunteer2026';
  const donghu = units.find((u) => u.name === '东湖街道')?.id;
  const created = await admin.data<{ id: number }>(
    admin.mutate('identity.users.create', { username, displayName: '签到测试志愿者', unitId: donghu, password: first }),
  );
  // A plain member's grant: an account without any has no console to land on.
  await admin.data(admin.mutate('identity.grants.add', { userId: created.id, role: 'member', unitId: donghu }));
  await admin.api.dispose();
  // Its first sign-in asks for a password of its own.
  const own = await playwright.request.newContext({ baseURL });
  const login = await own.post('/trpc/identity.auth.login', {
    headers: { 'content-type': 'application/json', 'x-csrf-token': 'e2e' },
    data: { username, password: first },
  });
  expect(login.ok(), await login.text()).toBe(true);
  const csrf = (await own.storageState()).cookies.find((c) => c.name === 'strata_csrf')?.value ?? '';
  const changed = await own.post('/trpc/identity.auth.changePassword', {
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
    data: { currentPassword: first, newPassword: demoPassword },
  });
  expect(changed.ok(), await changed.text()).toBe(true);
  await own.dispose();

  const signups = await coordinator.data<Listed<{ volunteerId: number; name: string }>>(
    coordinator.query('volunteers.signups.list', { activityId, status: 'confirmed', page: 1, pageSize: 100 }),
  );
  const attended = await coordinator.data<{ volunteerId: number }[]>(
    coordinator.query('volunteers.checkin.list', { activityId }),
  );
  const checkedIn = new Set(attended.map((a) => a.volunteerId));
  const free = signups.items.find((s) => s.name !== memberName && !checkedIn.has(s.volunteerId));
  if (!free) throw new Error('no confirmed volunteer left without a check-in');
  await coordinator.data(coordinator.mutate('volunteers.people.linkAccount', { id: free.volunteerId, username }));
  return username;
}

test('the coordinator shows a code; the member checks in with its link, late; the used code is refused and replaced', async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const coordinator = await apiAs(playwright, 'volunteer');
  const activity = await activityTitled(coordinator, live);
  const other = await anotherVolunteer(playwright, baseURL as string, coordinator, activity.id);
  // The member may have checked in before (a retry on the same console): then only the refusals can be shown.
  const before = await coordinator.data<{ volunteerId: number; name: string }[]>(
    coordinator.query('volunteers.checkin.list', { activityId: activity.id }),
  );
  const memberIn = before.some((a) => a.name === memberName);

  // The coordinator finds the activity under way and opens its check-in screen.
  await signIn(page, 'volunteer', '/volunteers/activities');
  await page.getByTestId('activities-search').fill(live);
  await page.getByTestId('activities-search').press('Enter');
  await page.getByTestId(`activity-link-${activity.id}`).click();
  await expect(page.getByTestId('activity-heading')).toContainText('已发布');
  await page.getByTestId('activity-checkin-screen').click();
  const screen = page.getByTestId('checkin-screen');
  const shown = screen.locator('output');
  await expect(shown).toHaveText(/^\d{6}$/);
  const code = (await shown.textContent()) as string;
  // A QR code drawn as an image, and the seconds the code has left in words (no placeholder left in them).
  await expect(screen.getByRole('img', { name: /扫码/ })).toHaveAttribute('src', /^data:image\/png;base64,/);
  await expect(screen.getByRole('timer')).toHaveText(/^\d{1,2} 秒后更换$/);
  const count = page.getByTestId('checkin-count');
  await expect(count).toHaveText(`已签到 ${before.length} 人`);

  // What the QR code carries: this activity's check-in page with the code.
  const now = await coordinator.data<{ current: { code: string; link: string } | null }>(
    coordinator.query('volunteers.checkin.current', { activityId: activity.id, purpose: 'in' }),
  );
  expect(now.current?.code).toBe(code);
  const link = `/volunteers/checkin/${activity.id}?code=${code}&purpose=in`;
  expect(now.current?.link).toBe(link);

  // The member opens the link in their phone's browser: the code is filled in, one press checks in.
  const member = await signedInPage(browser, baseURL, 'member', link);
  await expect(member.getByTestId('checkin-link-page')).toContainText(live);
  await expect(member.getByTestId('checkin-link-code')).toHaveValue(code);
  await member.getByTestId('checkin-link-submit').click();
  if (memberIn) {
    await expect(member.getByTestId('checkin-link-refused')).toContainText('您已签到，不能重复签到');
  } else {
    // Late: the activity started 30 minutes before the console seeded it, past the ten minutes' grace.
    await expect(member.getByTestId('checkin-link-done')).toContainText('签到成功（迟到）');
    // The screen counts them and moves to a new code at once: a code serves one volunteer.
    await expect(count).toHaveText(`已签到 ${before.length + 1} 人`);
    await expect(shown).not.toHaveText(code);
    await expect(shown).toHaveText(/^\d{6}$/);

    // The member trying the link again hears they are in already.
    await member.reload();
    await member.getByTestId('checkin-link-submit').click();
    await expect(member.getByTestId('checkin-link-refused')).toContainText('您已签到，不能重复签到');
  }
  await member.context().close();

  // Another volunteer with a place, typing the used code (on My volunteering's check-in, as the link fills it in).
  const late = await signedInPage(browser, baseURL, other, link);
  await expect(late.getByTestId('checkin-link-code')).toHaveValue(code);
  await late.getByTestId('checkin-link-submit').click();
  await expect(late.getByTestId('checkin-link-refused')).toContainText(
    memberIn ? /此签到码已被其他志愿者使用|签到码已过期/ : '此签到码已被其他志愿者使用，请使用屏幕上的新签到码',
  );
  await expect(late.getByTestId('checkin-link-done')).toHaveCount(0);
  await late.context().close();
  await coordinator.api.dispose();
});

test('the coordinator approves several pending hours at once and they leave the queue', async ({
  page,
  playwright,
}) => {
  await signIn(page, 'volunteer', '/volunteers/hours');
  const table = page.getByTestId('hours-table');
  const rows = table.locator('tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  const ids = (await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-row-key') ?? ''))).slice(0, 3);
  expect(ids, 'three pending entries in 东湖街道').toHaveLength(3);
  for (const id of ids) await table.locator(`tr[data-row-key="${id}"] .ant-checkbox-input`).check();
  await expect(page.getByTestId('hours-selection')).toContainText('3');
  const approve = page.getByTestId('hours-bulk-approve');
  await expect(approve).toHaveText(/批量认定（3 条）/);
  await approve.click();
  const approved = page.waitForResponse((r) => r.url().includes('volunteers.hours.approve'));
  await confirmAction(page, /^认\s*定$/);
  const answer = await approved;
  expect(answer.ok(), await answer.text()).toBe(true);
  await expect(page.getByTestId('hours-bulk-done')).toContainText('已认定 3 条');
  for (const id of ids) await expect(table.locator(`tr[data-row-key="${id}"]`)).toHaveCount(0);

  // Approved, as the list of every status says.
  const coordinator = await apiAs(playwright, 'volunteer');
  for (const id of ids) {
    const history = await coordinator.data<{ action: string }[]>(
      coordinator.query('volunteers.hours.history', { id: Number(id) }),
    );
    expect(history.at(-1)?.action).toBe('approved');
  }
  await coordinator.api.dispose();
});

test('a certificate verifies on the portal with its holder masked; an unknown number is not found', async ({
  page,
  playwright,
}) => {
  const admin = await apiAs(playwright, 'admin');
  const units = await admin.data<(Unit & { parentId: number | null })[]>(admin.query('identity.units.tree', {}));
  const city = units.find((u) => u.parentId === null) as Unit;
  const found = await admin.data<Listed<{ number: string; minutes: number; revokedAt: string | null }>>(
    admin.query('volunteers.certificates.list', { unitId: city.id, q: memberName, page: 1, pageSize: 10 }),
  );
  await admin.api.dispose();
  const certificate = found.items.find((c) => c.revokedAt === null);
  if (!certificate) throw new Error(`the demo's certificate of ${memberName} is missing`);

  const answer = await page.goto(`/site/verify/volunteer/${certificate.number}`);
  expect(answer?.status()).toBe(200);
  const main = page.locator('main');
  await expect(main.locator('.valid')).toContainText('该证明真实有效');
  await expect(main).toContainText(certificate.number);
  await expect(main).toContainText('林**');
  await expect(main).not.toContainText(memberName);
  await expect(main).toContainText(`${(certificate.minutes / 60).toFixed(1)} 小时`);

  const unknown = await page.goto('/site/verify/volunteer/VC-ABCDEFGHJKLM');
  expect(unknown?.status()).toBe(404);
  await expect(page.locator('main .unknown')).toContainText('未找到该编号的志愿服务证明');
});

test('the member reads a declined entry’s reason and an appeal, and joins a full activity’s waitlist', async ({
  page,
  playwright,
}) => {
  const member = await apiAs(playwright, 'member');
  const open = await member.data<Listed<{ id: number; title: string; placesLeft: number | null }>>(
    member.query('volunteers.activities.browse', { q: full, page: 1, pageSize: 5 }),
  );
  const activity = open.items.find((a) => a.title === full);
  if (!activity) throw new Error(`the demo's ${full} is missing`);
  expect(activity.placesLeft).toBe(0);
  // A place held from before (a retry on the same console) is given back first, so the button is there.
  const mine = await member.data<{ activityId: number; status: string }[]>(
    member.api.get('/trpc/volunteers.signups.mine'),
  );
  if (mine.some((s) => s.activityId === activity.id && ['pending', 'confirmed', 'waitlisted'].includes(s.status)))
    await member.data(member.mutate('volunteers.signups.withdraw', { activityId: activity.id }));
  await member.api.dispose();

  await signIn(page, 'member', '/volunteers/mine');
  // The record: the declined entry with its reason, the appealed one with the member's appeal.
  const hours = page.getByTestId('mine-hours');
  const declined = hours.locator('[data-testid^="mine-hour-"]').filter({ hasText: '人民路交通文明劝导' }).first();
  await expect(declined.locator('[data-testid^="mine-hour-status-"]')).toHaveText('不予认定');
  await expect(declined).toContainText('原因：签退早于活动结束一小时以上，且无替岗记录');
  await expect(declined.getByRole('button', { name: /申\s*诉/ })).toBeVisible();
  const appealed = hours.locator('[data-testid^="mine-hour-"]').filter({ hasText: '社区图书角整理' }).first();
  await expect(appealed.locator('[data-testid^="mine-hour-status-"]')).toHaveText('申诉中');
  await expect(appealed).toContainText('我的申诉：当天提前离开是因为协助送一位老人回家，可请组织人核实。');
  await expect(appealed.getByRole('button')).toHaveCount(0);

  // Signing up for the full activity puts them on its waitlist, at the position the server gives.
  const row = page.getByTestId(`mine-open-${activity.id}`);
  await expect(row).toContainText('剩余 0 个名额');
  const signedUp = page.waitForResponse((r) => r.url().includes('volunteers.signups.signUp'));
  await row.getByTestId(`mine-sign-up-${activity.id}`).click();
  const answer = await signedUp;
  expect(answer.ok(), await answer.text()).toBe(true);
  const mineNow = await page.request.get('/trpc/volunteers.signups.mine');
  const signups = (await mineNow.json()).result.data as {
    activityId: number;
    status: string;
    position: number | null;
  }[];
  const signup = signups.find((s) => s.activityId === activity.id);
  expect(signup?.status).toBe('waitlisted');
  const position = signup?.position as number;
  expect(position).toBeGreaterThan(0);
  const held = page.getByTestId(`mine-signup-${activity.id}`);
  await expect(held.getByTestId(`mine-signup-status-${activity.id}`)).toHaveText('候补');
  await expect(held).toContainText(`候补第 ${position} 位`);
  await expect(row).not.toContainText('报名候补');
});
