// The dues ledger in the large fixture (scripts/fixture): `duesMonths` months of books (24 at xl: about 2 million
// assessments over 100,000 members, as many payment lines again) up to the month before the fixture's `now`, written
// as the service writes them and in the order it would have: a base for every paying member (probationary and full,
// active or floating), each month's assessment run per branch (a member admitted after the run is assessed on the day
// of admission), payments with their receipts (numbered per unit and year in the order taken; most monthly, a quarter
// of members the quarter ahead, some months late, some in part, a few members falling six months and more behind),
// each month's collections remitted from the branch to its township and from the township to the municipality (an
// entry at each end and a DuesRemittance row), and every month closed but the last two. Each unit's entries are
// numbered 1, 2, 3… and chained exactly as appendEntries chains them (under ledgerKey(): the fixture runs under the
// personal-data ring the gateway opens), and each unit's head is its last entry: the links and hashes are filled where
// the rows are written (chainDerivers, on the large fixture's writer thread). Rows go in through the bulk
// writer, never a Prisma call per row; the triggers refuse only UPDATE and DELETE.
import {
  type AuditedObject,
  type AuditSubject,
  auditSubject,
  type FixtureContext,
  type FixtureRandom,
  type FixtureValue,
  type TeamFixture,
} from '@strata/api';
import { calendarDay, dayNumber, dayText, startOfDayNumber } from '@strata/i18n/days';
import {
  baseOf,
  categoryOf,
  hardshipOf,
  type PayHabit,
  payHabits,
  payOdds,
  proxyNameFor,
  raised,
  requestKeyFrom,
} from './fixture-draws';
import { reductionOf } from './hardship/hardship-rules';
import { allocatePayment, type OwedMonth, type PaymentLine } from './ledger/allocate';
import { totalSteps, unsettledSteps } from './ledger/append-entries';
import { contentFields, type EntryContent } from './ledger/chain';
import { chainDerivers } from './ledger/chain-derivers';
import type { EntryKind } from './ledger/entries';
import { ledgerKey } from './ledger/ledger-key';
import { leftOf, type MonthTotals } from './ledger/member-months';
import { duesLabels } from './locales';
import { payingStages, payingStatuses } from './members/dues-member';
import { receiptNo } from './payments/receipts';
import { receiptCode } from './payments/record-payment';
import { type DeclaredBase, dueFor, monthNumber, monthText, payableIn } from './rules/member-month';
import { loadRuleSets } from './rules/rule-sets';

const entryColumns = ['id', ...contentFields, 'prevHash', 'hash', 'onceKey'] as const;
const totalColumns = ['unitId', 'kind', 'month', 'booked', 'amountFen', 'entries'] as const;
const unsettledColumns = ['memberId', 'month', 'unitId', 'leftFen'] as const;
const baseColumns = [
  'id',
  'memberId',
  'effectiveFrom',
  'category',
  'baseFen',
  'setFen',
  'source',
  'enteredById',
  'createdAt',
  'updatedAt',
] as const;
const paymentColumns = [
  'id',
  'unitId',
  'memberId',
  'year',
  'receiptSeq',
  'receiptNo',
  'amountFen',
  'extraFen',
  'lines',
  'paidOn',
  'payer',
  'proxyName',
  'requestKey',
  'actorId',
  'note',
  'createdAt',
] as const;
const remittanceColumns = [
  'id',
  'unitId',
  'toUnitId',
  'period',
  'amountFen',
  'sentOn',
  'sentById',
  'sentSeq',
  'receivedFen',
  'receivedOn',
  'receivedById',
  'receivedSeq',
  'note',
  'createdAt',
] as const;
const hardshipColumns = [
  'id',
  'unitId',
  'memberId',
  'fromMonth',
  'toMonth',
  'payFen',
  'reason',
  'state',
  'proposedById',
  'proposedAt',
  'decidedById',
  'decidedAt',
  'answer',
] as const;
const closeColumns = ['id', 'unitId', 'month', 'closedById', 'closedAt', 'note'] as const;
const headColumns = ['unitId', 'seq', 'hash'] as const;

/** Rows held before an insert call: bounds the memory millions of entries take while they are written. */
const chunk = 20_000;
/** One payment in this many is offered to the audit log (it names receipts as `dues.pay` does). */
const auditEvery = 40;

type Row = FixtureValue[];

