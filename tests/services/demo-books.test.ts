// The demo's dues books (issue 11 point 8), seeded as a first start seeds them: two years for the demo registry's
// paying members, chained so that verify holds for the whole tree, with what the demo is there to show (members
// behind and flagged, hardship cases in each state with their reductions, remittances with a short one for the
// reconciliation, closed months) and the demo's plain member reading their own statement. On both databases.

import { createTestDatabase, type TestDatabase, testProviders } from '@strata/db/testing';
import { demoPassword, seedDemo } from '@strata/gateway';
import { calendarDay } from '@strata/i18n/days';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoBooks } from '../../services/gateway/src/seed/demo-books';
import { seedDemoMembers } from '../../services/gateway/src/seed/demo-members';
import { signInByInject } from '../support/http-session';
import { testServer } from '../support/test-server';
import '../support/test-keys';

// A fixed day, so the draws (and the books) are the same on every run.
const now = new Date('2026-11-20T02:00:00Z');

describe.each(await testProviders())('the demo dues books on %s', (provider) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const seed = await seedDemo(database.db);
    await seedDemoMembers(database.db, seed, now);
    await seedDemoBooks(database.db, database.url, seed, now);
    app = await testServer(database);
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const call = async (username: string, path: string, input: object) => {
    const headers = await signInByInject(app, username, demoPassword);
    const res = await app.inject({ url: `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, headers });
    return { status: res.statusCode, data: res.json().result?.data };
  };

  it('chains every unit as the service does: verify over the whole tree finds nothing broken', async () => {
    const db = database.db;
    const top = await db.unit.findFirstOrThrow({ where: { parentId: null } });
    const verified = await call('admin', 'dues.ledger.verify', { unitId: top.id, subtree: true });
    expect(verified.status).toBe(200);
    expect(verified.data).toMatchObject({ broken: [], totalsOff: [], entries: await db.duesEntry.count() });
    expect(verified.data.units).toBe(await db.duesChainHead.count());
    // Two years of months for about 2,000 members: tens of thousands of entries, each month's run and payments.
    expect(verified.data.entries).toBeGreaterThan(40_000);
  });

  it('holds what the demo shows: arrears, hardship cases, remittances and closed months', async () => {
    const db = database.db;
    const states = await db.duesHardship.groupBy({ by: ['state'], _count: true });
    expect(new Set(states.map((s) => s.state))).toEqual(new Set(['approved', 'declined', 'proposed']));
    expect(await db.duesEntry.count({ where: { kind: 'reduction' } })).toBeGreaterThan(0);
    expect(await db.duesRemittance.count({ where: { receivedSeq: { not: null } } })).toBeGreaterThan(0);
    expect(await db.duesMonthClose.count()).toBeGreaterThan(0);
    // The dues officer of 城关镇 sees members of their township six months and more behind, flagged.
    const chengguan = await db.unit.findFirstOrThrow({ where: { name: '城关镇' } });
    const flagged = await call('dues', 'dues.members.list', { unitId: chengguan.id, flagged: true, pageSize: 50 });
    expect(flagged.status).toBe(200);
    expect(flagged.data.total).toBeGreaterThan(0);
    expect(flagged.data.total).toBeLessThan(
      (await db.member.count({ where: { unit: { path: { startsWith: chengguan.path } } } })) / 5,
    );
  });

  it("puts on the collection list each member's standing as their statement reckons it", async () => {
    // The list sums a page's lines per member in its statement; the statement reckons in code (arrearsIn): the
    // members furthest behind of a township, and the first by name, must agree on both.
    const chengguan = await database.db.unit.findFirstOrThrow({ where: { name: '城关镇' } });
    // The server's current month (its clock, not the seed's day).
    const current = calendarDay(new Date()).slice(0, 7);
    // And the whole tree's first page by name, as the municipal admin reads it (its statement tests no unit).
    const top = await database.db.unit.findFirstOrThrow({ where: { parentId: null } });
    const rows = [
      ...(await call('dues', 'dues.members.list', { unitId: chengguan.id, sort: 'arrears', order: 'descend' })).data
        .items,
      ...(await call('dues', 'dues.members.list', { unitId: chengguan.id, pageSize: 10 })).data.items,
    ].map((row) => ({ row, reader: 'dues' }));
    const whole = (await call('admin', 'dues.members.list', { unitId: top.id, pageSize: 10 })).data.items;
    const outside = await database.db.member.count({
      where: {
        id: { in: whole.map((r: { id: number }) => r.id) },
        NOT: { unit: { path: { startsWith: chengguan.path } } },
      },
    });
    expect(outside).toBeGreaterThan(0);
    rows.push(...whole.map((row: (typeof rows)[number]['row']) => ({ row, reader: 'admin' })));
    expect(rows.filter(({ row: r }) => r.flagged).length).toBeGreaterThan(0);
    expect(rows.filter(({ row: r }) => r.arrearsFen === 0).length).toBeGreaterThan(0);
    expect(rows.filter(({ row: r }) => r.arrearsMonths > 0 && !r.flagged).length).toBeGreaterThan(0);
    for (const { row, reader } of rows) {
      const statement = (await call(reader, 'dues.statements.member', { memberId: row.id })).data;
      const month = statement.months.find((m: { month: string }) => m.month === current);
      expect(
        {
          arrearsFen: row.arrearsFen,
          arrearsMonths: row.arrearsMonths,
          flagged: row.flagged,
          assessedFen: row.assessedFen,
          paidFen: row.paidFen,
          leftFen: row.leftFen,
        },
        row.name,
      ).toEqual({
        arrearsFen: statement.arrears.totalFen,
        arrearsMonths: statement.arrears.months.length,
        flagged: statement.arrears.flagged,
        assessedFen: month?.assessedFen ?? 0,
        paidFen: month?.paidFen ?? 0,
        leftFen: month?.leftFen ?? 0,
      });
    }
  });

  it("gives the demo's plain member their own statement, and the officer the same member's", async () => {
    const own = await call('member', 'dues.statements.mine', {});
    expect(own.status).toBe(200);
    expect(own.data.months.length).toBeGreaterThan(12);
    expect(own.data.payments.length).toBeGreaterThan(0);
    // They owe a little (their own page has something to pay), not the six months that flag a member.
    expect(own.data.arrears.totalFen).toBeGreaterThan(0);
    expect(own.data.arrears.months.length).toBeLessThan(6);
    const officer = await call('dues', 'dues.statements.member', { memberId: own.data.member.id });
    expect(officer.status).toBe(200);
    expect(officer.data.months).toEqual(own.data.months);
  });
});
