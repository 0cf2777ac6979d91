// Every figure on the overview's cards is what its service's own lists show the same reader for the same unit: the
// six cards (apps/<team>/src/widgets.ts, loaded as the shell loads them, with `query` the caller's own procedures)
// against the lists their pages page through, for the municipal admin at the municipality, 城关镇's admin at 城关镇 and
// the branch secretary at their branch (城关镇机关支部, where their grant is). The lists are walked page by page and
// counted or summed here, never the card's summary procedure against itself. Scope holds too: a township's figures
// are at most the municipality's, a branch's at most its township's, and a card asked about a unit outside the grant
// refuses exactly as the list does. The whole demo, on both databases, with the clock held at one instant so the
// cards, the lists and the seeds all read the same day.
import { lastTwelveMonths, lastTwelveOf, memberStages, type WidgetData, type WidgetModule } from '@strata/contract';
import type { Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { currentFileSettings, fileStorage } from '@strata/files';
import { systemOperations } from '@strata/gateway';
import { calendarToday } from '@strata/i18n';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { widgets as contentCards } from '../../apps/content/src/widgets';
import { widgets as duesCards } from '../../apps/dues/src/widgets';
import { widgets as mailboxCards } from '../../apps/mailbox/src/widgets';
import { widgets as membersCards } from '../../apps/members/src/widgets';
import { widgets as trainingCards } from '../../apps/training/src/widgets';
import { widgets as volunteersCards } from '../../apps/volunteers/src/widgets';
import { seedDemoBooks } from '../../services/gateway/src/seed/demo-books';
import { seedDemoContent } from '../../services/gateway/src/seed/demo-content';
import { seedDemoLetters } from '../../services/gateway/src/seed/demo-letters';
import { seedDemoMembers } from '../../services/gateway/src/seed/demo-members';
import { seedDemoTrainingData } from '../../services/gateway/src/seed/demo-training';
import { seedDemoVolunteers } from '../../services/gateway/src/seed/demo-volunteers';
import { type Caller, createTestEnv, type TestEnv } from '../support/env';

/** The three readers, each at the unit of their grant. */
const readers = [{ username: 'admin' }, { username: 'chengguan' }, { username: 'secretary' }] as const;
type Username = (typeof readers)[number]['username'];

/** The members card's stage figures by their words (zh-CN), in the registry's stage order. */
const stageWords: Record<(typeof memberStages)[number], string> = {
  applicant: '入党申请人',
  activist: '入党积极分子',
  candidate: '发展对象',
  probationary: '预备党员',
  full: '正式党员',
};

/** Minutes as the volunteers card writes hours: one decimal, half up. */
const hoursOf = (minutes: number) => Math.round(minutes / 6) / 10;

/** A share in per cent with one decimal, as the cards write it; none without a base. */
const perCent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);