/** An entry as its writer states it, before it is numbered and chained. */
type Draft = {
  kind: EntryKind;
  memberId: number | null;
  month: string;
  amountFen: number;
  on: string;
  counterpartUnitId: number | null;
  receiptNo: string | null;
  onceKey: string | null;
};

type PaymentDraft = {
  memberId: number;
  memberName: string;
  paidOn: string;
  amountFen: number;
  extraFen: number;
  lines: PaymentLine[];
  payer: 'self' | 'proxy';
  proxyName: string;
  requestKey: string;
};

/** Both ends of a remittance: the sender's entry, and the receiver's once it arrived (null: on its way). */
type Remittance = {
  id: number;
  unitId: number;
  toUnitId: number;
  period: string;
  amountFen: number;
  sentDay: number;
  sentAtMs: number;
  sentById: number | null;
  sentSeq: number;
  receivedFen: number | null;
  receivedOn: string | null;
  receivedById: number | null;
  receivedSeq: number | null;
};

/** What one call of the service writes at one instant: an assessment run, a payment's lines, one end of a remittance. */
type Write = {
  atMs: number;
  /** Ties at one instant keep the order they were drawn in. */
  serial: number;
  entries: Draft[];
  payment?: PaymentDraft;
  sent?: Remittance;
  received?: Remittance;
};

/** An object the audit log may name, as the service's own entry names it. */

type DuesUnit = { id: number; parentId: number | null; name: string; siteCode: string | null };
type PayingMember = { id: number; unitId: number; name: string; occupation: string; probationaryOn: string };

/** The fixture's calendar: today (Asia/Shanghai) as a day number, the months of books, instants on a day. */
class Calendar {
  readonly today: number;
  readonly current: string;
  readonly months: string[];
  /** The months of books and the current one (payments only), each with its number and first day. */
  readonly booked: { month: string; n: number; start: number }[];
  readonly #days = new Map<number, string>();
  readonly #starts = new Map<number, number>();
  constructor(now: Date, count: number) {
    const today = calendarDay(now);
    this.today = dayNumber(today);
    this.current = today.slice(0, 7);
    this.months = Array.from({ length: count }, (_, i) => monthText(monthNumber(this.current) - count + i));
    this.booked = [...this.months, this.current].map((month) => ({
      month,
      n: monthNumber(month),
      start: this.firstDay(month),
    }));
  }
  firstDay(month: string) {
    return dayNumber(`${month}-01`);
  }
  next(month: string) {
    return monthText(monthNumber(month) + 1);
  }
  text(day: number) {
    let found = this.#days.get(day);
    if (!found) {
      found = dayText(day);
      this.#days.set(day, found);
    }
    return found;
  }
  /** A moment of `day` in Shanghai, `minute` minutes after midnight (and some seconds). */
  at(random: FixtureRandom, day: number, minute: number) {
    let start = this.#starts.get(day);
    if (start === undefined) {
      start = startOfDayNumber(day);
      this.#starts.set(day, start);
    }
    return start + minute * 60_000 + random.int(60) * 1000;
  }
}

/**
 * Who writes a unit's books: its secretary (a branch) or admin (a township, the municipality), else another officer
 * there; a unit without one (some of the demo's branches) has its books kept from the nearest unit above that has.
 */
function officers(ctx: FixtureContext, units: readonly DuesUnit[]) {
  const rank: Record<string, number> = { branch_secretary: 0, township_admin: 0, municipal_admin: 0 };
  const best = new Map<number, { id: number; rank: number }>();
  for (const user of ctx.users)
    for (const g of user.grants) {
      if (g.role === 'member') continue;
      const r = rank[g.role] ?? 1;
      const held = best.get(g.unitId);
      if (!held || r < held.rank) best.set(g.unitId, { id: user.id, rank: r });
    }
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const found = new Map<number, number | null>();
  const of = (unitId: number): number | null => {
    let id = found.get(unitId);
    if (id === undefined) {
      const parent = parentOf.get(unitId);
      id = best.get(unitId)?.id ?? (parent === null || parent === undefined ? null : of(parent));
      found.set(unitId, id);
    }
    return id;
  };
  return of;
}

