// The annual snapshot on both databases: taken once the year is over and once only (a race of two leaves one), by a
// caller holding members.snapshot at the top unit alone; its rows stand as of 31 December (the stage reached by then,
// the unit that held the member then, floating then, age and years then; those who left during the year flagged,
// those who joined or left after it counted as they were); its tables per subtree, a township's never counting
// another's rows; and frozen: edits to members afterwards change nothing.
import type { Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, shanghai, type TestEnv } from '../../../tests/support/env';
import { addMember } from './support/members';
import { addFloating, addTownship, addTransfer, callerAt, type TestTownship } from './support/stats';

const byKey = (counts: { key: string; count: number }[]) => Object.fromEntries(counts.map((c) => [c.key, c.count]));
const nonZero = (counts: { key: string; count: number }[]) =>
  Object.fromEntries(counts.filter((c) => c.count > 0).map((c) => [c.key, c.count]));

/** Early in 2026: 2025 is over. */
const early2026 = '2026-01-05T09:00:00';

describe.each(await testProviders())('the annual snapshot on %s', (provider) => {
  let env: TestEnv;
  let township: TestTownship;
  let other: TestTownship;
  let admin: Caller;
  let townshipAdmin: Caller;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    admin = await env.as('admin');
    township = await addTownship(env);
    other = await addTownship(env, 1);
    townshipAdmin = await callerAt(env, township, 'township_admin');
    const [a, b] = township.branches as [Unit, Unit];
    const c = other.branches[0] as Unit;
    const add = async (name: string, unit: Unit, opts: Parameters<typeof addMember>[2] = {}) => {
      ids[name] = (await addMember(env, unit.id, opts)).id;
    };

    // Branch A on 31 December 2025.
    await add('veteran', a, {
      gender: 'male',
      birthDate: '1980-12-31',
      ethnicity: '03',
      education: 'postgraduate',
      occupation: 'retired',
      probationaryOn: '2010-03-01',
      fullOn: '2011-03-02',
    });
    await add('admitted', a, {
      gender: 'female',
      birthDate: '2000-12-31',
      stage: 'probationary',
      probationaryOn: '2025-05-01',
      probationEndsOn: '2026-05-01',
    });
    await add('converted', a, { birthDate: '1995-12-31', probationaryOn: '2024-03-01', fullOn: '2025-03-02' });
    await add('died', a, { status: 'deceased', leftOn: '2025-08-01' });
    await add('withdrewBefore', a, { status: 'withdrawn', leftOn: '2024-06-01' });
    await add('joinedAfter', a, {
      stage: 'applicant',
      appliedOn: '2026-01-02',
      activistOn: null,
      candidateOn: null,
      probationaryOn: null,
      probationEndsOn: null,
      fullOn: null,
    });
    await add('diedAfter', a, { status: 'deceased', leftOn: '2026-01-02' });
    // Now in B, moved there from A by a transfer confirmed after the day: A's on the day.
    await add('movedAfter', b);
    await addTransfer(env, {
      memberId: ids.movedAfter as number,
      from: a.id,
      to: b.id,
      issuedOn: '2025-12-20',
      decidedAt: shanghai('2026-01-03T10:00:00'),
    });
    // Now in A, moved from the other township during the year: A's on the day.
    await add('movedDuring', a);
    await addTransfer(env, {
      memberId: ids.movedDuring as number,
      from: c.id,
      to: a.id,
      issuedOn: '2025-06-20',
      decidedAt: shanghai('2025-07-01T10:00:00'),
    });
    // Branch B: an applicant on the day, an activist since; floating on the day; floating only since.
    await add('applicant', b, {
      stage: 'activist',
      appliedOn: '2025-06-01',
      activistOn: '2026-01-03',
      candidateOn: null,
      probationaryOn: null,
      probationEndsOn: null,
      fullOn: null,
    });
    await add('floating', b, { status: 'floating' });
    await addFloating(env, {
      memberId: ids.floating as number,
      unitId: b.id,
      hostUnitId: c.id,
      startedOn: '2025-10-01',
    });
    await add('floatingAfter', b, { status: 'floating' });
    await addFloating(env, {
      memberId: ids.floatingAfter as number,
      unitId: b.id,
      hostUnitId: c.id,
      startedOn: '2026-01-02',
    });
    // The other township's one member.
    await add('elsewhere', c);
  });
  afterAll(() => env?.drop());

  it('is refused while the year is not over, and for a caller without members.snapshot at the top', async () => {
    await expect(
      env.at('2026-12-31T23:59:59', () => admin.members.stats.takeSnapshot({ year: 2026 })),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(env.at(early2026, () => admin.members.stats.takeSnapshot({ year: 2026 }))).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    // A township's admin holds members.snapshot at the township only: the top is not there for it.
    const refused = await env.at(early2026, () =>
      townshipAdmin.members.stats.takeSnapshot({ year: 2025 }).catch((e: unknown) => e),
    );
    const missing = await townshipAdmin.members.stats.snapshotTables({ year: 2025, unitId: 999_999 }).catch((e) => e);
    expect(refused).toMatchObject({ code: 'NOT_FOUND', message: (missing as Error).message });
    // An officer at the top holds no members.snapshot at all.
    const officer = await callerAt(env, env.seed.municipality, 'members_officer');
    await expect(env.at(early2026, () => officer.members.stats.takeSnapshot({ year: 2025 }))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await env.db.annualSnapshot.count()).toBe(0);
  });

  it('says which years were taken and who may take the last one', async () => {
    const before = await env.at(early2026, () => admin.members.stats.snapshots({}));
    expect(before).toEqual({ years: [], latest: { year: 2025, taken: false, mayTake: true } });
    const township = await env.at(early2026, () => townshipAdmin.members.stats.snapshots({}));
    expect(township.latest).toEqual({ year: 2025, taken: false, mayTake: false });
  });

  it('takes the year once, each member as on 31 December, audited once', async () => {
    const [a, b] = township.branches as [Unit, Unit];
    const c = other.branches[0] as Unit;
    const taken = await env.at(early2026, () => admin.members.stats.takeSnapshot({ year: 2025 }));
    expect(taken).toEqual({ year: 2025, asOf: '2025-12-31', takenAt: shanghai(early2026).toISOString(), rows: 11 });
    const snapshot = await env.db.annualSnapshot.findUniqueOrThrow({ where: { year: 2025 } });
    expect(snapshot).toMatchObject({ asOf: '2025-12-31', takenById: env.seed.users.admin });
    const rows = await env.db.annualSnapshotMember.findMany({ where: { snapshotId: snapshot.id } });
    const row = (name: string) => rows.find((r) => r.memberId === ids[name]);
    const counted = ['veteran', 'admitted', 'converted', 'died', 'diedAfter', 'movedAfter', 'movedDuring'].concat([
      'applicant',
      'floating',
      'floatingAfter',
      'elsewhere',
    ]);
    expect(rows.map((r) => r.memberId).sort((x, y) => x - y)).toEqual(
      counted.map((n) => ids[n] as number).sort((x, y) => x - y),
    );
    expect(row('withdrewBefore')).toBeUndefined();
    expect(row('joinedAfter')).toBeUndefined();
    expect(row('veteran')).toMatchObject({
      unitId: a.id,
      stage: 'full',
      status: 'active',
      gender: 'male',
      ethnicity: '03',
      education: 'postgraduate',
      occupation: 'retired',
      age: 45,
      memberYears: 15,
      admitted: false,
      converted: false,
      left: false,
    });
    expect(row('admitted')).toMatchObject({ stage: 'probationary', age: 25, memberYears: 0, admitted: true });
    expect(row('converted')).toMatchObject({ stage: 'full', age: 30, memberYears: 1, converted: true });
    expect(row('died')).toMatchObject({ unitId: a.id, status: 'deceased', left: true });
    expect(row('diedAfter')).toMatchObject({ status: 'active', left: false });
    expect(row('movedAfter')).toMatchObject({ unitId: a.id });
    expect(row('movedDuring')).toMatchObject({ unitId: a.id });
    expect(row('applicant')).toMatchObject({ unitId: b.id, stage: 'applicant', memberYears: null });
    expect(row('floating')).toMatchObject({ status: 'floating' });
    expect(row('floatingAfter')).toMatchObject({ status: 'active' });
    expect(row('elsewhere')).toMatchObject({ unitId: c.id });
    const audit = await env.db.auditLog.findMany({ where: { action: 'snapshot.take' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      unitId: env.seed.municipality.id,
      entity: 'AnnualSnapshot',
      entityId: String(snapshot.id),
      entityLabel: '2025',
      after: JSON.stringify({ year: 2025, rows: 11 }),
    });
  });

  it("counts a township's standard tables from its own rows, and each branch's share", async () => {
    const [a, b] = township.branches as [Unit, Unit];
    const tables = await townshipAdmin.members.stats.snapshotTables({ year: 2025, unitId: township.id });
    expect(tables).toMatchObject({ year: 2025, asOf: '2025-12-31', unit: { id: township.id, name: township.name } });
    const m = tables.members;
    // On the registry on the day: all but the one who died during the year (and those never counted).
    expect(m.total).toBe(9);
    expect(nonZero(m.byStage)).toEqual({ applicant: 1, probationary: 1, full: 7 });
    expect(byKey(m.byGender)).toEqual({
      male: await townshipRows({ gender: 'male' }),
      female: await townshipRows({ gender: 'female' }),
    });
    expect(byKey(m.byGender).male).toBeGreaterThan(0);
    expect(m.byEthnicity).toEqual([
      { key: '01', count: 8 },
      { key: '03', count: 1 },
    ]);
    expect(byKey(m.byAgeBand).upTo25).toBe(1);
    expect(byKey(m.byAgeBand)['26to30']).toBe(await townshipRows({ age: { gte: 26, lte: 30 } }));
    expect(byKey(m.byAgeBand)['41to45']).toBe(await townshipRows({ age: { gte: 41, lte: 45 } }));
    expect(m.byAgeBand.reduce((n, band) => n + band.count, 0)).toBe(9);
    expect(byKey(m.byYearsBand)).toMatchObject({ under5: await townshipRows({ memberYears: { lte: 4 } }), none: 1 });
    expect(byKey(m.byYearsBand)['10to19']).toBe(await townshipRows({ memberYears: { gte: 10, lte: 19 } }));
    expect(m.byYearsBand.reduce((n, band) => n + band.count, 0)).toBe(9);
    expect(byKey(m.byEducation).postgraduate).toBe(1);
    expect(byKey(m.byOccupation).retired).toBe(await townshipRows({ occupation: 'retired' }));
    expect(tables.during).toEqual({
      admitted: 1,
      converted: 1,
      left: 1,
      leftByStatus: [
        { key: 'transferred', count: 0 },
        { key: 'deceased', count: 1 },
        { key: 'expelled', count: 0 },
        { key: 'withdrawn', count: 0 },
        { key: 'cancelled', count: 0 },
      ],
    });
    expect(tables.children.map((c) => [c.unitId, c.members, c.admitted, c.converted, c.left])).toEqual([
      [a.id, 6, 1, 1, 1],
      [b.id, 3, 0, 0, 0],
    ]);
    expect(tables.children.reduce((n, c) => n + c.members, 0)).toBe(m.total);

    // The other township counts its one member alone, and this township's admin cannot ask for it.
    const away = await admin.members.stats.snapshotTables({ year: 2025, unitId: other.id });
    expect(away.members.total).toBe(1);
    const foreign = await townshipAdmin.members.stats.snapshotTables({ year: 2025, unitId: other.id }).catch((e) => e);
    const missing = await townshipAdmin.members.stats.snapshotTables({ year: 2025, unitId: 999_999 }).catch((e) => e);
    expect(foreign).toMatchObject({ code: 'NOT_FOUND', message: (missing as Error).message });
  });

  it('is refused a second time, and answers no tables for a year not taken', async () => {
    await expect(env.at(early2026, () => admin.members.stats.takeSnapshot({ year: 2025 }))).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(await env.db.annualSnapshot.count({ where: { year: 2025 } })).toBe(1);
    await expect(admin.members.stats.snapshotTables({ year: 2024, unitId: township.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const listed = await env.at(early2026, () => admin.members.stats.snapshots({}));
    expect(listed).toEqual({
      years: [
        { year: 2025, asOf: '2025-12-31', takenAt: shanghai(early2026).toISOString(), takenByName: '市委组织部管理员' },
      ],
      latest: { year: 2025, taken: true, mayTake: false },
    });
  });

  it('stays frozen: edits to members after the take change none of its tables', async () => {
    const [a, b] = township.branches as [Unit, Unit];
    const read = () => townshipAdmin.members.stats.snapshotTables({ year: 2025, unitId: township.id });
    const before = await read();
    await env.db.member.update({ where: { id: ids.veteran }, data: { gender: 'female', education: 'primary' } });
    await env.db.member.update({ where: { id: ids.applicant }, data: { unitId: other.branches[0]?.id } });
    await env.db.member.update({ where: { id: ids.floating }, data: { status: 'deceased', leftOn: '2026-01-04' } });
    await addMember(env, a.id, { probationaryOn: '2020-01-01' });
    await addMember(env, b.id, { birthDate: '1950-01-01' });
    expect(await read()).toEqual(before);
  });

  it('lets one of two takes racing for the same year through', async () => {
    const takes = await env.at(early2026, () =>
      Promise.allSettled([
        admin.members.stats.takeSnapshot({ year: 2023 }),
        admin.members.stats.takeSnapshot({ year: 2023 }),
      ]),
    );
    const done = takes.filter((t) => t.status === 'fulfilled');
    const refused = takes.filter((t) => t.status === 'rejected');
    expect(done).toHaveLength(1);
    expect(refused.map((t) => (t as PromiseRejectedResult).reason.code)).toEqual(['CONFLICT']);
    const snapshot = await env.db.annualSnapshot.findUniqueOrThrow({ where: { year: 2023 } });
    const rows = await env.db.annualSnapshotMember.count({ where: { snapshotId: snapshot.id } });
    expect(rows).toBe((done[0] as PromiseFulfilledResult<{ rows: number }>).value.rows);
    expect(await env.db.auditLog.count({ where: { action: 'snapshot.take', entityId: String(snapshot.id) } })).toBe(1);
  });

  it('names who took each year to every reader, and nobody when the account is gone', async () => {
    const takenAt = new Date('2020-01-03T02:00:00.000Z');
    await env.db.annualSnapshot.create({ data: { year: 2019, asOf: '2019-12-31', takenAt, takenById: 999_999 } });
    await env.db.annualSnapshot.create({ data: { year: 2018, asOf: '2018-12-31', takenAt, takenById: null } });
    const years = async (caller: Caller) =>
      (await env.at(early2026, () => caller.members.stats.snapshots({}))).years.filter((y) =>
        [2025, 2019, 2018].includes(y.year),
      );
    const expected = [
      { year: 2025, asOf: '2025-12-31', takenAt: shanghai(early2026).toISOString(), takenByName: '市委组织部管理员' },
      { year: 2019, asOf: '2019-12-31', takenAt: takenAt.toISOString(), takenByName: null },
      { year: 2018, asOf: '2018-12-31', takenAt: takenAt.toISOString(), takenByName: null },
    ];
    // The municipal admin's name shows to a township's admin too, whose scope holds no account at the top.
    expect(await years(admin)).toEqual(expected);
    expect(await years(townshipAdmin)).toEqual(expected);
    const year = (await years(admin)).find((y) => y.year === 2025);
    expect(Object.keys(year ?? {}).sort()).toEqual(['asOf', 'takenAt', 'takenByName', 'year']);
  });

  /** The 2025 snapshot's rows of the township on the registry on the day that match `where`, counted directly. */
  async function townshipRows(where: Record<string, unknown>) {
    const snapshot = await env.db.annualSnapshot.findUniqueOrThrow({ where: { year: 2025 } });
    return env.db.annualSnapshotMember.count({
      where: { snapshotId: snapshot.id, left: false, unit: { path: { startsWith: township.path } }, ...where },
    });
  }
});
