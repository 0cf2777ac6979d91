// The ledger on both databases: the rules of 2008 as the migration stored them; append-only in the database itself
// (UPDATE and DELETE refused on entries, payments and month closes, whatever client sends them); each unit's chain
// verifies, and a change made past the triggers (by someone who can disable them), or to one byte of the SQLite
// file itself, is found and the entry named;
// assessment is idempotent, run twice or twice at once; a payment sent again is recorded once, two at once for the
// same member are both recorded with their own receipts; a correction reverses an entry once, booked in an open
// month; a closed month takes no more entries.
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Scope } from '@strata/api';
import type { Unit } from '@strata/db';
import { createDb, providerOfClient, sqliteFile } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, type TestEnv } from '../../../tests/support/env';
import { verifyBooks } from '../src/ledger/verify-books';
import { rules2008 } from '../src/rules/rules-2008';
import { addPayer, requestKey } from './support/dues';

describe.each(await testProviders())('the dues ledger on %s', (provider) => {
  let env: TestEnv;
  let secretary: Caller;
  let branch: Unit;

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    branch = env.seed.townships.chengguan!.branches[0]!;
    secretary = await env.as('secretary');
  });
  afterAll(() => env?.drop());

  const pay = (memberId: number, amountFen: number, extra: Record<string, unknown> = {}) =>
    secretary.dues.payments.record({
      memberId,
      amountFen,
      paidOn: '2026-03-10',
      payer: 'self',
      requestKey: requestKey(),
      ...extra,
    });
  const entriesOf = (memberId: number) => env.db.duesEntry.findMany({ where: { memberId }, orderBy: { seq: 'asc' } });

  it('holds the rules of 2008 as the migration stored them', async () => {
    const rules = await secretary.dues.rules.list();
    expect(rules.map(({ effectiveFrom, rounding, categories }) => ({ effectiveFrom, rounding, categories }))).toEqual([
      rules2008,
    ]);
  });

  it('assesses a month once: a second run, or two at once, write nothing more', async () => {
    const a = await addPayer(env, branch.id, { baseFen: 300_000 });
    const b = await addPayer(env, branch.id, { baseFen: 300_001 });
    const assess = () =>
      env.at('2026-02-03T09:00:00', () => secretary.dues.ledger.assess({ unitId: branch.id, month: '2026-01' }));
    const [first, second] = await Promise.all([assess(), assess()]);
    expect(first.assessed + second.assessed).toBeGreaterThanOrEqual(2);
    const again = await assess();
    expect(again.assessed).toBe(0);
    expect(again.already).toBeGreaterThanOrEqual(2);
    // 3,000.00 yuan at 0.5 % and 3,000.01 at 1 %: the whole base at its bracket's rate.
    expect((await entriesOf(a.id)).map((e) => [e.kind, e.month, e.amountFen])).toEqual([
      ['assessment', '2026-01', 1_500],
    ]);
    expect((await entriesOf(b.id)).map((e) => [e.kind, e.month, e.amountFen])).toEqual([
      ['assessment', '2026-01', 3_000],
    ]);
  });

  it('records a payment once however often it is sent, and two at once for one member each with its receipt', async () => {
    const member = await addPayer(env, branch.id, { baseFen: 400_000 });
    await env.at('2026-03-10T09:00:00', async () => {
      for (const month of ['2026-01', '2026-02']) await secretary.dues.ledger.assess({ unitId: branch.id, month });
      await secretary.dues.ledger.assess({ unitId: branch.id, month: '2026-03' });
    });
    const key = requestKey();
    const once = await env.at('2026-03-10T10:00:00', () => pay(member.id, 4_000, { requestKey: key }));
    const again = await env.at('2026-03-10T10:00:05', () => pay(member.id, 4_000, { requestKey: key }));
    expect(again).toEqual(once);
    expect(once.receiptNo).toMatch(/^R-[a-z0-9-]+-2026-\d{6}$/);
    // Three months were owed 4,000 fen each, January is paid; two officers record one month each at the same moment.
    const both = await env.at('2026-03-10T10:01:00', () => Promise.all([pay(member.id, 4_000), pay(member.id, 4_000)]));
    expect(new Set([once.receiptNo, ...both.map((p) => p.receiptNo)]).size).toBe(3);
    const lines = (await entriesOf(member.id)).filter((e) => e.kind === 'payment');
    expect(lines.map((e) => [e.month, e.amountFen])).toEqual([
      ['2026-01', 4_000],
      ['2026-02', 4_000],
      ['2026-03', 4_000],
    ]);
    // A third finds nothing owed and says so instead of recording it.
    await expect(env.at('2026-03-10T10:02:00', () => pay(member.id, 4_000))).rejects.toMatchObject({
      key: 'dues.nothingOwed',
    });
    const statement = await env.at('2026-03-11T09:00:00', () =>
      secretary.dues.statements.member({ memberId: member.id }),
    );
    expect(statement.arrears.totalFen).toBe(0);
    expect(statement.months.filter((m) => m.month >= '2026-02').map((m) => [m.month, m.paidFen, m.leftFen])).toEqual([
      ['2026-03', 4_000, 0],
      ['2026-02', 4_000, 0],
    ]);
  });

  it("lists a unit's books a page at a time, each filter's total as the books hold it", async () => {
    const member = await addPayer(env, branch.id, { baseFen: 500_000 });
    await env.at('2026-03-10T09:00:00', () => secretary.dues.ledger.assess({ unitId: branch.id, month: '2026-03' }));
    await env.at('2026-03-10T11:00:00', () => pay(member.id, 5_000));
    const filters = [
      {},
      { month: '2026-03' },
      { kind: 'payment' as const },
      { memberId: member.id },
      { month: '2026-03', kind: 'assessment' as const, memberId: member.id },
    ];
    for (const filter of filters) {
      const want = await env.db.duesEntry.findMany({
        where: { unitId: branch.id, ...filter },
        orderBy: { seq: 'desc' },
        select: { seq: true },
      });
      const page = await secretary.dues.ledger.list({ unitId: branch.id, ...filter, page: 1, pageSize: 3 });
      expect(page.total, JSON.stringify(filter)).toBe(want.length);
      expect(page.items.map((e) => e.seq)).toEqual(want.slice(0, 3).map((e) => e.seq));
    }
    // The member's own lines: their month's assessment and their payment, nothing of anyone else's.
    const own = await secretary.dues.ledger.list({ unitId: branch.id, memberId: member.id });
    expect(own.items.map((e) => [e.kind, e.memberId])).toEqual([
      ['payment', member.id],
      ['assessment', member.id],
    ]);
    // Another township's books are missing to the branch's secretary.
    const other = env.seed.townships.donghu!.branches[0]!;
    await expect(secretary.dues.ledger.list({ unitId: other.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('corrects an entry once with its exact opposite, and a closed month takes no more entries', async () => {
    const member = await addPayer(env, branch.id, { baseFen: 200_000 });
    await env.at('2026-03-12T09:00:00', () => secretary.dues.ledger.assess({ unitId: branch.id, month: '2026-03' }));
    const [assessment] = await entriesOf(member.id);
    const fix = () =>
      env.at('2026-03-12T10:00:00', () =>
        secretary.dues.ledger.correct({ unitId: branch.id, seq: assessment!.seq, note: '基数录错' }),
      );
    const { seq } = await fix();
    const correction = await env.db.duesEntry.findUniqueOrThrow({ where: { unitId_seq: { unitId: branch.id, seq } } });
    expect(correction).toMatchObject({
      kind: 'assessment',
      month: '2026-03',
      amountFen: -1_000,
      reversesSeq: assessment!.seq,
    });
    await expect(fix()).rejects.toMatchObject({ key: 'dues.reversedAlready' });
    // Assessed again after the correction: the month stands at one assessment.
    await env.at('2026-03-12T11:00:00', () => secretary.dues.ledger.assess({ unitId: branch.id, month: '2026-03' }));
    const net = (await entriesOf(member.id)).reduce((sum, e) => sum + e.amountFen, 0);
    expect(net).toBe(1_000);

    await env.at('2026-04-02T09:00:00', () => secretary.dues.ledger.close({ unitId: branch.id, month: '2026-03' }));
    await expect(
      env.at('2026-04-02T10:00:00', () => pay(member.id, 1_000, { paidOn: '2026-03-31', requestKey: requestKey() })),
    ).rejects.toMatchObject({ key: 'dues.monthClosed' });
    // Paid in April for March: booked in April, an open month.
    await env.at('2026-04-02T10:00:00', () => pay(member.id, 1_000, { paidOn: '2026-04-02' }));
    await expect(
      env.at('2026-04-03T09:00:00', () => secretary.dues.ledger.close({ unitId: branch.id, month: '2026-03' })),
    ).rejects.toMatchObject({ key: 'dues.closedAlready' });
  });

  it('takes a payment back once, every line of its receipt reversed, the months owed again', async () => {
    const member = await addPayer(env, branch.id, { baseFen: 300_000 });
    await env.at('2026-04-20T09:00:00', () => secretary.dues.ledger.assess({ unitId: branch.id, month: '2026-04' }));
    const paid = await env.at('2026-04-20T10:00:00', () =>
      pay(member.id, 2_500, { paidOn: '2026-04-20', over: 'extra', months: ['2026-04'] }),
    );
    const receipts = async () =>
      (
        await env.at('2026-04-21T11:00:00', () => secretary.dues.statements.member({ memberId: member.id }))
      ).payments.map((p) => [p.id, p.receiptNo, p.amountFen, p.reversed]);
    expect(await receipts()).toEqual([[paid.id, paid.receiptNo, 2_500, false]]);
    const taken = () =>
      env.at('2026-04-21T10:00:00', () => secretary.dues.payments.void({ id: paid.id, note: '收错了人' }));
    expect(await taken()).toEqual({ id: paid.id, entries: 2 });
    await expect(taken()).rejects.toMatchObject({ key: 'dues.paymentVoided' });
    expect((await entriesOf(member.id)).map((e) => [e.kind, e.amountFen])).toEqual([
      ['assessment', 1_500],
      ['payment', 1_500],
      ['extra', 1_000],
      ['payment', -1_500],
      ['extra', -1_000],
    ]);
    expect(await secretary.dues.payments.get({ id: paid.id })).toMatchObject({ reversed: true, extraFen: 1_000 });
    const statement = await env.at('2026-04-21T11:00:00', () =>
      secretary.dues.statements.member({ memberId: member.id }),
    );
    expect(statement.months[0]).toMatchObject({ month: '2026-04', paidFen: 0, extraFen: 0, leftFen: 1_500 });
    // The statement's receipt says it was taken back.
    expect(await receipts()).toEqual([[paid.id, paid.receiptNo, 2_500, true]]);
  });

  it('refuses UPDATE and DELETE of entries, payments and month closes in the database itself', async () => {
    const member = await addPayer(env, branch.id);
    const other = env.seed.townships.chengguan!.branches[1]!;
    await env.at('2026-04-05T09:00:00', () => secretary.dues.ledger.assess({ unitId: branch.id, month: '2026-04' }));
    const admin = await env.as('admin');
    await env.at('2026-04-05T09:00:00', () => admin.dues.ledger.close({ unitId: other.id, month: '2026-03' }));
    await env.at('2026-04-05T09:10:00', () => pay(member.id, 4_000, { paidOn: '2026-04-05' }));
    const raw = env.db;
    for (const table of ['DuesEntry', 'DuesPayment', 'DuesMonthClose']) {
      await expect(raw.$executeRawUnsafe(`UPDATE "${table}" SET "note" = 'changed'`)).rejects.toThrow(/append-only/);
      await expect(raw.$executeRawUnsafe(`DELETE FROM "${table}"`)).rejects.toThrow(/append-only/);
    }
    if (providerOfClient(raw) === 'postgresql')
      await expect(raw.$executeRawUnsafe('TRUNCATE "DuesEntry" CASCADE')).rejects.toThrow(/append-only/);
    expect(await raw.duesEntry.count({ where: { note: 'changed' } })).toBe(0);
  });

  it('verifies each chain, and names the first entry changed past the triggers', async () => {
    const ok = await secretary.dues.ledger.verify({ unitId: branch.id });
    expect(ok.broken).toEqual([]);
    expect(ok.entries).toBe(await env.db.duesEntry.count({ where: { unitId: branch.id } }));
    expect(ok.totalsOff).toEqual([]);
    // The running totals the reports read are derived: one off is named, and the chain itself still holds.
    const total = await env.db.duesTotal.findFirstOrThrow({ where: { unitId: branch.id } });
    const key = { unitId: total.unitId, kind: total.kind, month: total.month, booked: total.booked };
    await env.db.duesTotal.update({
      where: { unitId_kind_month_booked: key },
      data: { amountFen: total.amountFen + 1 },
    });
    const off = await secretary.dues.ledger.verify({ unitId: branch.id });
    expect([off.broken, off.totalsOff]).toEqual([[], [{ unitId: branch.id, unitName: branch.name }]]);
    await env.db.duesTotal.update({ where: { unitId_kind_month_booked: key }, data: { amountFen: total.amountFen } });
    // So are the members' unsettled months the collection list reads: one off, one missing, or one too many (a month
    // settled in the books kept as unsettled) is named.
    const line = await env.db.duesUnsettledMonth.findFirstOrThrow({ where: { unitId: branch.id } });
    const lineKey = { memberId: line.memberId, month: line.month, unitId: line.unitId };
    const offBy = async (change: () => Promise<unknown>) => {
      await change();
      return (await secretary.dues.ledger.verify({ unitId: branch.id })).totalsOff;
    };
    const named = [{ unitId: branch.id, unitName: branch.name }];
    expect(
      await offBy(() =>
        env.db.duesUnsettledMonth.update({
          where: { memberId_month_unitId: lineKey },
          data: { leftFen: line.leftFen + 1 },
        }),
      ),
    ).toEqual(named);
    expect(await offBy(() => env.db.duesUnsettledMonth.delete({ where: { memberId_month_unitId: lineKey } }))).toEqual(
      named,
    );
    expect(await offBy(() => env.db.duesUnsettledMonth.create({ data: line }))).toEqual([]);
    const settled = { ...lineKey, month: '1999-01' };
    expect(await offBy(() => env.db.duesUnsettledMonth.create({ data: { ...settled, leftFen: 100 } }))).toEqual(named);
    expect(await offBy(() => env.db.duesUnsettledMonth.delete({ where: { memberId_month_unitId: settled } }))).toEqual(
      [],
    );
    const township = await env.as('chengguan');
    expect(
      (await township.dues.ledger.verify({ unitId: env.seed.townships.chengguan!.id, subtree: true })).broken,
    ).toEqual([]);

    const target = await env.db.duesEntry.findFirstOrThrow({
      where: { unitId: branch.id, kind: 'payment' },
      orderBy: { seq: 'asc' },
    });
    const pg = providerOfClient(env.db) === 'postgresql';
    await env.db.$executeRawUnsafe(
      pg ? 'ALTER TABLE "DuesEntry" DISABLE TRIGGER USER' : 'DROP TRIGGER "DuesEntry_append_only_update"',
    );
    await env.db.$executeRawUnsafe(`UPDATE "DuesEntry" SET "amountFen" = "amountFen" - 1 WHERE "id" = ${target.id}`);
    const found = await secretary.dues.ledger.verify({ unitId: branch.id });
    expect(found.broken).toEqual([
      { unitId: branch.id, unitName: branch.name, ok: false, seq: target.seq, reason: 'content' },
    ]);
    await env.db.$executeRawUnsafe(`UPDATE "DuesEntry" SET "amountFen" = "amountFen" + 1 WHERE "id" = ${target.id}`);
    if (pg) await env.db.$executeRawUnsafe('ALTER TABLE "DuesEntry" ENABLE TRIGGER USER');
    expect((await secretary.dues.ledger.verify({ unitId: branch.id })).broken).toEqual([]);
  });

  it("keeps each member's unsettled months as their entries say, corrections and payments taken back included", async () => {
    // After every write above (runs, payments, corrections, a payment taken back, a closed month): what is left of
    // each member's month in each unit's books, recounted from the entries, months that came to nothing left out.
    const sums = await env.db.duesEntry.groupBy({
      by: ['memberId', 'month', 'unitId', 'kind'],
      where: { memberId: { not: null }, kind: { in: ['assessment', 'reduction', 'payment'] } },
      _sum: { amountFen: true },
    });
    const want = new Map<string, number>();
    for (const g of sums) {
      const key = `${g.memberId}|${g.month}|${g.unitId}`;
      const fen = g._sum.amountFen ?? 0;
      want.set(key, (want.get(key) ?? 0) + (g.kind === 'assessment' ? fen : -fen));
    }
    for (const [key, fen] of want) if (fen === 0) want.delete(key);
    const kept = await env.db.duesUnsettledMonth.findMany();
    expect(kept.length).toBeGreaterThan(1);
    expect(new Map(kept.map((l) => [`${l.memberId}|${l.month}|${l.unitId}`, l.leftFen]))).toEqual(want);
    // Months settled in full are among the books, and have no row; corrections are among what was counted.
    expect(sums.length).toBeGreaterThan(kept.length);
    const corrected = await env.db.duesEntry.groupBy({
      by: ['kind'],
      where: { memberId: { not: null }, reversesSeq: { not: null } },
    });
    expect(corrected.map((g) => g.kind)).toEqual(expect.arrayContaining(['assessment', 'payment']));
  });

  // Past SQL altogether: one byte of one entry changed in the database file itself, as a disk editor would. The file
  // is copied (the test's own connection keeps its pages cached) and the copy opened afresh.
  if (provider === 'sqlite')
    it('names the entry whose bytes were changed in the database file', async () => {
      const member = await addPayer(env, branch.id, { baseFen: 300_000 });
      await env.at('2026-05-06T09:00:00', () => secretary.dues.ledger.assess({ unitId: branch.id, month: '2026-05' }));
      const [assessment] = await entriesOf(member.id);
      const probe = `byte-probe-${process.pid}-${Date.now().toString(36)}`;
      const { seq } = await env.at('2026-05-06T10:00:00', () =>
        secretary.dues.ledger.correct({ unitId: branch.id, seq: assessment!.seq, note: probe }),
      );
      await env.db.$queryRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
      const copy = `${sqliteFile(env.url)}.tampered`;
      copyFileSync(sqliteFile(env.url), copy);
      try {
        // The note's last character, one letter on, wherever the note's bytes stand (the entry's record, and any
        // copy of the words elsewhere, which verify does not read).
        const bytes = readFileSync(copy);
        const needle = Buffer.from(probe);
        let changed = 0;
        for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1)) {
          const last = at + needle.length - 1;
          bytes[last] = (bytes[last] as number) + 1;
          changed++;
        }
        expect(changed).toBeGreaterThan(0);
        writeFileSync(copy, bytes);
        const tampered = await createDb(`file:${copy}`);
        try {
          const scope = new Scope([
            { id: 0, role: 'township_admin', unitId: branch.id, unitPath: branch.path, unitName: branch.name },
          ]);
          const found = await verifyBooks(tampered, scope, { unitId: branch.id, subtree: false });
          expect(found.broken).toEqual([
            { unitId: branch.id, unitName: branch.name, ok: false, seq, reason: 'content' },
          ]);
          expect((await tampered.duesEntry.findFirstOrThrow({ where: { unitId: branch.id, seq } })).note).not.toBe(
            probe,
          );
        } finally {
          await tampered.$disconnect();
        }
        // The untouched file verifies whole.
        expect((await secretary.dues.ledger.verify({ unitId: branch.id })).broken).toEqual([]);
      } finally {
        rmSync(copy, { force: true });
        rmSync(`${copy}-wal`, { force: true });
        rmSync(`${copy}-shm`, { force: true });
      }
    });
});