/** Rows of every table held for the bulk writer, sent a chunk at a time (between units, never per row). */
function writers(ctx: FixtureContext) {
  const held = new Map<string, { columns: readonly string[]; rows: Row[] }>();
  const flush = async (table: string) => {
    const buffer = held.get(table);
    if (buffer?.rows.length) await ctx.insert(table, buffer.columns, buffer.rows);
    if (buffer) buffer.rows = [];
  };
  return {
    push: (table: string, columns: readonly string[], row: Row) => {
      let buffer = held.get(table);
      if (!buffer) {
        buffer = { columns, rows: [] };
        held.set(table, buffer);
      }
      buffer.rows.push(row);
    },
    /** Sends every table's rows once it holds a chunk (all of them with `all`). */
    flush: async (all = false) => {
      for (const [table, buffer] of held) if (all || buffer.rows.length >= chunk) await flush(table);
    },
  };
}

async function generateDues(ctx: FixtureContext): Promise<AuditSubject[]> {
  const count = ctx.size.counts.duesMonths ?? 0;
  // Books are built once, into a fresh database: over books already kept, the chains would not continue.
  if (count <= 0 || (await ctx.db.duesEntry.count()) > 0) return [];
  const random = ctx.random;
  const calendar = new Calendar(ctx.now, count);
  const ruleSets = await loadRuleSets(ctx.db);
  const units: DuesUnit[] = await ctx.db.unit.findMany({
    select: { id: true, parentId: true, name: true, siteCode: true },
    orderBy: { id: 'asc' },
  });
  const members = (await ctx.db.member.findMany({
    where: {
      stage: { in: [...payingStages] },
      status: { in: [...payingStatuses] },
      probationaryOn: { not: null },
    },
    select: { id: true, unitId: true, name: true, occupation: true, probationaryOn: true },
    orderBy: { id: 'asc' },
  })) as PayingMember[];
  const actorOf = officers(ctx, units);
  const out = writers(ctx);
  const ids = {
    base: await ctx.nextId('DuesBase'),
    entry: await ctx.nextId('DuesEntry'),
    payment: await ctx.nextId('DuesPayment'),
    remittance: await ctx.nextId('DuesRemittance'),
    close: await ctx.nextId('DuesMonthClose'),
    hardship: await ctx.nextId('DuesHardship'),
  };

  // Bases: declared from admission, or from the first month of the books for those admitted before; a raise for some.
  const basesOf = new Map<number, DeclaredBase[]>();
  const auditedBases: AuditedObject[] = [];
  const firstMonth = calendar.months[0] ?? calendar.current;
  for (const member of members) {
    const admitted = member.probationaryOn.slice(0, 7);
    const from = monthText(Math.max(monthNumber(admitted), monthNumber(firstMonth)));
    const category = categoryOf(random, member.occupation);
    const declared = baseOf(random, category);
    const bases: DeclaredBase[] = [{ effectiveFrom: from, category, ...declared }];
    const later = monthNumber(calendar.current) - 1 - monthNumber(from);
    // A raise (a pension's yearly rise, a new post) for a share of those who pay on a base.
    if (declared.baseFen > 0 && later > 1 && random.next() < payOdds.raise)
      bases.push({
        effectiveFrom: monthText(monthNumber(from) + 1 + random.int(later)),
        category,
        baseFen: raised(random, declared.baseFen),
        setFen: null,
      });
    basesOf.set(member.id, bases);
    await out.flush();
    const source = random.next() < 0.2 ? 'import' : 'form'; // whole numbers: a chance
    for (const base of bases) {
      // Entered early in its first month (not before admission, not after yesterday).
      const day = Math.min(
        calendar.today - 1,
        Math.max(calendar.firstDay(base.effectiveFrom) + random.int(5), dayNumber(member.probationaryOn)),
      );
      const at = new Date(calendar.at(random, day, 9 * 60 + random.int(8 * 60)));
      const id = ids.base++;
      out.push('DuesBase', baseColumns, [
        id,
        member.id,
        base.effectiveFrom,
        base.category,
        base.baseFen,
        base.setFen ?? null,
        source,
        actorOf(member.unitId),
        at,
        at,
      ]);
      if (id % auditEvery === 0)
        auditedBases.push({
          id,
          unitId: member.unitId,
          label: `${member.name} ${base.effectiveFrom}`,
          after: { effectiveFrom: base.effectiveFrom, category: base.category, baseFen: base.baseFen },
        });
    }
  }
  await out.flush(true);

  const membersOf = new Map<number, PayingMember[]>();
  for (const m of members) {
    const list = membersOf.get(m.unitId);
    if (list) list.push(m);
    else membersOf.set(m.unitId, [m]);
  }
  const childrenOf = new Map<number | null, DuesUnit[]>();
  for (const u of units) {
    const list = childrenOf.get(u.parentId);
    if (list) list.push(u);
    else childrenOf.set(u.parentId, [u]);
  }
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  // Links and hashes where the entries are written (null here).
  await ctx.deriveOnWrite(chainDerivers, [ledgerKey()]);
  const remittances: Remittance[] = [];
  const heads: Row[] = [];
  const auditedPayments: AuditedObject[] = [];
  let serial = 0;

  /**
   * A hardship case for some members, its row written at once: proposed by the branch and decided by the unit above
   * before its first month (approved or declined), or proposed lately for the months ahead and not decided yet.
   * Answers an approved one's months and what is paid in them, for the runs to reduce.
   */
  const hardshipCase = (member: PayingMember, admittedDay: number) => {
    const drawn = hardshipOf(random);
    if (!drawn) return null;
    const months = calendar.months;
    // From a month after admission (and after the books' first), so that its runs see the member on the books.
    const first = Math.max(1, monthNumber(member.probationaryOn.slice(0, 7)) - monthNumber(months[0] as string) + 1);
    const pending = drawn.state === 'proposed';
    if (!pending && first >= months.length) return null;
    const from = pending
      ? calendar.next(calendar.current)
      : (months[first + random.int(months.length - first)] as string);
    const to = monthText(monthNumber(from) + drawn.months - 1);
    const decidedDay = pending ? null : calendar.firstDay(from) - 1 - random.int(10);
    const proposedDay = pending ? calendar.today - 1 - random.int(10) : (decidedDay as number) - 2 - random.int(10);
    if (proposedDay <= admittedDay) return null;
    const id = ids.hardship++;
    const unitAbove = parentOf.get(member.unitId);
    out.push('DuesHardship', hardshipColumns, [
      id,
      member.unitId,
      member.id,
      from,
      to,
      drawn.payFen,
      drawn.reason,
      drawn.state,
      actorOf(member.unitId),
      new Date(calendar.at(random, proposedDay, 10 * 60 + random.int(6 * 60))),
      decidedDay === null || unitAbove === null || unitAbove === undefined ? null : actorOf(unitAbove),
      decidedDay === null ? null : new Date(calendar.at(random, decidedDay, 14 * 60 + random.int(3 * 60))),
      drawn.answer,
    ]);
    return drawn.state === 'approved' ? { id, from, to, payFen: drawn.payFen } : null;
  };

  /** One member's months at their branch: assessments (into the month's run, or on admission) and payments. */
  const memberWrites = (member: PayingMember, runs: Map<string, { day: number; write: Write }>, writes: Write[]) => {
    const admitted = member.probationaryOn.slice(0, 7);
    const admittedDay = dayNumber(member.probationaryOn);
    const bases = basesOf.get(member.id) ?? [];
    const standing = { admittedMonth: admitted, bases };
    const lines = new Map<string, MonthTotals>();
    const totals = (month: string) => {
      let t = lines.get(month);
      if (!t) {
        t = { assessedFen: 0, reducedFen: 0, paidFen: 0, extraFen: 0 };
        lines.set(month, t);
      }
      return t;
    };
    const hardship = hardshipCase(member, admittedDay);
    const habit: PayHabit = random.weighted(payHabits);
    // A member falling behind stops paying 6-13 months before now: six unpaid months or more, flagged.
    const stopsAt = habit === 'behind' ? monthNumber(calendar.current) - 6 - random.int(8) : Number.POSITIVE_INFINITY;
    const parity = random.int(2);
    for (const { month, n, start } of calendar.booked) {
      if (month < admitted) continue;
      // Payments from the 6th (after the month's run), and not before admission.
      let earliest = Math.max(start + 5, admittedDay + 1);
      const run = runs.get(month);
      if (run) {
        const due = dueFor(month, standing, ruleSets);
        if (due.due !== null && due.due > 0) {
          const assessment = (on: number): Draft => ({
            kind: 'assessment',
            memberId: member.id,
            month,
            amountFen: due.due,
            on: calendar.text(on),
            counterpartUnitId: null,
            receiptNo: null,
            onceKey: `a:${member.id}:${month}:0`,
          });
          if (admittedDay < run.day) {
            run.write.entries.push(assessment(run.day));
            // An approved reduction holding this month is booked with the run, as the service books it.
            const reducedFen =
              hardship && month >= hardship.from && month <= hardship.to ? reductionOf(due.due, hardship.payFen) : 0;
            if (reducedFen > 0) {
              run.write.entries.push({
                kind: 'reduction',
                memberId: member.id,
                month,
                amountFen: reducedFen,
                on: calendar.text(run.day),
                counterpartUnitId: null,
                receiptNo: null,
                onceKey: `r:${hardship?.id}:${month}`,
              });
              totals(month).reducedFen += reducedFen;
            }
          } else {
            // Admitted after the month's run: the secretary runs the month again on the day (only they are new).
            writes.push({
              atMs: calendar.at(random, admittedDay, 17 * 60 + random.int(120)),
              serial: serial++,
              entries: [assessment(admittedDay)],
            });
            earliest = Math.max(earliest, admittedDay + 1);
          }
          totals(month).assessedFen += due.due;
        }
      }
      if (n >= stopsAt) continue;
      // What this month's payment would cover, as recordPayment reckons it: the months on the books with something
      // left (those without add nothing to an allocation), and below, months ahead not yet assessed.
      const owedList: OwedMonth[] = [];
      const payable: string[] = [];
      let total = 0;
      for (const [m, t] of lines) {
        const leftFen = leftOf(t);
        if (leftFen <= 0) continue;
        owedList.push({ month: m, leftFen });
        if (payableIn(month, m)) {
          payable.push(m);
          total += leftFen;
        }
      }
      let amount = 0;
      let named: string[] | undefined;
      if (habit === 'quarterly' && n % 3 === 0) {
        if (random.next() >= payOdds.skipQuarter) {
          // The quarter ahead (with anything still owed): months not assessed yet owe what dueFor makes of them.
          named = payable;
          for (let k = 0; k < 3; k++) {
            const ahead = monthText(n + k);
            if (ahead < admitted || named.includes(ahead)) continue;
            // On the books and paid already (ahead): nothing to name.
            if (lines.has(ahead)) continue;
            const due = dueFor(ahead, standing, ruleSets);
            if (!due.due) continue;
            owedList.push({ month: ahead, leftFen: due.due });
            named.push(ahead);
          }
          amount = named.reduce((sum, m) => sum + (owedList.find((o) => o.month === m)?.leftFen ?? 0), 0);
        }
      } else if (total > 0) {
        if (habit === 'bimonthly') amount = (n + parity) % 2 === 0 ? total : 0;
        else if (habit === 'partial' && random.next() < payOdds.partial) {
          const share = total * (30 + random.int(50));
          const part = (share - (share % 10_000)) / 100; // whole numbers: whole yuan of 30-79 % of what is owed
          amount = part > 0 ? part : total;
        } else amount = random.next() < payOdds.skip ? 0 : total;
      }
      if (amount <= 0) continue;
      const day = earliest + random.int(Math.max(1, start + 28 - earliest));
      if (day > start + 27 || day >= calendar.today) continue;
      // Now and then a round sum, the rest a voluntary extra.
      if (random.next() < payOdds.extra) amount = amount - (amount % 1000) + 1000;
      const allocation = allocatePayment(amount, owedList, month, named);
      if (!allocation.ok) continue;
      for (const line of allocation.lines) totals(line.month).paidFen += line.fen;
      if (allocation.overFen > 0) totals(month).extraFen += allocation.overFen;
      const proxy = random.next() < payOdds.proxy;
      const payment: PaymentDraft = {
        memberId: member.id,
        memberName: member.name,
        paidOn: calendar.text(day),
        amountFen: amount,
        extraFen: allocation.overFen,
        lines: allocation.lines,
        payer: proxy ? 'proxy' : 'self',
        proxyName: proxy ? proxyNameFor(random, member.name) : '',
        requestKey: requestKeyFrom(random),
      };
      const line = (kind: 'payment' | 'extra', m: string, fen: number, i: number | 'x'): Draft => ({
        kind,
        memberId: member.id,
        month: m,
        amountFen: fen,
        on: payment.paidOn,
        counterpartUnitId: null,
        receiptNo: null,
        onceKey: `p:${payment.requestKey}:${i}`,
      });
      const entries = allocation.lines.map((l, i) => line('payment', l.month, l.fen, i));
      if (allocation.overFen > 0) entries.push(line('extra', month, allocation.overFen, 'x'));
      writes.push({ atMs: calendar.at(random, day, 8 * 60 + random.int(10 * 60)), serial: serial++, entries, payment });
    }
  };

  /** A unit's books: its members' months, what its children sent it, what it sends up; returns what it sent. */
  const unitBooks = (unit: DuesUnit, incoming: readonly Remittance[]): Remittance[] => {
    const actorId = actorOf(unit.id);
    const writes: Write[] = [];
    const paying = membersOf.get(unit.id) ?? [];
    if (paying.length) {
      // Each month's run, early in the month, every member admitted by then in one call.
      const runs = new Map<string, { day: number; write: Write }>();
      for (const month of calendar.months) {
        const day = calendar.firstDay(month) + random.int(4);
        runs.set(month, {
          day,
          write: { atMs: calendar.at(random, day, 9 * 60 + random.int(90)), serial: serial++, entries: [] },
        });
      }
      for (const member of paying) memberWrites(member, runs, writes);
      for (const run of runs.values()) if (run.write.entries.length) writes.push(run.write);
    }
    // Collected for each month: the payments booked in it, and what the children sent for it and arrived.
    const collected = new Map<string, number>();
    const lastIn = new Map<string, number>();
    for (const w of writes)
      if (w.payment) {
        const period = w.payment.paidOn.slice(0, 7);
        collected.set(period, (collected.get(period) ?? 0) + w.payment.amountFen);
      }
    for (const r of incoming) {
      const day = r.sentDay + 1 + random.int(3);
      if (day >= calendar.today) continue;
      // Now and then a sum that does not match what was sent: the reconciliation shows it.
      const short = r.amountFen > 600 && random.next() < 0.005 ? 100 * (1 + random.int(5)) : 0; // whole numbers: a chance
      r.receivedFen = r.amountFen - short;
      r.receivedOn = calendar.text(day);
      r.receivedById = actorId;
      collected.set(r.period, (collected.get(r.period) ?? 0) + r.receivedFen);
      lastIn.set(r.period, Math.max(lastIn.get(r.period) ?? 0, day));
      writes.push({
        atMs: Math.max(calendar.at(random, day, 9 * 60 + random.int(8 * 60)), r.sentAtMs + 1),
        serial: serial++,
        entries: [
          {
            kind: 'remittanceIn',
            memberId: null,
            month: r.period,
            amountFen: r.receivedFen,
            on: r.receivedOn,
            counterpartUnitId: r.unitId,
            receiptNo: null,
            onceKey: `ri:${r.id}`,
          },
        ],
        received: r,
      });
    }
    const sent: Remittance[] = [];
    if (unit.parentId !== null)
      for (const period of calendar.months) {
        const amountFen = collected.get(period) ?? 0;
        if (amountFen <= 0) continue;
        const day = Math.max(
          calendar.firstDay(calendar.next(period)) + 2 + random.int(6),
          (lastIn.get(period) ?? 0) + 1 + random.int(2),
        );
        if (day >= calendar.today) continue;
        const r: Remittance = {
          id: ids.remittance++,
          unitId: unit.id,
          toUnitId: unit.parentId,
          period,
          amountFen,
          sentDay: day,
          sentAtMs: calendar.at(random, day, 9 * 60 + random.int(8 * 60)),
          sentById: actorId,
          sentSeq: 0,
          receivedFen: null,
          receivedOn: null,
          receivedById: null,
          receivedSeq: null,
        };
        sent.push(r);
        writes.push({
          atMs: r.sentAtMs,
          serial: serial++,
          entries: [
            {
              kind: 'remittanceOut',
              memberId: null,
              month: period,
              amountFen,
              on: calendar.text(day),
              counterpartUnitId: unit.parentId,
              receiptNo: null,
              onceKey: `ro:${unit.id}:${period}`,
            },
          ],
          sent: r,
        });
      }
    if (!writes.length) return sent;

    // In the order they were written: numbered, receipts taken, chained.
    writes.sort((a, b) => a.atMs - b.atMs || a.serial - b.serial);
    const code = receiptCode(unit);
    const receipts = new Map<number, number>();
    let seq = 0;
    const written: EntryContent[] = [];
    for (const w of writes) {
      const at = new Date(w.atMs);
      const atText = at.toISOString();
      const p = w.payment;
      let number: string | null = null;
      if (p) {
        const year = Number(p.paidOn.slice(0, 4));
        const receiptSeq = (receipts.get(year) ?? 0) + 1;
        receipts.set(year, receiptSeq);
        number = receiptNo(code, year, receiptSeq);
        const id = ids.payment++;
        out.push('DuesPayment', paymentColumns, [
          id,
          unit.id,
          p.memberId,
          year,
          receiptSeq,
          number,
          p.amountFen,
          p.extraFen,
          JSON.stringify(p.lines),
          p.paidOn,
          p.payer,
          p.proxyName,
          p.requestKey,
          actorId,
          '',
          at,
        ]);
        if (id % auditEvery === 0)
          auditedPayments.push({
            id,
            unitId: unit.id,
            label: `${number} ${p.memberName}`,
            after: { receiptNo: number, amountFen: p.amountFen, months: p.lines.map((l) => l.month) },
          });
      }
      for (const draft of w.entries) {
        const next: EntryContent = {
          unitId: unit.id,
          seq: ++seq,
          kind: draft.kind,
          memberId: draft.memberId,
          month: draft.month,
          amountFen: draft.amountFen,
          on: draft.on,
          reversesSeq: null,
          counterpartUnitId: draft.counterpartUnitId,
          receiptNo: number ?? draft.receiptNo,
          actorId,
          note: '',
          at: atText,
        };
        written.push(next);
        out.push('DuesEntry', entryColumns, [
          ids.entry++,
          unit.id,
          next.seq,
          next.kind,
          next.memberId,
          next.month,
          next.amountFen,
          next.on,
          null,
          next.counterpartUnitId,
          next.receiptNo,
          actorId,
          '',
          atText,
          null,
          null,
          draft.onceKey,
        ]);
      }
      if (w.sent) w.sent.sentSeq = seq;
      if (w.received) w.received.receivedSeq = seq;
    }
    heads.push([unit.id, seq, null]);
    // The unit's running totals and its members' unsettled months, as appendEntries keeps them.
    for (const t of totalSteps(written))
      out.push('DuesTotal', totalColumns, [unit.id, t.kind, t.month, t.booked, t.amountFen, t.entries]);
    for (const m of unsettledSteps(written))
      out.push('DuesUnsettledMonth', unsettledColumns, [m.memberId, m.month, unit.id, m.leftFen]);
    // Every month closed but the last two, late in the month after (after its remittances came and went).
    for (const month of calendar.months.slice(0, -2)) {
      const day = calendar.firstDay(calendar.next(month)) + 25 + random.int(3);
      out.push('DuesMonthClose', closeColumns, [
        ids.close++,
        unit.id,
        month,
        actorId,
        new Date(calendar.at(random, day, 16 * 60 + random.int(120))),
        '',
      ]);
    }
    return sent;
  };

  // Children before their parent: a township's books take in what its branches sent.
  const walk = async (unit: DuesUnit): Promise<Remittance[]> => {
    const incoming: Remittance[] = [];
    for (const child of childrenOf.get(unit.id) ?? []) incoming.push(...(await walk(child)));
    incoming.sort((a, b) => a.sentAtMs - b.sentAtMs || a.id - b.id);
    const sent = unitBooks(unit, incoming);
    remittances.push(...sent);
    await out.flush();
    return sent;
  };
  for (const root of childrenOf.get(null) ?? []) await walk(root);

  for (const r of remittances.sort((a, b) => a.id - b.id))
    out.push('DuesRemittance', remittanceColumns, [
      r.id,
      r.unitId,
      r.toUnitId,
      r.period,
      r.amountFen,
      calendar.text(r.sentDay),
      r.sentById,
      r.sentSeq,
      r.receivedFen,
      r.receivedOn,
      r.receivedById,
      r.receivedSeq,
      '',
      new Date(r.sentAtMs),
    ]);
  await out.flush(true);
  if (heads.length) await ctx.insert('DuesChainHead', headColumns, heads);

  // The audit log names them with the team's labelled actions.
  const labelled = new Set(Object.keys(duesLabels['zh-CN'].auditAction));
  const share = 0.5; // whole numbers: a share of the audit log, not money
  const subject = (entity: string, action: string, objects: readonly AuditedObject[]) =>
    auditSubject(labelled, entity, share, [[action, 1]], objects);
  return [...subject('DuesPayment', 'dues.pay', auditedPayments), ...subject('DuesBase', 'dues.base', auditedBases)];
}

export const duesFixture: TeamFixture = {
  generate: async (ctx) => {
    ctx.audit.push(...(await generateDues(ctx)));
  },
};
