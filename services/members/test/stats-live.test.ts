// The live statistics on both databases: a township's current members counted by every dimension (ages and years of
// membership on today, at the birthday's boundary), the period's flows (a transfer between two of its branches is
// neither in nor out for the township, but is for each branch; the period's first and last instants), each child
// unit's share adding up to the whole, drilling down to a branch, and another township's members never counted.
import type { Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, shanghai, type TestEnv } from '../../../tests/support/env';
import { addUnit } from '../../../tests/support/factories';
import { addMember } from './support/members';
import { addTownship, addTransfer, callerAt, type TestTownship } from './support/stats';

/** A list of counts as a record, for reading expectations. */
const byKey = (counts: { key: string; count: number }[]) => Object.fromEntries(counts.map((c) => [c.key, c.count]));
const nonZero = (counts: { key: string; count: number }[]) =>
  Object.fromEntries(counts.filter((c) => c.count > 0).map((c) => [c.key, c.count]));

const today = '2026-06-10T10:00:00';
const period = { from: '2026-01-01', to: '2026-06-10' };

describe.each(await testProviders())('live statistics on %s', (provider) => {
  let env: TestEnv;
  let township: TestTownship;
  let other: TestTownship;
  let group: Unit;
  let townshipAdmin: Caller;

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    township = await addTownship(env);
    other = await addTownship(env, 1);
    const [a, b] = township.branches as [Unit, Unit];
    const away = other.branches[0] as Unit;
    group = await addUnit(env, a, { kind: 'group' });
    townshipAdmin = await callerAt(env, township, 'township_admin');

    // Branch A: a full member 26 today (born on this day) with five years of membership today; a probationary
    // member 25 today (born the next day), admitted in the period; one who withdrew before the period.
    const full = await addMember(env, a.id, {
      gender: 'male',
      birthDate: '2000-06-10',
      ethnicity: '03',
      education: 'postgraduate',
      occupation: 'retired',
      stage: 'full',
      probationaryOn: '2021-06-10',
      fullOn: '2022-06-11',
    });
    await addMember(env, a.id, {
      gender: 'female',
      birthDate: '2000-06-11',
      education: 'college',
      occupation: 'student',
      stage: 'probationary',
      probationaryOn: '2026-03-01',
      probationEndsOn: '2027-03-01',
    });
    await addMember(env, a.id, { status: 'withdrawn', leftOn: '2025-05-05' });
    // Group below A: a full member of 49 years' membership, 66 years old; one who died in the period.
    await addMember(env, group.id, {
      gender: 'male',
      birthDate: '1960-06-10',
      education: 'primary',
      occupation: 'other',
      probationaryOn: '1976-06-11',
      fullOn: '1977-06-11',
    });
    await addMember(env, group.id, { status: 'deceased', leftOn: '2026-02-01' });
    // Branch B: a floating applicant, 36; a member converted in the period, 39.
    await addMember(env, b.id, {
      gender: 'female',
      birthDate: '1990-01-01',
      education: 'secondary',
      occupation: 'farmer',
      stage: 'applicant',
      status: 'floating',
      appliedOn: '2025-05-01',
    });
    await addMember(env, b.id, {
      gender: 'female',
      birthDate: '1986-06-11',
      education: 'undergraduate',
      occupation: 'salaried',
      probationaryOn: '2025-04-01',
      fullOn: '2026-04-02',
    });
    // The other township: one member, never counted for this one.
    const elsewhere = await addMember(env, away.id, {
      probationaryOn: '2026-02-02',
      fullOn: null,
      stage: 'probationary',
    });

    const letter = (from: Unit, to: Unit | null, decided: string, state: 'confirmed' | 'issued' = 'confirmed') =>
      addTransfer(env, {
        memberId: full.id,
        from: from.id,
        to: to?.id ?? null,
        state,
        issuedOn: decided.slice(0, 10),
        decidedAt: shanghai(decided),
      });
    await letter(a, b, '2026-03-10T09:00:00'); // inside the township: A out, B in
    await letter(away, b, '2026-04-01T09:00:00'); // into the township, to B
    await letter(away, a, '2026-01-01T00:00:00'); // the period's first instant: in, to A
    await letter(away, a, '2025-12-31T23:59:59'); // just before the period
    await letter(a, away, '2026-05-01T09:00:00'); // out of the township, from A
    await letter(b, away, '2026-06-10T23:59:59'); // the period's last instant: out, from B
    await letter(a, away, '2026-05-02T09:00:00', 'issued'); // not confirmed: nothing moved
    await addTransfer(env, {
      memberId: elsewhere.id,
      from: a.id,
      to: null,
      state: 'completed',
      issuedOn: '2026-02-15',
    });
  });
  afterAll(() => env?.drop());

  it("counts a township's current members by every dimension, ages and years on today", async () => {
    const stats = await env.at(today, () => townshipAdmin.members.stats.live({ unitId: township.id, ...period }));
    expect(stats.unit).toEqual({ id: township.id, name: township.name });
    expect([stats.from, stats.to, stats.asOf]).toEqual(['2026-01-01', '2026-06-10', '2026-06-10']);
    const m = stats.members;
    expect(m.total).toBe(5);
    expect(byKey(m.byStage)).toEqual({ applicant: 1, activist: 0, candidate: 0, probationary: 1, full: 3 });
    expect(byKey(m.byGender)).toEqual({ male: 2, female: 3 });
    expect(nonZero(m.byAgeBand)).toEqual({ upTo25: 1, '26to30': 1, '36to40': 2, '61up': 1 });
    expect(m.byAgeBand.map((b) => b.key)).toEqual([
      'upTo25',
      '26to30',
      '31to35',
      '36to40',
      '41to45',
      '46to50',
      '51to55',
      '56to60',
      '61up',
    ]);
    expect(byKey(m.byEducation)).toEqual({ postgraduate: 1, undergraduate: 1, college: 1, secondary: 1, primary: 1 });
    expect(m.byEthnicity).toEqual([
      { key: '01', count: 4 },
      { key: '03', count: 1 },
    ]);
    expect(byKey(m.byYearsBand)).toEqual({
      under5: 2,
      '5to9': 1,
      '10to19': 0,
      '20to29': 0,
      '30to39': 0,
      '40to49': 1,
      '50up': 0,
      none: 1,
    });
    expect(byKey(m.byOccupation)).toEqual({ salaried: 1, retired: 1, farmer: 1, student: 1, other: 1 });
  });

  it('turns ages and years of membership over on the day itself, not before', async () => {
    const before = await env.at('2026-06-09T23:59:00', () =>
      townshipAdmin.members.stats.live({ unitId: township.id, ...period }),
    );
    // The day before: the member born on 2000-06-10 is still 25, admitted 2021-06-10 still under five years.
    expect(nonZero(before.members.byAgeBand)).toEqual({ upTo25: 2, '36to40': 2, '61up': 1 });
    expect(nonZero(before.members.byYearsBand)).toEqual({ under5: 3, '40to49': 1, none: 1 });
  });

  it('counts the flows of the period, transfers across the township’s edge only', async () => {
    const stats = await env.at(today, () => townshipAdmin.members.stats.live({ unitId: township.id, ...period }));
    expect(stats.flows).toEqual({
      recruited: 1,
      converted: 1,
      transferredIn: 2,
      transferredOut: 3,
      left: 1,
      leftByStatus: [
        { key: 'transferred', count: 0 },
        { key: 'deceased', count: 1 },
        { key: 'expelled', count: 0 },
        { key: 'withdrawn', count: 0 },
        { key: 'cancelled', count: 0 },
      ],
    });
    // The other township: its letters seen from its side (B→it and A→it in, it→A and it→B out).
    const admin = await env.as('admin');
    const away = await env.at(today, () => admin.members.stats.live({ unitId: other.id, ...period }));
    expect(away.members.total).toBe(1);
    expect(away.flows).toMatchObject({ recruited: 1, transferredIn: 2, transferredOut: 2, left: 0 });
  });

  it('counts those admitted month by month over the twelve months up to today’s, whatever the period asked', async () => {
    const months = (stats: { recruitedByMonth: { month: string; count: number }[] }) =>
      stats.recruitedByMonth.filter((m) => m.count > 0);
    const stats = await env.at(today, () => townshipAdmin.members.stats.live({ unitId: township.id, ...period }));
    expect(stats.recruitedByMonth.map((m) => m.month)).toEqual([
      ...['07', '08', '09', '10', '11', '12'].map((m) => `2025-${m}`),
      ...['01', '02', '03', '04', '05', '06'].map((m) => `2026-${m}`),
    ]);
    // A's probationary member of March; B's of April 2025 is older than the twelve months; the other township's not.
    expect(months(stats)).toEqual([{ month: '2026-03', count: 1 }]);
    const lastYear = await env.at(today, () =>
      townshipAdmin.members.stats.live({ unitId: township.id, from: '2025-01-01', to: '2025-12-31' }),
    );
    expect(lastYear.recruitedByMonth).toEqual(stats.recruitedByMonth);
    const admin = await env.as('admin');
    expect(months(await env.at(today, () => admin.members.stats.live({ unitId: other.id, ...period })))).toEqual([
      { month: '2026-02', count: 1 },
    ]);
  });

  it("gives each branch its share, adding up to the township's, and its own transfers", async () => {
    const [a, b] = township.branches as [Unit, Unit];
    const stats = await env.at(today, () => townshipAdmin.members.stats.live({ unitId: township.id, ...period }));
    expect(stats.children.map((c) => c.unitId)).toEqual([a.id, b.id]);
    const [childA, childB] = stats.children;
    expect(childA).toMatchObject({ unitId: a.id, name: a.name, members: 3 });
    expect(nonZero(childA?.byStage ?? [])).toEqual({ probationary: 1, full: 2 });
    expect(childA?.flows).toMatchObject({ recruited: 1, converted: 0, transferredIn: 1, transferredOut: 3, left: 1 });
    expect(childB).toMatchObject({ unitId: b.id, name: b.name, members: 2 });
    expect(nonZero(childB?.byStage ?? [])).toEqual({ applicant: 1, full: 1 });
    expect(childB?.flows).toMatchObject({ recruited: 0, converted: 1, transferredIn: 2, transferredOut: 1, left: 0 });
    // The shares add up to the whole (no member sits at the township itself).
    const sum = (pick: (c: (typeof stats.children)[number]) => number) =>
      stats.children.reduce((n, c) => n + pick(c), 0);
    expect(sum((c) => c.members)).toBe(stats.members.total);
    for (const stage of stats.members.byStage)
      expect(sum((c) => c.byStage.find((s) => s.key === stage.key)?.count ?? 0)).toBe(stage.count);
    expect(sum((c) => c.flows.recruited)).toBe(stats.flows.recruited);
    expect(sum((c) => c.flows.left)).toBe(stats.flows.left);
  });

  it('drills down to a branch, whose group is its child', async () => {
    const a = township.branches[0] as Unit;
    const stats = await env.at(today, () => townshipAdmin.members.stats.live({ unitId: a.id, ...period }));
    expect(stats.members.total).toBe(3);
    expect(stats.flows).toMatchObject({ transferredIn: 1, transferredOut: 3, recruited: 1, left: 1 });
    expect(stats.children).toEqual([
      {
        unitId: group.id,
        name: group.name,
        members: 1,
        byStage: [
          { key: 'applicant', count: 0 },
          { key: 'activist', count: 0 },
          { key: 'candidate', count: 0 },
          { key: 'probationary', count: 0 },
          { key: 'full', count: 1 },
        ],
        flows: {
          recruited: 0,
          converted: 0,
          transferredIn: 0,
          transferredOut: 0,
          left: 1,
          leftByStatus: [
            { key: 'transferred', count: 0 },
            { key: 'deceased', count: 1 },
            { key: 'expelled', count: 0 },
            { key: 'withdrawn', count: 0 },
            { key: 'cancelled', count: 0 },
          ],
        },
      },
    ]);
  });

  it('counts the municipality whole: moves between its townships are neither in nor out', async () => {
    const admin = await env.as('admin');
    const stats = await env.at(today, () => admin.members.stats.live({ unitId: env.seed.municipality.id, ...period }));
    expect(stats.members.total).toBe(6);
    expect(stats.flows).toMatchObject({ transferredIn: 0, transferredOut: 1, recruited: 2, converted: 1, left: 1 });
    const share = stats.children.find((c) => c.unitId === township.id);
    expect(share).toMatchObject({ members: 5, flows: { transferredIn: 2, transferredOut: 3 } });
    expect(stats.children.reduce((n, c) => n + c.members, 0)).toBe(stats.members.total);
  });

  it("never counts another township's members: its unit is as missing as one that does not exist", async () => {
    const foreign = await env.at(today, () =>
      townshipAdmin.members.stats.live({ unitId: other.id, ...period }).catch((e: unknown) => e),
    );
    const missing = await env.at(today, () =>
      townshipAdmin.members.stats.live({ unitId: 999_999, ...period }).catch((e: unknown) => e),
    );
    expect(foreign).toMatchObject({ code: 'NOT_FOUND' });
    expect((foreign as Error).message).toBe((missing as Error).message);
  });

  it('counts this year to today without a period, and refuses a period that runs backwards or a day that does not exist', async () => {
    const stats = await env.at(today, () => townshipAdmin.members.stats.live({ unitId: township.id }));
    expect([stats.from, stats.to]).toEqual(['2026-01-01', '2026-06-10']);
    expect(stats.flows).toMatchObject({ recruited: 1, converted: 1, transferredIn: 2, transferredOut: 3 });
    await expect(
      env.at(today, () => townshipAdmin.members.stats.live({ unitId: township.id, from: '2026-07-01' })),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      townshipAdmin.members.stats.live({ unitId: township.id, from: '2026-02-30', to: '2026-03-01' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('counts a member added since the last call at once', async () => {
    const b = township.branches[1] as Unit;
    const read = () => env.at(today, () => townshipAdmin.members.stats.live({ unitId: township.id, ...period }));
    const before = await read();
    await addMember(env, b.id, { gender: 'male' });
    const after = await read();
    expect(after.members.total).toBe(before.members.total + 1);
    expect(byKey(after.members.byGender).male).toBe((byKey(before.members.byGender).male ?? 0) + 1);
    expect(after.children.find((c) => c.unitId === b.id)?.members).toBe(3);
  });

  it("gives the overview card live's own figures, counted alone: the municipality, a township, a branch", async () => {
    const admin = await env.as('admin');
    // Admitted on a day ahead of today in today's month: in the month's trend, not in this year's recruits to today.
    const b = township.branches[1] as Unit;
    await addMember(env, b.id, { stage: 'probationary', probationaryOn: '2026-06-20', probationEndsOn: '2027-06-20' });
    for (const unitId of [env.seed.municipality.id, township.id, b.id]) {
      const [live, stages] = await env.at(today, () =>
        Promise.all([admin.members.stats.live({ unitId }), admin.members.stats.stages({ unitId })]),
      );
      expect(stages).toEqual({
        unit: live.unit,
        from: live.from,
        to: live.to,
        total: live.members.total,
        byStage: live.members.byStage,
        recruited: live.flows.recruited,
        recruitedByMonth: live.recruitedByMonth,
        children: live.children.map((c) => ({
          unitId: c.unitId,
          name: c.name,
          members: c.members,
          byStage: c.byStage,
          recruited: c.flows.recruited,
        })),
      });
      if (unitId === b.id) expect(stages.recruitedByMonth.at(-1)).toEqual({ month: '2026-06', count: 1 });
    }
  });
});