/** The dues months the reports open on: January to the last month that has ended (in January, all of last year). */
function duesMonths(today: string): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const [y, last] = month === 1 ? [year - 1, 12] : [year, month - 1];
  return Array.from({ length: last }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`);
}

/**
 * Every row of a paged list, page after page until its total is reached: each row once (by `key`), the total exact
 * (not a bound) and equal to the rows read.
 */
async function everyPage<T>(
  read: (page: number) => Promise<{ items: T[]; total: number; totalIsBound?: boolean }>,
  key: (row: T) => string | number,
): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 1; ; page++) {
    const { items, total, totalIsBound } = await read(page);
    expect(totalIsBound ?? false).toBe(false);
    rows.push(...items);
    if (items.length === 0 || rows.length >= total) {
      expect(rows.length).toBe(total);
      expect(new Set(rows.map(key)).size).toBe(rows.length);
      return rows;
    }
  }
}

/** The tRPC error code a call ends with, or 'answered'. */
const outcome = (call: () => Promise<unknown>) =>
  call().then(
    () => 'answered',
    (error: unknown) => (error as { code?: string }).code ?? String(error),
  );

describe.each(await testProviders())('the overview cards against their lists on %s', (provider) => {
  // One instant for the whole file: the seeds date their rows from it, every procedure reads it as its clock, and
  // the cards are handed its calendar day (calendarToday, Asia/Shanghai), as the shell hands them today. A fixed day
  // (as demo-books.test.ts holds one), so every run has this year's letters, hours and books to count: in early
  // January the demo's letters and hours, dated back from the seed's day, would still lie in the year before.
  const now = new Date('2026-11-20T02:00:00Z');
  const today = calendarToday(undefined, now);
  const year = Number(today.slice(0, 4));
  let env: TestEnv;
  const callers = {} as Record<Username, Caller>;
  const units = {} as Record<Username, Unit>;

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    env.setNow(now);
    // The demo as a first start seeds it (seedDemoOnce's order, without the board and the map, which no card reads);
    // the content's pictures are kept in the database, so nothing is written to disk.
    await seedDemoContent(env.db, env.seed, fileStorage(env.db, { ...currentFileSettings(), store: 'database' }), now);
    await seedDemoLetters(env.db, env.seed, systemOperations(env.db), now);
    await seedDemoMembers(env.db, env.seed, now);
    await seedDemoBooks(env.db, env.url, env.seed, now);
    await seedDemoVolunteers(env.db, env.url, env.seed, now);
    await seedDemoTrainingData(env.db, env.url, env.seed, now);
    for (const { username } of readers) {
      callers[username] = await env.as(username);
      // Each reader asks about the unit their one grant is at.
      const grants = await env.db.grant.findMany({
        where: { userId: env.seed.users[username] },
        include: { unit: true },
      });
      expect(grants).toHaveLength(1);
      units[username] = (grants[0] as (typeof grants)[number]).unit;
    }
    // The demo's staff have each completed at most one of the required courses open to them, so nobody is covered
    // and the training card's "covered" would be compared as 0 = 0. The secretary is recorded as having completed
    // every required course open to their branch (the enrolment's status, which is what both sides read), so one
    // staff member is covered at every level.
    const secretary = units.secretary;
    const open = await callers.secretary.training.enrolments.assignableCourses({ unitId: secretary.id });
    for (const course of await env.db.course.findMany({
      where: { id: { in: open.filter((c) => c.required).map((c) => c.id) } },
    })) {
      const userId = env.seed.users.secretary!;
      await env.db.enrolment.upsert({
        where: { courseId_userId: { courseId: course.id, userId } },
        update: { status: 'completed', completedAt: now },
        create: {
          unitId: secretary.id,
          courseUnitId: course.unitId,
          courseId: course.id,
          versionId: course.currentVersionId!,
          userId,
          learnerName: '城关镇机关支部书记',
          source: 'self',
          status: 'completed',
          enrolledAt: now,
          startedAt: now,
          completedAt: now,
        },
      });
    }
    // The demo's letters are all this year's. One still open past its deadline at the secretary's branch is moved to
    // last December: overdue now for every reader, though not received this year.
    const overdue = await env.db.letter.findFirstOrThrow({
      where: { unitId: secretary.id, openDueAt: { lte: now } },
      select: { id: true },
    });
    await env.db.letter.update({
      where: { id: overdue.id },
      data: { receivedAt: new Date(`${year - 1}-12-15T02:00:00Z`), receivedMonth: (year - 1) * 100 + 12 },
    });
  }, 300_000);
  afterAll(() => env?.drop());

  it('asks as the municipal admin at the municipality, 城关镇 at 城关镇, the secretary at 城关镇机关支部', () => {
    expect(units.admin.id).toBe(env.seed.municipality.id);
    expect(units.chengguan.id).toBe(env.seed.townships.chengguan!.id);
    expect(units.secretary.id).toBe(env.seed.townships.chengguan!.branches[0]!.id);
  });

  /** A card's answer, as the shell loads it: the reader's procedures by their dotted path. */
  async function card(module: WidgetModule['widgets'], id: string, username: Username, unitId = units[username].id) {
    const widget = module[id];
    if (!widget) throw new Error(`no card ${id}`);
    const caller = callers[username];
    const query = (path: string, input: unknown) => {
      let at: unknown = caller;
      for (const key of path.split('.')) at = (at as Record<string, unknown>)[key];
      return (at as (input: unknown) => Promise<unknown>)(input);
    };
    // A dashboard's card always answers: only a user's own card may have nothing to show.
    const data = await widget.load({ unitId, locale: 'zh-CN', today, query });
    if (!data) throw new Error(`card ${id} answered nothing`);
    return data;
  }

  /** A figure's value by its words; never a bound ("at least"). */
  function figure(data: WidgetData, label: string) {
    const found = data.figures.find((f) => f.label === label);
    if (!found) throw new Error(`no figure ${label} among ${data.figures.map((f) => f.label).join(', ')}`);
    expect(found.atLeast).toBeFalsy();
    return found.value;
  }

  /** A card's trend as the shell draws it: the last twelve months to today, none for a month the card left out. */
  const drawn = (data: WidgetData) => lastTwelveOf(data.trend?.months ?? [], today);
  /** The month (`YYYY-MM`) an instant falls in, in Shanghai. */
  const monthOf = (instant: string) => calendarToday(undefined, new Date(instant)).slice(0, 7);

  /** The units of a reader's subtree (which books the dues walk reads; the counting is the list's). */
  const subtreeOf = (username: Username) =>
    env.db.unit.findMany({ where: { path: { startsWith: units[username].path } }, orderBy: { id: 'asc' } });

  // Content: the freshness board (栏目更新监测) is the list behind the card: every unit of the subtree with its
  // columns' cells, each judged kept, due soon, overdue or untracked.
  it.each(readers)(
    'content: columns overdue and due soon are the freshness board’s cells so judged ($username)',
    async ({ username }) => {
      const unitId = units[username].id;
      const data = await card(contentCards, 'freshness', username);
      const rows = await everyPage(
        (page) => callers[username].content.freshness.board({ unitId, page, pageSize: 100 }),
        (row) => row.unitId,
      );
      const cells = rows.flatMap((row) => row.cells);
      const overdue = cells.filter((c) => c.state === 'overdue').length;
      const dueSoon = cells.filter((c) => c.state === 'dueSoon').length;
      expect(figure(data, '超期栏目数')).toBe(overdue);
      expect(figure(data, '即将到期栏目数')).toBe(dueSoon);
      // The demo leaves some units of each kind; the secretary's branch happens to have nothing overdue.
      if (username !== 'secretary') expect(overdue).toBeGreaterThan(0);
      expect(dueSoon).toBeGreaterThan(0);
    },
  );

  // Content's trend: each of the twelve months to today's counts the subtree's articles (the article list, which holds
  // none in the recycle bin) first published in it in Shanghai, whatever their status now.
  it.each(readers)(
    'content: the trend is the articles listed, by month published ($username)',
    async ({ username }) => {
      const unitId = units[username].id;
      const data = await card(contentCards, 'freshness', username);
      const listed = await everyPage(
        (page) => callers[username].content.articles.list({ unitId, sort: 'publishedAt', page, pageSize: 100 }),
        (row) => row.id,
      );
      const inMonth = (month: string) =>
        listed.filter((a) => a.publishedAt && calendarToday(undefined, new Date(a.publishedAt)).startsWith(month));
      const months = data.trend?.months ?? [];
      expect(months).toHaveLength(12);
      expect(months.at(-1)?.month).toBe(today.slice(0, 7));
      for (const { month, value } of months) expect(value, month).toBe(inMonth(month).length);
      expect(months.some((m) => (m.value ?? 0) > 0)).toBe(true);
    },
  );

  // Mailbox: the card counts the letters received this year so far (its caption's period), handled in the subtree,
  // and those overdue now whenever received. The letter list has no date filter, so every page of `view: 'all'` is
  // read and the rows received since 1 January (Asia/Shanghai) are kept; overdue ones are every page of `view:
  // 'overdue'` (open past the deadline). The on-time rate is the list's own deadline states of this year's letters:
  // answered on time among answered on time, answered late and overdue now.
  it.each(readers)(
    'mailbox: received, overdue now and the on-time rate are the letter lists’ ($username)',
    async ({ username }) => {
      const unitId = units[username].id;
      const data = await card(mailboxCards, 'letters', username);
      const yearStart = Date.parse(`${year}-01-01T00:00:00+08:00`);
      const thisYear = (row: { receivedAt: string }) => Date.parse(row.receivedAt) >= yearStart;
      const list = (view: 'all' | 'overdue') =>
        everyPage(
          (page) => callers[username].mailbox.letters.list({ unitId, view, page, pageSize: 100 }),
          (row) => row.id,
        );
      const received = (await list('all')).filter(thisYear);
      const overdueNow = await list('overdue');
      const overdue = overdueNow.filter(thisYear);
      expect(figure(data, '收信')).toBe(received.length);
      expect(figure(data, '当前超期（全部来信）')).toBe(overdueNow.length);
      // Last December's letter is among them (see beforeAll).
      expect(overdueNow.length).toBe(overdue.length + 1);
      // The two views agree on which letters are overdue now.
      const ids = (rows: { id: number }[]) => rows.map((r) => r.id).sort((a, b) => a - b);
      expect(ids(received.filter((r) => r.deadline === 'overdue'))).toEqual(ids(overdue));
      const onTime = received.filter((r) => r.deadline === 'answeredOnTime').length;
      const late = received.filter((r) => r.deadline === 'answeredLate').length;
      expect(figure(data, '按期答复率')).toBe(perCent(onTime, onTime + late + overdue.length));
      expect(received.length).toBeGreaterThan(0);
      expect(overdue.length).toBeGreaterThan(0);
      expect(onTime).toBeGreaterThan(0);
    },
  );

  // Mailbox's trend: each of the twelve months to today's counts the letters of every page of the list received in it.
  it.each(readers)('mailbox: the trend is the letters listed, by month received ($username)', async ({ username }) => {
    const unitId = units[username].id;
    const data = await card(mailboxCards, 'letters', username);
    const letters = await everyPage(
      (page) => callers[username].mailbox.letters.list({ unitId, view: 'all', page, pageSize: 100 }),
      (row) => row.id,
    );
    const expected = lastTwelveMonths(today).map((month) => ({
      month,
      value: letters.filter((r) => monthOf(r.receivedAt) === month).length,
    }));
    expect(drawn(data)).toEqual(expected);
    expect(expected.some((m) => m.value > 0)).toBe(true);
  });

  // Members: the registry list of the subtree, members on it now (`status: 'current'`, active and floating, its
  // default), in all and filtered by each stage.
  it.each(readers)(
    'members: on the registry and each stage are the registry list’s totals ($username)',
    async ({ username }) => {
      const unitId = units[username].id;
      const data = await card(membersCards, 'stages', username);
      const total = async (stage?: (typeof memberStages)[number]) => {
        const page = await callers[username].members.registry.list({ unitId, status: 'current', stage, pageSize: 1 });
        expect(page.totalIsBound).toBe(false);
        return page.total;
      };
      const everyone = await total();
      expect(figure(data, '在册总人数')).toBe(everyone);
      expect(everyone).toBeGreaterThan(0);
      let staged = 0;
      for (const stage of memberStages) {
        const atStage = await total(stage);
        expect(figure(data, stageWords[stage]), stage).toBe(atStage);
        staged += atStage;
      }
      expect(staged).toBe(everyone);
    },
  );

  // Dues: the card's period is January to the last month that has ended, the subtree as a whole. The dues members
  // list shows only the current month, so the list that holds the period is the books (ledger.list, 账目): every
  // unit of the subtree, every month of the period, every page, its entries summed by kind (corrections are entries
  // of the same kind and month, so the sums net them). Left is assessed less reduced less paid; the share is paid of
  // what is due (assessed less reduced).
  it.each(readers)(
    'dues: assessed, paid, left and the paid share are the books’ entries summed ($username)',
    async ({ username }) => {
      const data = await card(duesCards, 'collection', username);
      const sums = { assessment: 0, reduction: 0, payment: 0 };
      for (const unit of await subtreeOf(username))
        for (const month of duesMonths(today)) {
          const entries = await everyPage(
            (page) => callers[username].dues.ledger.list({ unitId: unit.id, month, page, pageSize: 200 }),
            (row) => row.seq,
          );
          for (const entry of entries) if (entry.kind in sums) sums[entry.kind as keyof typeof sums] += entry.amountFen;
        }
      const due = sums.assessment - sums.reduction;
      expect(figure(data, '应缴')).toBe(sums.assessment);
      expect(figure(data, '已缴')).toBe(sums.payment);
      expect(figure(data, '未缴')).toBe(due - sums.payment);
      expect(figure(data, '缴纳率')).toBe(perCent(sums.payment, due));
      expect(sums.assessment).toBeGreaterThan(0);
      expect(sums.payment).toBeGreaterThan(0);
    },
  );

  // Dues' trend: what was collected (payments and extras, corrections netted) in each month booked, every unit's books
  // read whole; the months of the card's period only (January to the last month ended), none for the others.
  it.each(readers)(
    'dues: the trend is the books’ payments and extras, by month booked ($username)',
    async ({ username }) => {
      const data = await card(duesCards, 'collection', username);
      const collected = new Map<string, number>();
      for (const unit of await subtreeOf(username))
        for (const kind of ['payment', 'extra'] as const) {
          const entries = await everyPage(
            (page) => callers[username].dues.ledger.list({ unitId: unit.id, kind, page, pageSize: 200 }),
            (row) => row.seq,
          );
          for (const e of entries)
            collected.set(e.on.slice(0, 7), (collected.get(e.on.slice(0, 7)) ?? 0) + e.amountFen);
        }
      const period = new Set(duesMonths(today));
      const expected = lastTwelveMonths(today).map((month) => ({
        month,
        value: period.has(month) ? (collected.get(month) ?? 0) : null,
      }));
      expect(drawn(data)).toEqual(expected);
      expect(expected.some((m) => (m.value ?? 0) > 0)).toBe(true);
    },
  );

  // Volunteers: this year's hour entries of the subtree (the hours list, by the certifying unit, `year`), every page,
  // minutes summed: approved, and awaiting a decision (pending and appealed). Active volunteers: the volunteers list
  // has no "served this year" filter (its status is the registration's), so the nearest honest list is the subtree's
  // volunteers (every page, any status), each counted when their service record shows approved minutes this year.
  it.each(readers)(
    'volunteers: approved and pending hours and active volunteers are the lists’ ($username)',
    async ({ username }) => {
      const caller = callers[username];
      const unitId = units[username].id;
      const data = await card(volunteersCards, 'hours', username);
      const minutes = async (status: 'approved' | 'pending' | 'appealed') => {
        const rows = await everyPage(
          (page) => caller.volunteers.hours.list({ unitId, year, status, page, pageSize: 200 }),
          (row) => row.id,
        );
        return rows.reduce((sum, row) => sum + row.minutes, 0);
      };
      const approved = await minutes('approved');
      const pending = (await minutes('pending')) + (await minutes('appealed'));
      expect(figure(data, '已确认时长')).toBe(hoursOf(approved));
      expect(figure(data, '待确认时长')).toBe(hoursOf(pending));
      const volunteers = await everyPage(
        (page) => caller.volunteers.people.list({ unitId, page, pageSize: 100 }),
        (row) => row.id,
      );
      let active = 0;
      for (const volunteer of volunteers) {
        const record = await caller.volunteers.records.get({ volunteerId: volunteer.id, year });
        if (record.totals.approvedMinutes > 0) active += 1;
      }
      expect(figure(data, '参与志愿者')).toBe(active);
      expect(approved).toBeGreaterThan(0);
      expect(pending).toBeGreaterThan(0);
      expect(active).toBeGreaterThan(0);
    },
  );

  // Volunteers' trend: each of the twelve months to today's sums the approved entries of the hours list served in it
  // (this year's and last year's lists).
  it.each(readers)(
    'volunteers: the trend is the approved hours listed, by month served ($username)',
    async ({ username }) => {
      const caller = callers[username];
      const unitId = units[username].id;
      const data = await card(volunteersCards, 'hours', username);
      const approvedIn = (y: number) =>
        everyPage(
          (page) => caller.volunteers.hours.list({ unitId, year: y, status: 'approved', page, pageSize: 200 }),
          (row) => row.id,
        );
      const rows = [...(await approvedIn(year - 1)), ...(await approvedIn(year))];
      const expected = lastTwelveMonths(today).map((month) => ({
        month,
        value: hoursOf(rows.filter((r) => r.servedOn.startsWith(month)).reduce((sum, r) => sum + r.minutes, 0)),
      }));
      expect(drawn(data)).toEqual(expected);
      expect(expected.some((m) => m.value > 0)).toBe(true);
    },
  );

  // Training: coverage is drawn from the staff (accounts at home in the subtree, not disabled, holding a grant of a
  // role other than `member`: the accounts list), the required courses open to each one's unit (the assigning page's
  // course list) and whether they completed each (the assigning page's people list, asked about that course). Staff
  // with no required course open to them are no part of the base; covered: completed every one.
  it.each(readers)(
    'training: staff and covered are the accounts, courses and people lists’ ($username)',
    async ({ username }) => {
      const caller = callers[username];
      const unitId = units[username].id;
      const data = await card(trainingCards, 'coverage', username);
      const accounts = await everyPage(
        (page) => caller.identity.users.list({ unitId, page, pageSize: 100 }),
        (row) => row.id,
      );
      const staff = accounts.filter((a) => !a.disabled && a.grants.some((g) => g.role !== 'member'));
      // An account whose grants all lie out of sight would be undecidable from the list: the demo has none.
      for (const a of accounts) if (!staff.includes(a)) expect(a.grantsOutsideScope, a.username).toBe(0);
      const requiredAt = new Map<number, number[]>();
      for (const unit of new Set(staff.map((s) => s.unitId))) {
        const courses = await caller.training.enrolments.assignableCourses({ unitId: unit });
        requiredAt.set(
          unit,
          courses.filter((c) => c.required).map((c) => c.id),
        );
      }
      const completed = new Map<number, Set<number>>();
      for (const courseId of new Set([...requiredAt.values()].flat())) {
        const people = await everyPage(
          (page) => caller.training.enrolments.people({ unitId, courseId, page, pageSize: 200 }),
          (row) => row.id,
        );
        completed.set(courseId, new Set(people.filter((p) => p.enrolmentStatus === 'completed').map((p) => p.id)));
      }
      const counted = staff.filter((s) => (requiredAt.get(s.unitId) ?? []).length > 0);
      const covered = counted.filter((s) =>
        (requiredAt.get(s.unitId) ?? []).every((courseId) => completed.get(courseId)?.has(s.id)),
      );
      expect(figure(data, '应学人数')).toBe(counted.length);
      expect(figure(data, '已完成全部必修课程')).toBe(covered.length);
      expect(figure(data, '覆盖率')).toBe(perCent(covered.length, counted.length));
      expect(counted.length).toBeGreaterThan(0);
      expect(covered.length).toBeGreaterThan(0);
      // Above the branch, the others are not.
      if (username !== 'secretary') expect(covered.length).toBeLessThan(counted.length);
    },
  );

  // Training's trend: each of the twelve months to today's counts the completed enrolments of the subtree's people (the
  // enrolments list, filtered to the completed) whose completion falls in it in Shanghai.
  it.each(readers)('training: the trend is the completions listed, by month ($username)', async ({ username }) => {
    const caller = callers[username];
    const unitId = units[username].id;
    const data = await card(trainingCards, 'coverage', username);
    const completed = await everyPage(
      (page) => caller.training.enrolments.list({ unitId, status: 'completed', page, pageSize: 100 }),
      (row) => row.id,
    );
    const inMonth = (month: string) =>
      completed.filter((e) => e.completedAt && calendarToday(undefined, new Date(e.completedAt)).startsWith(month));
    const months = data.trend?.months ?? [];
    expect(months).toHaveLength(12);
    expect(months.at(-1)?.month).toBe(today.slice(0, 7));
    for (const { month, value } of months) expect(value, month).toBe(inMonth(month).length);
    expect(months.some((m) => (m.value ?? 0) > 0)).toBe(true);
  });

  const cards = [
    ['content', contentCards, 'freshness'],
    ['mailbox', mailboxCards, 'letters'],
    ['members', membersCards, 'stages'],
    ['dues', duesCards, 'collection'],
    ['volunteers', volunteersCards, 'hours'],
    ['training', trainingCards, 'coverage'],
  ] as const;

  // A share is no count (a township may keep up better than the city); every other figure counts or sums things of
  // a subtree, so it can only shrink going down.
  it.each(cards)(
    '%s: 城关镇’s figures are at most the municipality’s, its branch’s at most 城关镇’s',
    async (_, m, id) => {
      const [city, township, branch] = await Promise.all([
        card(m, id, 'admin'),
        card(m, id, 'chengguan'),
        card(m, id, 'secretary'),
      ]);
      for (const [i, f] of city.figures.entries()) {
        if (f.format === 'percent') continue;
        const down = [f.value, township.figures[i]?.value, branch.figures[i]?.value];
        expect(township.figures[i]?.label).toBe(f.label);
        expect(branch.figures[i]?.label).toBe(f.label);
        expect(down.every((v) => typeof v === 'number')).toBe(true);
        const [c, t, b] = down as number[];
        expect(t, f.label).toBeLessThanOrEqual(c as number);
        expect(b, f.label).toBeLessThanOrEqual(t as number);
      }
    },
  );

  // The units below as a card breaks them down (the dashboard's ranking and export read them): each unit's value of a
  // figure is the card's own figure asked at that unit, for every unit directly below the municipality.
  it.each(cards)('%s: each unit below carries the figures its own card shows', async (_, m, id) => {
    const city = await card(m, id, 'admin');
    const below = await env.db.unit.findMany({ where: { parentId: units.admin.id, archivedAt: null } });
    expect(city.children?.map((c) => c.unitId).sort((a, b) => a - b)).toEqual(
      below.map((u) => u.id).sort((a, b) => a - b),
    );
    let compared = 0;
    for (const child of city.children ?? []) {
      const own = await card(m, id, 'admin', child.unitId);
      child.values.forEach((value, i) => {
        if (value === null) return;
        expect(value, `${child.name} ${own.figures[i]?.label}`).toBe(own.figures[i]?.value);
        compared += 1;
      });
    }
    expect(compared).toBeGreaterThan(0);
  });

  // 城关镇's admin asking about 东湖街道 (another township): each card refuses, with the same code as the list it was
  // compared with.
  it.each([
    ['content', (unitId: number, c: Caller) => c.content.freshness.board({ unitId })],
    ['mailbox', (unitId: number, c: Caller) => c.mailbox.letters.list({ unitId, view: 'all' })],
    ['members', (unitId: number, c: Caller) => c.members.registry.list({ unitId })],
    ['dues', (unitId: number, c: Caller) => c.dues.ledger.list({ unitId })],
    ['volunteers', (unitId: number, c: Caller) => c.volunteers.hours.list({ unitId, year })],
    ['training', (unitId: number, c: Caller) => c.training.enrolments.list({ unitId })],
  ] as const)('%s: a card asked about a unit outside the grant refuses as its list does', async (team, list) => {
    const [, module, id] = cards.find(([t]) => t === team) as (typeof cards)[number];
    const donghu = env.seed.townships.donghu!.id;
    const byCard = await outcome(() => card(module, id, 'chengguan', donghu));
    const byList = await outcome(() => list(donghu, callers.chengguan));
    // A unit outside the scope is answered as one that does not exist.
    expect(byList).toBe('NOT_FOUND');
    expect(byCard).toBe(byList);
  });
});
