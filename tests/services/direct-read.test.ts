// Reviewed statements read straight from the driver (queryReviewed in @strata/api, readDirect in @strata/db) give
// the rows Prisma's $queryRaw gives: DateTime as Date, Boolean as boolean, integers as numbers, NULL as null; a
// Date parameter compares as Prisma binds it; inside a transaction the read goes through Prisma and sees the
// transaction's rows; and nothing unreviewed runs.
import { queryReviewed, reviewedSql, Scope, withScopeGuard } from '@strata/api';
import { createDb, type Db, Prisma, readDirect, type SentQuery } from '@strata/db';
import { addTestAccount, addTestUnit, createTestDatabase, type TestDatabase, testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Prisma gives a count as bigint; the direct read as a number. Everything else must be equal as it is. */
const numbersForBigints = (rows: unknown[]) =>
  rows.map((row) =>
    Object.fromEntries(
      Object.entries(row as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]),
    ),
  );

describe.each(await testProviders())('reading reviewed statements directly, on %s', (provider) => {
  let database: TestDatabase;
  let db: Db;
  let disabledAt: Date;
  let unit: Awaited<ReturnType<typeof addTestUnit>>;
  let unitId: number;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    db = database.db;
    unit = await addTestUnit(db, null, { name: 'direct read unit' });
    unitId = unit.id;
    const first = await addTestAccount(db, { username: 'direct-a', home: unit, grants: [['content_editor', unit]] });
    await addTestAccount(db, { username: 'direct-b', home: unit });
    disabledAt = new Date('2026-03-04T05:06:07.089Z');
    await db.user.update({ where: { id: first.id }, data: { disabledAt, mustChangePassword: true } });
  });
  afterAll(() => database?.drop());

  const accounts = () =>
    reviewedSql`SELECT u."id" AS "id", u."username" AS "username", u."mustChangePassword" AS "mustChangePassword", u."disabledAt" AS "disabledAt", u."createdAt" AS "createdAt", n."name" AS "unitName", (SELECT count(*) FROM "Grant" g WHERE g."userId" = u."id") AS "grants" FROM "User" u JOIN "Unit" n ON n."id" = u."unitId" WHERE u."unitId" = ${unitId} ORDER BY u."id"`;

  it('gives the rows Prisma gives, value for value', async () => {
    const direct = await readDirect(db, accounts());
    expect(direct).toBeDefined();
    const rows = direct as Record<string, unknown>[];
    expect(rows).toEqual(numbersForBigints(await db.$queryRaw(accounts())));
    expect(rows.map((r) => r.username)).toEqual(['direct-a', 'direct-b']);
    expect(rows[0]?.disabledAt).toEqual(disabledAt);
    expect(rows[1]?.disabledAt).toBeNull();
    expect(rows[0]?.mustChangePassword).toBe(true);
    expect(rows[1]?.mustChangePassword).toBe(false);
    expect(rows[0]?.createdAt).toBeInstanceOf(Date);
    expect(typeof rows[0]?.id).toBe('number');
    expect(rows.map((r) => r.grants)).toEqual([1, 0]);
  });

  it("reads DateTimes as toISOString's text when asked (a list's page), directly and through Prisma alike", async () => {
    const asText = (rows: Record<string, unknown>[]) =>
      rows.map((r) =>
        Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])),
      );
    const expected = asText(numbersForBigints(await db.$queryRaw(accounts())) as Record<string, unknown>[]);
    const direct = await queryReviewed<Record<string, unknown>>(db, accounts(), { instants: 'text' });
    expect(direct).toEqual(expected);
    expect(direct[0]?.disabledAt).toBe('2026-03-04T05:06:07.089Z');
    expect(direct[1]?.disabledAt).toBeNull();
    expect(direct[0]?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    // Whole seconds and tenths too (PostgreSQL prints them short), and the same inside a transaction.
    for (const at of ['2026-03-04T05:06:07.000Z', '2026-03-04T05:06:07.100Z', '2026-12-31T23:59:59.999Z']) {
      await db.user.update({ where: { username: 'direct-b' }, data: { disabledAt: new Date(at) } });
      const [, second] = await queryReviewed<{ disabledAt: string }>(db, accounts(), { instants: 'text' });
      expect(second?.disabledAt).toBe(at);
      const inTx = await db.$transaction((tx) =>
        queryReviewed<{ disabledAt: string }>(tx, accounts(), { instants: 'text' }),
      );
      expect(inTx[1]?.disabledAt).toBe(at);
    }
    await db.user.update({ where: { username: 'direct-b' }, data: { disabledAt: null } });
  });

  it('compares a Date parameter with a stored DateTime as Prisma does, to the millisecond', async () => {
    const since = (at: Date) =>
      reviewedSql`SELECT u."username" AS "username" FROM "User" u WHERE u."unitId" = ${unitId} AND u."disabledAt" >= ${at}`;
    for (const at of [disabledAt, new Date(disabledAt.getTime() + 1), new Date(disabledAt.getTime() - 1)]) {
      const expected = await db.$queryRaw(since(at));
      expect(await queryReviewed(db, since(at))).toEqual(expected);
    }
    expect(await queryReviewed(db, since(disabledAt))).toEqual([{ username: 'direct-a' }]);
    expect(await queryReviewed(db, since(new Date(disabledAt.getTime() + 1)))).toEqual([]);
  });

  it('reads through the scope guard directly, and inside a transaction through Prisma, seeing its rows', async () => {
    expect(await readDirect(withScopeGuard(db, Scope.empty), accounts())).toHaveLength(2);
    await db
      .$transaction(async (tx) => {
        expect(await readDirect(tx as Db, accounts())).toBeUndefined();
        await addTestAccount(tx as Db, { username: 'direct-c', home: unit });
        const rows = await queryReviewed<{ username: string }>(tx, accounts());
        expect(rows.map((r) => r.username)).toEqual(['direct-a', 'direct-b', 'direct-c']);
        throw new Error('roll back');
      })
      .catch((e: Error) => expect(e.message).toBe('roll back'));
    expect(await queryReviewed(db, accounts())).toHaveLength(2);
  });

  it("shows tooling (createDb's onQuery, bench --explain) each statement with its values as the driver binds them", async () => {
    const sent: SentQuery[] = [];
    const watched = await createDb(database.url, { onQuery: (q) => sent.push(q) });
    try {
      const at = new Date('2026-03-04T05:06:07.089Z');
      sent.length = 0; // the connection's own set-up
      await queryReviewed(watched, reviewedSql`SELECT u."id" AS "id" FROM "User" u WHERE u."disabledAt" >= ${at}`);
      expect(sent).toHaveLength(1);
      expect(sent[0]?.sql).toMatch(/"disabledAt" >= (\?|\$1)/);
      // A Date cannot be bound as it is: tools replay these values on their own connection.
      expect(sent[0]?.params).toEqual([
        provider === 'sqlite' ? '2026-03-04T05:06:07.089+00:00' : '2026-03-04 05:06:07.089',
      ]);
    } finally {
      await watched.$disconnect();
    }
  });

  it('sends a statement to be planned for its values on every run unnamed, with the same rows', async () => {
    const sent: SentQuery[] = [];
    const watched = await createDb(database.url, { onQuery: (q) => sent.push(q) });
    try {
      sent.length = 0;
      const named = await queryReviewed(watched, accounts());
      const each = await queryReviewed(watched, accounts(), { planEachRun: true });
      expect(each).toEqual(named);
      expect(named.length).toBe(2);
      // On PostgreSQL the second goes without a name (no generic plan); SQLite plans a kept statement once either way.
      expect(sent.map((q) => q.unnamed ?? false)).toEqual([false, provider === 'postgresql']);
    } finally {
      await watched.$disconnect();
    }
  });

  it('runs nothing that was not written with reviewedSql', async () => {
    const unreviewed = Prisma.sql`SELECT 1 AS "one"`;
    await expect(queryReviewed(db, unreviewed)).rejects.toThrow(/reviewedSql/);
  });
});
