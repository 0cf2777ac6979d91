// The large fixture (npm run fixture), built at size `s` on each database: it holds what the size says, the
// tree is consistent, letters and the members' board are what the mailbox writes, members what the registry writes, the demo's logins (and the
// generated accounts) sign in and see their subtree through the real gateway, and one seed builds the same rows twice.
import { Scope, searchIndexKeys, searchIndexUnits, searchKey, workingCalendar } from '@strata/api';
import { inconsistentUnits } from '@strata/db';
import { createTestDatabase, type TestDatabase, testProviders } from '@strata/db/testing';
import { demoPassword } from '@strata/gateway';
import { calendarDay } from '@strata/i18n/days';
import { checkIdNumber } from '@strata/personal-data';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureSummary } from '../../scripts/fixture/build';
import { sizes } from '../../scripts/fixture/sizes';
import {
  articleIndexVersion,
  articleSearch,
  ensureArticleSearch,
} from '../../services/content/src/articles/article-search.sql';
import { reductionOf } from '../../services/dues/src/hardship/hardship-rules';
import { type ChainedEntry, verifyChain } from '../../services/dues/src/ledger/chain';
import { ledgerKey } from '../../services/dues/src/ledger/ledger-key';
import { admittedMonth, payingStages, payingStatuses } from '../../services/dues/src/members/dues-member';
import { receiptNo } from '../../services/dues/src/payments/receipts';
import { receiptCode } from '../../services/dues/src/payments/record-payment';
import {
  arrearsIn,
  type DeclaredBase,
  dueFor,
  monthNumber,
  monthText,
} from '../../services/dues/src/rules/member-month';
import { loadRuleSets } from '../../services/dues/src/rules/rule-sets';
import { openSubmitter, phoneIndexOf } from '../../services/mailbox/src/letters/submitter';
import { memberLookupIndex, openMemberPii } from '../../services/members/src/members/member-pii';
import { fixtureDatabase } from '../support/fixture-templates';
import { signInByInject } from '../support/http-session';
import { testServer } from '../support/test-server';
// The fixture seals names and phones under the ring in force: the tests' fixed one, so the server below opens them.
import '../support/test-keys';

const size = sizes.s;
// A fixed moment in the past: generated rows are dated before it, the demo's carry the wall clock, so a
// comparison of two builds can tell the generated rows (the deterministic ones) from the demo's.
const now = new Date('2020-01-01T00:00:00Z');
const seed = 7;

/**
 * The generated rows of every table the fixture writes, without the password hash (argon2 salts differ) and the
 * letters' sealed names and phones (each sealing draws a fresh IV; their blind index is compared).
 */
async function generatedRows(database: TestDatabase) {
  const db = database.db;
  const before = { lte: now };
  return {
    units: await db.unit.findMany({ where: { createdAt: before }, orderBy: { id: 'asc' } }),
    users: await db.user.findMany({
      where: { createdAt: before },
      omit: { passwordHash: true },
      orderBy: { id: 'asc' },
    }),
    grants: await db.grant.findMany({ where: { createdAt: before }, orderBy: { id: 'asc' } }),
    columns: await db.column.findMany({ where: { createdAt: before }, orderBy: { id: 'asc' } }),
    articles: await db.article.findMany({ where: { createdAt: before }, orderBy: { id: 'asc' } }),
    audit: await db.auditLog.findMany({ where: { at: before }, orderBy: { id: 'asc' } }),
    letters: await db.letter.findMany({
      where: { receivedAt: before },
      omit: { submitterName: true, submitterPhone: true },
      orderBy: { id: 'asc' },
    }),
    letterEvents: await db.letterEvent.findMany({ where: { at: before }, orderBy: { id: 'asc' } }),
    boardTopics: await db.boardTopic.findMany({ where: { createdAt: before }, orderBy: { id: 'asc' } }),
    boardPosts: await db.boardPost.findMany({ where: { createdAt: before }, orderBy: { id: 'asc' } }),
    members: await db.member.findMany({
      where: { createdAt: before },
      omit: { idNumber: true, phone: true, address: true },
      orderBy: { id: 'asc' },
    }),
    memberEvents: await db.memberEvent.findMany({ where: { at: before }, orderBy: { id: 'asc' } }),
    transfers: await db.transfer.findMany({ where: { createdAt: before }, orderBy: { id: 'asc' } }),
    // The dues books are the fixture's alone (the demo keeps none): every row, hashes and all.
    duesBases: await db.duesBase.findMany({ orderBy: { id: 'asc' } }),
    duesEntries: await db.duesEntry.findMany({ orderBy: { id: 'asc' } }),
    duesPayments: await db.duesPayment.findMany({ orderBy: { id: 'asc' } }),
    duesRemittances: await db.duesRemittance.findMany({ orderBy: { id: 'asc' } }),
    duesCloses: await db.duesMonthClose.findMany({ orderBy: { id: 'asc' } }),
    duesHeads: await db.duesChainHead.findMany({ orderBy: { unitId: 'asc' } }),
    duesHardships: await db.duesHardship.findMany({ orderBy: { id: 'asc' } }),
  };
}

type ArticlePage = { result: { data: { items: { unitId: number }[]; total: number } } };
type LetterPage = { result: { data: { items: { unitId: number; deadline: string }[]; total: number } } };
type TopicPage = { result: { data: { items: { id: number; hidden: boolean; held: boolean }[]; total: number } } };
type Verified = { result: { data: { units: number; entries: number; broken: unknown[]; totalsOff: unknown[] } } };

describe.each(await testProviders())('large fixture (size s) on %s', (provider) => {
  let database: TestDatabase;
  let summary: FixtureSummary;
  let app: FastifyInstance;
  /** As built, before any case signs in (a sign-in updates the account and writes to the log). */
  let built: Awaited<ReturnType<typeof generatedRows>>;
  beforeAll(async () => {
    ({ database, summary } = await fixtureDatabase(provider, { size: 's', seed, now }));
    built = await generatedRows(database);
    app = await testServer(database);
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('holds what the size says, and reports it', async () => {
    const db = database.db;
    const units = await db.unit.groupBy({ by: ['kind'], _count: true, orderBy: { kind: 'asc' } });
    expect(Object.fromEntries(units.map((u) => [u.kind, u._count]))).toEqual({
      branch: size.branches,
      municipality: 1,
      township: size.townships,
    });
    expect(await db.user.count()).toBe(size.users);
    expect(await db.article.count()).toBe(size.articles);
    expect(await db.auditLog.count()).toBe(size.auditEntries);
    // Every unit has the six default columns onUnitCreated gives it.
    expect(await db.column.count({ where: { key: { not: null } } })).toBe(6 * (1 + size.townships + size.branches));
    // Every account holds at least one grant; officers and members alike.
    expect(await db.user.count({ where: { grants: { none: {} } } })).toBe(0);
    const roles = new Set((await db.grant.findMany({ select: { role: true }, distinct: ['role'] })).map((g) => g.role));
    expect([...roles].sort()).toEqual([
      'branch_secretary',
      'content_editor',
      'dues_officer',
      'mailbox_handler',
      'member',
      'members_officer',
      'members_viewer',
      'municipal_admin',
      'reviewer',
      'township_admin',
      'trainer',
      'volunteer_coordinator',
    ]);
    expect(await db.letter.count()).toBe(size.letters);
    expect(summary.counts).toMatchObject({
      Article: size.articles,
      AuditLog: size.auditEntries,
      User: size.users,
      Letter: size.letters,
      BoardTopic: size.boardTopics,
      BoardPost: await db.boardPost.count(),
      Member: size.members,
      DuesEntry: await db.duesEntry.count(),
    });
    expect(Object.keys(summary.seconds)).toEqual(
      expect.arrayContaining(['demo', 'identity', 'content', 'mailbox', 'members', 'dues', 'analyze']),
    );
    if (provider === 'sqlite') {
      // The writer's thread: busy in the steps that hand it rows, never longer than a step lasted, by kind of work.
      const busy = summary.writerBusySeconds ?? {};
      expect(Object.keys(busy)).toEqual(expect.arrayContaining(['content', 'dues']));
      for (const [name, seconds] of Object.entries(busy))
        expect(seconds, name).toBeLessThanOrEqual((summary.seconds[name] ?? 0) + 0.02);
      expect(summary.writerWork?.insertChunks).toBeGreaterThan(0);
      expect(summary.writerWork?.finish).toBeGreaterThan(0);
    } else expect(summary.writerBusySeconds).toBeUndefined();
  });

  it('writes letters as the mailbox does: mixed statuses, deadlines from the calendar, sealed submitters, timelines', async () => {
    const db = database.db;
    const statuses = await db.letter.groupBy({ by: ['status'], _count: true });
    const count = Object.fromEntries(statuses.map((s) => [s.status, s._count]));
    // Most answered and closed; some rejected; a few still open (the oldest of them overdue).
    expect((count.closed ?? 0) + (count.replied ?? 0)).toBeGreaterThan(size.letters * 0.8);
    expect(count.closed).toBeGreaterThan(count.replied ?? 0);
    expect(count.rejected).toBeGreaterThan(0);
    const open = ['received', 'accepted', 'assigned', 'handled'];
    expect(open.reduce((n, status) => n + (count[status] ?? 0), 0)).toBeGreaterThan(0);
    // openDueAt is the deadline exactly while a letter waits for its reply.
    const letters = await db.letter.findMany({ orderBy: { id: 'asc' } });
    const timelines = new Map<number, { kind: string; at: Date }[]>();
    for (const e of await db.letterEvent.findMany({ orderBy: [{ letterId: 'asc' }, { id: 'asc' }] }))
      timelines.set(e.letterId, [...(timelines.get(e.letterId) ?? []), e]);
    for (const letter of letters) {
      expect(letter.openDueAt).toEqual(open.includes(letter.status) ? letter.dueAt : null);
      const events = timelines.get(letter.id) ?? [];
      expect(events[0]?.kind).toBe('received');
      const times = events.map((e) => e.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(letter.receivedAt.getTime()).toBeLessThanOrEqual(now.getTime());
    }
    expect(await db.letterEvent.count({ where: { kind: 'received' } })).toBe(size.letters);
    // Deadlines counted with the working-day calendar from receipt (letters neither extended nor reopened).
    const calendar = await workingCalendar(db);
    for (const letter of letters.filter((l) => l.extensionState !== 'approved' && !l.reopenedAt).slice(0, 200)) {
      const deadline = calendar.deadline(letter.receivedAt, letter.deadlineDays);
      expect({ dueDate: letter.dueDate, dueAt: letter.dueAt, dueSoonAt: letter.dueSoonAt }).toEqual(deadline);
    }
    // Names and phones sealed under the ring in force, the phone found by its blind index.
    const sealed = letters.filter((l) => l.submitterPhone);
    expect(sealed.length).toBeGreaterThan(size.letters / 2);
    for (const letter of sealed.slice(0, 50)) {
      const { name, phone } = openSubmitter(letter);
      expect(name).not.toBe('');
      expect(phone).toMatch(/^1[3-9]\d{9}$/);
      expect(letter.phoneIndex).toBe(phoneIndexOf(phone));
    }
  });

  it('writes the board as members and moderators do: deadlines from the calendar, answers by moderators, every state', async () => {
    const db = database.db;
    const topics = await db.boardTopic.findMany({ include: { unit: true }, orderBy: { id: 'asc' } });
    expect(topics.length).toBe(size.boardTopics);
    const posts = new Map<number, Awaited<ReturnType<typeof db.boardPost.findMany>>>();
    for (const p of await db.boardPost.findMany({ orderBy: { id: 'asc' } }))
      posts.set(p.topicId, [...(posts.get(p.topicId) ?? []), p]);
    // Each author's scope, read with the application's own rule (a grant covers its unit's subtree).
    const grants = await db.grant.findMany({ include: { unit: true } });
    const scopes = new Map<number, Scope>();
    for (const userId of new Set(grants.map((g) => g.userId)))
      scopes.set(
        userId,
        new Scope(
          grants
            .filter((g) => g.userId === userId)
            .map((g) => ({ id: g.id, role: g.role, unitId: g.unitId, unitPath: g.unit.path, unitName: g.unit.name })),
        ),
      );
    const may = (userId: number, permission: 'mailbox.post' | 'mailbox.moderate', path: string) =>
      scopes.get(userId)?.covers(permission, path) ?? false;
    const calendar = await workingCalendar(db);
    const time = (d: Date | null) => d?.getTime() ?? Number.POSITIVE_INFINITY;
    for (const topic of topics) {
      const { unit } = topic;
      expect(may(topic.authorId, 'mailbox.post', unit.path)).toBe(true);
      expect({ dueDate: topic.answerDueDate, dueAt: topic.answerDueAt, dueSoonAt: topic.answerDueSoonAt }).toEqual(
        calendar.deadline(topic.createdAt, topic.answerDays),
      );
      const thread = posts.get(topic.id) ?? [];
      const times = thread.map((p) => p.createdAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(thread.every((p) => p.unitId === topic.unitId && p.createdAt >= topic.createdAt)).toBe(true);
      // The first answer, by one of the unit's moderators, stopped the clock; an answered topic has one.
      const answers = thread.filter((p) => p.answer);
      expect(answers.every((p) => may(p.authorId, 'mailbox.moderate', unit.path) && !p.held)).toBe(true);
      expect(topic.answeredAt).toEqual(answers[0]?.createdAt ?? null);
      // Members reply while the topic takes replies, on a board they may post on.
      for (const reply of thread.filter((p) => !p.answer)) {
        expect(may(reply.authorId, 'mailbox.post', unit.path)).toBe(true);
        expect(reply.createdAt.getTime()).toBeLessThan(Math.min(time(topic.closedAt), time(topic.hiddenAt)));
      }
      // Its last activity: the newest of itself and the posts readers were shown (a held one moves it once approved).
      const shown = thread.filter((p) => !p.held).map((p) => p.createdAt.getTime());
      expect(topic.lastPostAt.getTime()).toBe(Math.max(topic.createdAt.getTime(), ...shown));
      // Held topics wait unanswered and unread; hidden ones were taken down after they were posted, never answered.
      if (topic.held && !topic.hiddenAt) expect(thread).toEqual([]);
      if (topic.hiddenAt) {
        expect(topic.hiddenAt.getTime()).toBeGreaterThan(topic.createdAt.getTime());
        expect(topic.answeredAt).toBeNull();
      }
      if (topic.closedAt) expect(topic.closedAt.getTime()).toBeGreaterThan(topic.createdAt.getTime());
      for (const at of [topic.lastPostAt, topic.answeredAt, topic.closedAt, topic.hiddenAt])
        expect(time(at) === Number.POSITIVE_INFINITY || time(at) <= now.getTime()).toBe(true);
    }
    // Every state a moderator meets, in proportions like a real board's: most answered on time.
    const count = (test: (t: (typeof topics)[number]) => boolean) => topics.filter(test).length;
    const onTime = count((t) => t.answeredAt !== null && t.answeredAt < t.answerDueAt);
    expect(onTime).toBeGreaterThan(size.boardTopics * 0.6);
    expect(count((t) => t.answeredAt !== null && t.answeredAt >= t.answerDueAt)).toBeGreaterThan(0);
    expect(count((t) => !t.answeredAt && !t.hiddenAt && t.answerDueAt <= now)).toBeGreaterThan(0);
    expect(count((t) => t.pinned)).toBeGreaterThan(0);
    expect(count((t) => t.closedAt !== null)).toBeGreaterThan(0);
    expect(count((t) => t.hiddenAt !== null)).toBeGreaterThan(0);
    expect(await db.boardPost.count({ where: { answer: false } })).toBeGreaterThan(size.boardTopics);
    // Most topics on branches' boards, some on the townships' and the municipality's.
    const kinds = new Set(topics.map((t) => t.unit.kind));
    expect([...kinds].sort()).toEqual(['branch', 'municipality', 'township']);
  });

  it('writes members as the registry does: valid sealed ID numbers found by their index, stages in order, timelines', async () => {
    const db = database.db;
    const members = await db.member.findMany({ orderBy: { id: 'asc' } });
    const stages = new Set(members.map((m) => m.stage));
    expect([...stages].sort()).toEqual(['activist', 'applicant', 'candidate', 'full', 'probationary']);
    expect(new Set(members.map((m) => m.status))).toEqual(new Set(['active', 'floating', 'deceased', 'withdrawn']));
    // Every member belongs to a branch; the personal data opens, checks, and is found by its blind index.
    const branches = new Set((await db.unit.findMany({ where: { kind: 'branch' } })).map((u) => u.id));
    for (const member of members.slice(0, 300)) {
      expect(branches.has(member.unitId)).toBe(true);
      const pii = openMemberPii(member);
      expect(checkIdNumber(pii.idNumber, calendarDay(now))).toMatchObject({ ok: true, birthDate: member.birthDate });
      expect(member.idNumberIndex).toBe(memberLookupIndex('idNumber', pii.idNumber));
      expect(member.phoneIndex).toBe(memberLookupIndex('phone', pii.phone));
    }
    // Each member's timeline starts with the application and holds one entry per step reached.
    const steps = await db.memberEvent.groupBy({ by: ['memberId'], where: { kind: 'stage' }, _count: true });
    const order = ['applicant', 'activist', 'candidate', 'probationary', 'full'];
    const byId = new Map(members.map((m) => [m.id, m]));
    expect(steps.length).toBe(size.members);
    for (const s of steps) expect(s._count).toBe(order.indexOf(byId.get(s.memberId)?.stage ?? '') + 1);
    // Floating members have their open attachment; letters wait or were returned, and name a branch.
    expect(await db.floatingAttachment.count({ where: { endedOn: null } })).toBe(
      members.filter((m) => m.status === 'floating').length,
    );
    expect(await db.transfer.count({ where: { toUnitId: { notIn: [...branches] } } })).toBe(0);
  });

  it('keeps dues books as the service does: a base per payer, assessments from it, receipts, remittances, closes', async () => {
    const db = database.db;
    // The months of books: up to the month before the fixture's now.
    const current = calendarDay(now).slice(0, 7);
    const months = Array.from({ length: size.duesMonths }, (_, i) =>
      monthText(monthNumber(current) - size.duesMonths + i),
    );
    const ruleSets = await loadRuleSets(db);
    const members = await db.member.findMany({
      where: { stage: { in: [...payingStages] }, status: { in: [...payingStatuses] } },
      include: { duesBases: true },
      orderBy: { id: 'asc' },
    });
    const basesOf = (m: (typeof members)[number]) => m.duesBases as DeclaredBase[];
    expect(members.length).toBeGreaterThan(size.members / 2);
    expect(members.filter((m) => m.duesBases.length === 0)).toEqual([]);
    // Categories in a municipality's shares: mostly salaried, then retirees and farmers, a few students.
    const categories = await db.duesBase.groupBy({ by: ['category'], _count: true });
    const share = Object.fromEntries(categories.map((c) => [c.category, c._count]));
    expect(share.salaried).toBeGreaterThan(Math.max(share.retired ?? 0, share.farmer ?? 0));
    for (const c of ['retired', 'farmer', 'annualSalary', 'selfEmployed']) expect(share[c]).toBeGreaterThan(0);
    // One assessment per paying member and month admitted, at their branch, of what their base makes that month.
    const assessments = await db.duesEntry.findMany({
      where: { kind: 'assessment' },
      select: { unitId: true, memberId: true, month: true, amountFen: true, reversesSeq: true },
    });
    const byId = new Map(members.map((m) => [m.id, m]));
    const wrong = assessments.filter((a) => {
      const m = byId.get(a.memberId ?? 0);
      if (!m) return true;
      const due = dueFor(a.month, { admittedMonth: admittedMonth(m), bases: basesOf(m) }, ruleSets);
      return a.unitId !== m.unitId || a.reversesSeq !== null || a.amountFen !== due.due;
    });
    expect(wrong).toEqual([]);
    const owedMonths = members.flatMap((m) =>
      months.filter(
        (month) => (dueFor(month, { admittedMonth: admittedMonth(m), bases: basesOf(m) }, ruleSets).due ?? 0) > 0,
      ),
    );
    expect(assessments.length).toBe(owedMonths.length);
    expect(new Set(assessments.map((a) => `${a.memberId}:${a.month}`)).size).toBe(assessments.length);

    // Each payment's lines carry its receipt and add up to it; receipts numbered per unit and year without gaps.
    const payments = await db.duesPayment.findMany({ include: { unit: true } });
    const byReceipt = await db.duesEntry.groupBy({
      by: ['receiptNo'],
      where: { receiptNo: { not: null } },
      _sum: { amountFen: true },
    });
    const paid = new Map(byReceipt.map((r) => [r.receiptNo, r._sum.amountFen]));
    expect(payments.filter((p) => paid.get(p.receiptNo) !== p.amountFen)).toEqual([]);
    expect(payments.filter((p) => p.receiptNo !== receiptNo(receiptCode(p.unit), p.year, p.receiptSeq))).toEqual([]);
    const years = await db.duesPayment.groupBy({ by: ['unitId', 'year'], _count: true, _max: { receiptSeq: true } });
    expect(years.filter((y) => y._max.receiptSeq !== y._count)).toEqual([]);
    expect(payments.some((p) => p.extraFen > 0) && payments.some((p) => p.payer === 'proxy')).toBe(true);
    // Most months paid, some late, some ahead (the quarter), some in part; a few members six months behind (flagged).
    const lines = await db.duesEntry.findMany({
      where: { kind: 'payment' },
      select: { memberId: true, month: true, on: true, amountFen: true },
    });
    expect(lines.filter((l) => l.month < l.on.slice(0, 7)).length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.month > l.on.slice(0, 7)).length).toBeGreaterThan(0);
    const sums = (rows: { memberId: number | null; month: string; amountFen: number }[]) => {
      const byMember = new Map<number, Map<string, number>>();
      for (const r of rows) {
        const m = byMember.get(r.memberId ?? 0) ?? new Map<string, number>();
        byMember.set(r.memberId ?? 0, m);
        m.set(r.month, (m.get(r.month) ?? 0) + r.amountFen);
      }
      return byMember;
    };
    // Hardship cases: approved ones reduce each assessed month they hold, booked with the month's run; the
    // declined and those still proposed reduce nothing.
    const hardships = await db.duesHardship.findMany();
    const states = new Set(hardships.map((h) => h.state));
    expect(states).toEqual(new Set(['approved', 'declined', 'proposed']));
    const reductions = await db.duesEntry.findMany({
      where: { kind: 'reduction' },
      select: { unitId: true, memberId: true, month: true, amountFen: true, onceKey: true },
    });
    const assessed = new Map(assessments.map((a) => [`${a.memberId}:${a.month}`, a]));
    const expected = hardships
      .filter((h) => h.state === 'approved')
      .flatMap((h) =>
        months
          .filter((month) => month >= h.fromMonth && month <= h.toMonth)
          .map((month) => ({ h, month, a: assessed.get(`${h.memberId}:${month}`) }))
          .filter(({ a, h }) => a && reductionOf(a.amountFen, h.payFen) > 0)
          .map(({ h, month, a }) => ({
            unitId: h.unitId,
            memberId: h.memberId,
            month,
            amountFen: reductionOf(a?.amountFen ?? 0, h.payFen),
            onceKey: `r:${h.id}:${month}`,
          })),
      );
    const byKey = (rows: { onceKey: string | null }[]) =>
      [...rows].sort((x, y) => ((x.onceKey ?? '') < (y.onceKey ?? '') ? -1 : 1));
    expect(expected.length).toBeGreaterThan(0);
    expect(byKey(reductions)).toEqual(byKey(expected));
    const reduced = sums(reductions);
    const owed = sums(assessments);
    for (const [id, ms] of reduced)
      for (const [month, fen] of ms) owed.get(id)?.set(month, (owed.get(id)?.get(month) ?? 0) - fen);
    const settled = sums(lines);
    const standing = members.map((m) =>
      arrearsIn(owed.get(m.id) ?? new Map(), settled.get(m.id) ?? new Map(), current),
    );
    const flagged = standing.filter((s) => s.flagged).length;
    expect(flagged).toBeGreaterThan(0);
    expect(flagged).toBeLessThan(members.length * 0.1);
    expect(standing.filter((s) => s.months.length === 0).length).toBeGreaterThan(members.length * 0.6);
    const partly = [...owed].flatMap(([id, ms]) =>
      [...ms].filter(([month, fen]) => {
        const p = settled.get(id)?.get(month) ?? 0;
        return p > 0 && p < fen;
      }),
    );
    expect(partly.length).toBeGreaterThan(0);

    // Remittances up the tree: each a pair of entries, out at the sender naming its parent, in at the parent.
    const units = new Map((await db.unit.findMany()).map((u) => [u.id, u]));
    const remitted = await db.duesEntry.findMany({ where: { kind: { in: ['remittanceOut', 'remittanceIn'] } } });
    const entryAt = new Map(remitted.map((e) => [`${e.unitId}:${e.seq}`, e]));
    const remittances = await db.duesRemittance.findMany();
    expect(remittances.length).toBeGreaterThan(size.branches * (size.duesMonths - 2));
    for (const r of remittances) {
      expect(r.toUnitId).toBe(units.get(r.unitId)?.parentId);
      expect(entryAt.get(`${r.unitId}:${r.sentSeq}`)).toMatchObject({
        kind: 'remittanceOut',
        month: r.period,
        amountFen: r.amountFen,
        counterpartUnitId: r.toUnitId,
      });
      expect(entryAt.get(`${r.toUnitId}:${r.receivedSeq}`)).toMatchObject({
        kind: 'remittanceIn',
        month: r.period,
        amountFen: r.receivedFen,
        counterpartUnitId: r.unitId,
      });
    }
    expect(remitted.length).toBe(2 * remittances.length);

    // Every unit with books: its head at its last entry, every month closed but the last two.
    const heads = await db.duesChainHead.findMany();
    const counted = await db.duesEntry.groupBy({ by: ['unitId'], _count: true, _max: { seq: true } });
    expect(counted.map((c) => [c.unitId, c._count, c._max.seq]).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))).toEqual(
      heads.map((h) => [h.unitId, h.seq, h.seq]).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0)),
    );
    const last = await db.duesEntry.findMany({ where: { OR: heads.map((h) => ({ unitId: h.unitId, seq: h.seq })) } });
    expect(new Map(last.map((e) => [e.unitId, e.hash]))).toEqual(new Map(heads.map((h) => [h.unitId, h.hash])));
    const closes = await db.duesMonthClose.findMany({ orderBy: [{ unitId: 'asc' }, { month: 'asc' }] });
    for (const h of heads)
      expect(closes.filter((c) => c.unitId === h.unitId).map((c) => c.month)).toEqual(months.slice(0, -2));
    expect(closes.length).toBe(heads.length * (months.length - 2));
  });

  it("verifies the dues chains through the service: a township's subtree and a branch, and a change breaks one", async () => {
    const db = database.db;
    const verify = async (username: string, unitName: string, subtree: boolean) => {
      const headers = await signInByInject(app, username, demoPassword);
      const unit = await db.unit.findFirstOrThrow({ where: { name: unitName } });
      const input = encodeURIComponent(JSON.stringify({ unitId: unit.id, subtree }));
      const res = await app.inject({ url: `/trpc/dues.ledger.verify?input=${input}`, headers });
      expect(res.statusCode).toBe(200);
      const within = subtree ? { unit: { path: { startsWith: unit.path } } } : { unitId: unit.id };
      return { ...(res.json() as Verified).result.data, stored: await db.duesEntry.count({ where: within }), unit };
    };
    const township = await verify('chengguan', '城关镇', true);
    expect(township.broken).toEqual([]);
    // The running totals the reports read are the entries' sums, unit by unit.
    expect(township.totalsOff).toEqual([]);
    expect(township.entries).toBe(township.stored);
    expect(township.units).toBeGreaterThan(1);
    const branch = await verify('secretary', '城关镇机关支部', false);
    expect(branch).toMatchObject({ units: 1, broken: [], entries: branch.stored });
    expect(branch.entries).toBeGreaterThan(100);
    // The same check in memory over the branch's rows: one amount changed breaks its entry's link from then on.
    const rows = (await db.duesEntry.findMany({
      where: { unitId: branch.unit.id },
      orderBy: { seq: 'asc' },
      omit: { id: true, onceKey: true },
    })) as ChainedEntry[];
    const head = await db.duesChainHead.findUniqueOrThrow({ where: { unitId: branch.unit.id } });
    expect(verifyChain(ledgerKey(), rows, head)).toEqual({ ok: true, entries: rows.length });
    const changed = rows.map((e) => (e.seq === 42 ? { ...e, amountFen: e.amountFen + 1 } : e));
    expect(verifyChain(ledgerKey(), changed, head)).toEqual({ ok: false, seq: 42, reason: 'content' });
  });

  it('keeps every index and trigger the migrations made (dropped for the load, built again after)', async () => {
    const indexes = async (db: TestDatabase['db']) =>
      provider === 'sqlite'
        ? db.$queryRawUnsafe(
            `SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name`,
          )
        : db.$queryRawUnsafe(
            `SELECT indexname AS name, indexdef AS sql FROM pg_indexes WHERE schemaname = current_schema()
              UNION ALL SELECT t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
              WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace ORDER BY name`,
          );
    const migrated = await createTestDatabase(provider);
    try {
      const expected = await indexes(migrated.db);
      expect(expected).not.toEqual([]);
      expect(await indexes(database.db)).toEqual(expected);
    } finally {
      await migrated.drop();
    }
  });

  it("indexes every article for search as the service's own rebuild does (the fixture hands the rows to its writer)", async () => {
    const db = database.db;
    const byId = <T extends readonly [number, ...unknown[]]>(rows: T[]) => rows.sort((a, b) => a[0] - b[0]);
    const terms = async () => {
      if (provider !== 'sqlite') return null;
      await db.$executeRawUnsafe(`DROP TABLE IF EXISTS temp."FixtureTerms"`);
      await db.$executeRawUnsafe(
        `CREATE VIRTUAL TABLE temp."FixtureTerms" USING fts5vocab(main, "ArticleSearch", col)`,
      );
      return db.$queryRawUnsafe(`SELECT term, col, doc, cnt FROM temp."FixtureTerms" ORDER BY term, col`);
    };
    const snapshot = async () => ({
      keys: byId([...(await searchIndexKeys(db, articleSearch))]),
      units: byId([...(await searchIndexUnits(db, articleSearch))]),
      terms: await terms(),
    });
    const articles = await db.article.findMany({ select: { id: true, siteAt: true } });
    const fixture = await snapshot();
    expect(fixture.keys).toEqual(byId(articles.map((a) => [a.id, searchKey(a.siteAt, a.id)] as const)));
    if (provider === 'sqlite') expect((fixture.terms as unknown[]).length).toBeGreaterThan(1_000);
    // Marked as built, merged, and FTS5 left merging as the application writes, as the service's rebuild leaves it
    // (the fixture's writer ran those commands after the rows).
    expect(await db.searchIndexState.findUnique({ where: { name: articleSearch.name } })).toMatchObject({
      version: articleIndexVersion,
    });
    const merged = async () =>
      provider !== 'sqlite'
        ? null
        : (
            await db.$queryRawUnsafe<{ automerge: number; pages: number }[]>(
              `SELECT (SELECT "v" FROM "ArticleSearch_config" WHERE "k" = 'automerge') AS automerge, (SELECT count(*) FROM "ArticleSearch_data") AS pages`,
            )
          ).map((r) => ({ automerge: Number(r.automerge), pages: Number(r.pages) }))[0];
    const fixtureMerge = await merged();
    await db.searchIndexState.deleteMany({ where: { name: articleSearch.name } });
    expect(await ensureArticleSearch(db, now)).toBe(articles.length);
    expect(await snapshot()).toEqual(fixture);
    const serviceMerge = await merged();
    if (fixtureMerge && serviceMerge) {
      expect(fixtureMerge.automerge).toBe(4);
      // FTS5's own pages may differ by one or two between builds; unmerged, the fixture's would be many more.
      expect(Math.abs(fixtureMerge.pages - serviceMerge.pages)).toBeLessThanOrEqual(2);
    }
  });

  it('builds a consistent unit tree', async () => {
    expect(await inconsistentUnits(database.db)).toEqual([]);
  });

  // A township admin and a branch secretary: each sees all of its own subtree's rows, the fixture's included.
  it.each([
    ['chengguan', '城关镇'],
    ['secretary', '城关镇机关支部'],
  ])('lets the demo login %s sign in and see exactly its subtree (%s)', async (username, unitName) => {
    const headers = await signInByInject(app, username, demoPassword);
    const input = encodeURIComponent(JSON.stringify({ page: 1, pageSize: 100, sort: 'updatedAt', order: 'desc' }));
    const res = await app.inject({ url: `/trpc/content.articles.list?input=${input}`, headers });
    expect(res.statusCode).toBe(200);
    const { items, total } = (res.json() as ArticlePage).result.data;
    const home = await database.db.unit.findFirstOrThrow({ where: { name: unitName } });
    const subtree = await database.db.unit.findMany({ where: { path: { startsWith: home.path } } });
    const inSubtree = new Set(subtree.map((u) => u.id));
    expect(total).toBe(await database.db.article.count({ where: { unitId: { in: [...inSubtree] }, deletedAt: null } }));
    // More than the demo's own six articles per unit: the login sees the fixture's rows too.
    expect(total).toBeGreaterThan(6 * subtree.length);
    expect(items.length).toBe(Math.min(100, total));
    expect(items.filter((a) => !inSubtree.has(a.unitId))).toEqual([]);
  });

  it('gives a township admin the letters of its subtree, overdue ones read against the clock', async () => {
    const headers = await signInByInject(app, 'chengguan', demoPassword);
    const home = await database.db.unit.findFirstOrThrow({ where: { name: '城关镇' } });
    const subtree = await database.db.unit.findMany({ where: { path: { startsWith: home.path } } });
    const inSubtree = new Set(subtree.map((u) => u.id));
    const list = async (input: object) => {
      const res = await app.inject({
        url: `/trpc/mailbox.letters.list?input=${encodeURIComponent(JSON.stringify(input))}`,
        headers,
      });
      expect(res.statusCode).toBe(200);
      return (res.json() as LetterPage).result.data;
    };
    const all = await list({ view: 'all', pageSize: 100 });
    expect(all.total).toBe(await database.db.letter.count({ where: { unitId: { in: [...inSubtree] } } }));
    expect(all.total).toBeGreaterThan(0);
    expect(all.items.filter((l) => !inSubtree.has(l.unitId))).toEqual([]);
    const overdue = await list({ view: 'overdue', pageSize: 100 });
    expect(overdue.items.every((l) => l.deadline === 'overdue')).toBe(true);
  });

  it("gives the secretary every topic of the branch's board, and a member the shown ones and their own", async () => {
    // The busiest branch board with a secretary and a member of its own (most boards are quiet by design, so a
    // given branch may have none): the accounts are generated ones, signed in with the fixture password.
    const { db } = database;
    const boards = await db.boardTopic.groupBy({
      by: ['unitId'],
      _count: { _all: true },
      orderBy: { _count: { unitId: 'desc' } },
      take: 40,
    });
    const holder = async (unitId: number, role: string) =>
      (await db.grant.findFirst({ where: { unitId, role, user: { disabledAt: null } }, select: { user: true } }))?.user;
    let found:
      | { branch: { id: number }; secretary: { username: string }; member: { id: number; username: string } }
      | undefined;
    for (const { unitId } of boards) {
      const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId } });
      const [secretary, member] = [await holder(unitId, 'branch_secretary'), await holder(unitId, 'member')];
      if (unit.kind === 'branch' && secretary && member) {
        found = { branch: unit, secretary, member };
        break;
      }
    }
    if (!found) throw new Error('no busy branch board with a secretary and a member of its own');
    const { branch, member } = found;
    const list = async (username: string) => {
      const headers = await signInByInject(app, username, demoPassword);
      const input = encodeURIComponent(JSON.stringify({ unitId: branch.id, pageSize: 100 }));
      const res = await app.inject({ url: `/trpc/mailbox.board.list?input=${input}`, headers });
      expect(res.statusCode).toBe(200);
      return (res.json() as TopicPage).result.data;
    };
    const onBoard = { unitId: branch.id };
    const moderated = await list(found.secretary.username);
    expect(moderated.total).toBe(await database.db.boardTopic.count({ where: onBoard }));
    expect(moderated.total).toBeGreaterThan(0);
    const seen = await list(member.username);
    expect(seen.total).toBe(
      await database.db.boardTopic.count({
        where: { ...onBoard, hiddenAt: null, OR: [{ held: false }, { authorId: member.id }] },
      }),
    );
    expect(seen.items.some((t) => t.hidden)).toBe(false);
  });

  it('lets a generated account sign in with the fixture password', async () => {
    const generated = await database.db.user.findFirstOrThrow({
      where: { createdAt: { lte: now }, disabledAt: null },
      orderBy: { id: 'asc' },
    });
    await expect(signInByInject(app, generated.username, demoPassword)).resolves.toMatchObject({
      cookie: expect.stringContaining('strata_session'),
    });
  });

  // A second build, with the time the first has in beforeAll (the hook's 180 s): 10-20 s on PostgreSQL usually, and
  // past the 60 s of a test once, on a machine running more beside the suite.
  it('builds the same rows from the same seed', { timeout: 180_000 }, async () => {
    const again = await createTestDatabase(provider);
    try {
      await buildFixture({ url: again.url, size: 's', seed, now });
      expect(built.articles.length).toBeGreaterThan(size.articles / 2);
      expect(built.users.length).toBeGreaterThan(size.users / 2);
      expect(built.letters.length).toBe(size.letters);
      expect(built.boardTopics.length).toBe(size.boardTopics);
      expect(await generatedRows(again)).toEqual(built);
    } finally {
      await again.drop();
    }
  });
});
