// Scope cases of the statistics. Live: in each own township a member admitted on a day of its own at one of its
// branches is counted for the township, its period and the branch's share, with the totals counted here directly;
// 东湖街道's member of the same day never is, and 东湖街道's statistics answer exactly as a missing unit's. The
// overview card's stages likewise, with a member admitted today (the card counts this year up to today). The annual
// snapshot belongs to the top unit, where no caller of the suite holds a grant: taking one is refused exactly like a
// missing unit and writes nothing, while the municipal admin's take shows the allowed outcome; the years taken name
// their taker to every reader; its tables count an own township's frozen rows alone, and 东湖街道's tables answer as a
// missing unit's.
import type { Unit } from '@strata/db';
import { calendarDay } from '@strata/i18n/days';
import { expect } from 'vitest';
import type { TestEnv } from '../../../../tests/support/env';
import { addUnit, countPerEnv } from '../../../../tests/support/factories';
import { eachPlace, expectHidden, missing, type ScopeCase, type ScopeTest } from '../../../../tests/support/scope-test';
import { addMember } from '../support/members';

const days = countPerEnv();
/** A day in 2016 no other case admits members on in this environment's database. */
const freshDay = (env: TestEnv) => new Date(Date.UTC(2016, 0, 1) + days(env) * 86_400_000).toISOString().slice(0, 10);

/** A year that is over and that no snapshot of this environment took yet (from 2003: the members below joined before). */
const takenYears = new WeakMap<TestEnv, number>();
const freshYear = (env: TestEnv) => {
  const year = (takenYears.get(env) ?? 2002) + 1;
  takenYears.set(env, year);
  return year;
};

/** A full member since 2002, at a group of its own below the branch (the branch's share counts it). */
const addVeteran = async (t: ScopeTest, branch: Unit) => {
  const group = await addUnit(t.env, branch);
  return addMember(t.env, group.id, {
    appliedOn: '1999-03-01',
    activistOn: '1999-09-01',
    candidateOn: '2000-09-01',
    probationaryOn: '2001-03-01',
    probationEndsOn: '2002-03-01',
    fullOn: '2002-03-05',
  });
};

/** Current members (active or floating) of a subtree, counted directly. */
const currentUnder = (t: ScopeTest, unit: Unit) =>
  t.env.db.member.count({
    where: { unit: { path: { startsWith: unit.path } }, status: { in: ['active', 'floating'] } },
  });

/** Those admitted as probationary members in a subtree this year up to `today`, counted directly. */
const recruitedUnder = (t: ScopeTest, unit: Unit, today: string) =>
  t.env.db.member.count({
    where: {
      unit: { path: { startsWith: unit.path } },
      probationaryOn: { gte: `${today.slice(0, 4)}-01-01`, lte: today },
    },
  });

/** A snapshot's rows on the registry on its day in a subtree, counted directly. */
const frozenUnder = (t: ScopeTest, snapshotId: number, unit: Unit) =>
  t.env.db.annualSnapshotMember.count({
    where: { snapshotId, left: false, unit: { path: { startsWith: unit.path } } },
  });

export const scopeCases: Record<string, ScopeCase> = {
  'members.stats.live': (t) =>
    eachPlace(
      t,
      'members.read',
      async (p) => {
        const day = freshDay(t.env);
        const branch = p.branches[0] as Unit;
        const admitted = { stage: 'probationary' as const, probationaryOn: day, fullOn: null };
        await addMember(t.env, branch.id, admitted);
        await addMember(t.env, (t.foreign.branches[0] as Unit).id, admitted);
        const stats = await t.a.members.stats.live({ unitId: p.township.id, from: day, to: day });
        expect(stats.unit).toEqual({ id: p.township.id, name: p.township.name });
        expect(stats.members.total).toBe(await currentUnder(t, p.township));
        expect(stats.flows.recruited).toBe(1);
        const share = stats.children.find((c) => c.unitId === branch.id);
        expect(share?.members).toBe(await currentUnder(t, branch));
        expect(share?.flows.recruited).toBe(1);
        const atTownship = await t.env.db.member.count({
          where: { unitId: p.township.id, status: { in: ['active', 'floating'] } },
        });
        expect(stats.children.reduce((n, c) => n + c.members, 0) + atTownship).toBe(stats.members.total);
      },
      async (p) => {
        const day = freshDay(t.env);
        await expectHidden(
          t.a.members.stats.live({ unitId: p.township.id, from: day, to: day }),
          t.a.members.stats.live({ unitId: missing, from: day, to: day }),
        );
      },
    ),

  'members.stats.stages': (t) =>
    eachPlace(
      t,
      'members.read',
      async (p) => {
        const today = calendarDay(new Date());
        const branch = p.branches[0] as Unit;
        const admitted = { stage: 'probationary' as const, probationaryOn: today, fullOn: null };
        await addMember(t.env, branch.id, admitted);
        await addMember(t.env, (t.foreign.branches[0] as Unit).id, admitted);
        const counts = await t.a.members.stats.stages({ unitId: p.township.id });
        expect(counts.unit).toEqual({ id: p.township.id, name: p.township.name });
        expect(counts.total).toBe(await currentUnder(t, p.township));
        expect(counts.byStage.reduce((n, s) => n + s.count, 0)).toBe(counts.total);
        expect(counts.recruited).toBe(await recruitedUnder(t, p.township, today));
        const share = counts.children.find((c) => c.unitId === branch.id);
        expect(share?.members).toBe(await currentUnder(t, branch));
        expect(share?.recruited).toBe(await recruitedUnder(t, branch, today));
        expect(share?.recruited).toBeGreaterThan(0);
      },
      async (p) => {
        await expectHidden(
          t.a.members.stats.stages({ unitId: p.township.id }),
          t.a.members.stats.stages({ unitId: missing }),
        );
      },
    ),

  'members.stats.takeSnapshot': async (t) => {
    const year = freshYear(t.env);
    const before = await t.env.db.annualSnapshot.count();
    const entries = await t.env.db.auditLog.count();
    await expectHidden(
      t.a.members.stats.takeSnapshot({ year }),
      t.a.members.stats.snapshotTables({ year, unitId: missing }),
      ['NOT_FOUND'],
    );
    expect([await t.env.db.annualSnapshot.count(), await t.env.db.auditLog.count()]).toEqual([before, entries]);

    // The municipal admin's take: the whole organisation, own townships' members and 东湖街道's alike.
    const own = await addVeteran(t, t.places[0]?.branches[0] as Unit);
    const foreign = await addVeteran(t, t.foreign.branches[0] as Unit);
    const admin = await t.env.as('admin');
    const taken = await admin.members.stats.takeSnapshot({ year });
    const snapshot = await t.env.db.annualSnapshot.findUniqueOrThrow({ where: { year } });
    expect(taken).toEqual({
      year,
      asOf: `${year}-12-31`,
      takenAt: snapshot.takenAt.toISOString(),
      rows: await t.env.db.annualSnapshotMember.count({ where: { snapshotId: snapshot.id } }),
    });
    const counted = await t.env.db.annualSnapshotMember.findMany({
      where: { snapshotId: snapshot.id, memberId: { in: [own.id, foreign.id] } },
    });
    expect(counted.map((r) => r.memberId).sort((x, y) => x - y)).toEqual([own.id, foreign.id].sort((x, y) => x - y));
  },

  'members.stats.snapshots': async (t) => {
    const admin = await t.env.as('admin');
    await admin.members.stats.takeSnapshot({ year: freshYear(t.env) });
    const years = await t.env.db.annualSnapshot.findMany({ orderBy: { year: 'desc' } });
    // The taker's display name, read here by the plain id: the municipal admin's, outside the caller's scope.
    const takers = await t.env.db.user.findMany({
      where: { id: { in: years.flatMap((y) => (y.takenById === null ? [] : [y.takenById])) } },
      select: { id: true, displayName: true },
    });
    const nameOf = (id: number | null) => takers.find((u) => u.id === id)?.displayName ?? null;
    const latest = Number(calendarDay(new Date()).slice(0, 4)) - 1;
    const listed = await t.a.members.stats.snapshots({});
    expect(listed.years).toEqual(
      years.map((y) => ({
        year: y.year,
        asOf: y.asOf,
        takenAt: y.takenAt.toISOString(),
        takenByName: nameOf(y.takenById),
      })),
    );
    expect(listed.years.map((y) => y.takenByName)).toContain('市委组织部管理员');
    // The caller holds no members.snapshot at the top: it may never take the year; the municipal admin may, while
    // the year is not taken.
    const taken = years.some((y) => y.year === latest);
    expect(listed.latest).toEqual({ year: latest, taken, mayTake: false });
    expect((await admin.members.stats.snapshots({})).latest).toEqual({ year: latest, taken, mayTake: !taken });
  },

  'members.stats.snapshotTables': async (t) => {
    const year = freshYear(t.env);
    for (const p of t.places) await addVeteran(t, p.branches[0] as Unit);
    await addVeteran(t, t.foreign.branches[0] as Unit);
    const admin = await t.env.as('admin');
    await admin.members.stats.takeSnapshot({ year });
    const snapshot = await t.env.db.annualSnapshot.findUniqueOrThrow({ where: { year } });
    await eachPlace(
      t,
      'members.read',
      async (p) => {
        const tables = await t.a.members.stats.snapshotTables({ year, unitId: p.township.id });
        expect(tables.unit).toEqual({ id: p.township.id, name: p.township.name });
        expect(tables.members.total).toBe(await frozenUnder(t, snapshot.id, p.township));
        expect(tables.members.total).toBeGreaterThan(0);
        const branch = p.branches[0] as Unit;
        expect(tables.children.find((c) => c.unitId === branch.id)?.members).toBe(
          await frozenUnder(t, snapshot.id, branch),
        );
        const atTownship = await t.env.db.annualSnapshotMember.count({
          where: { snapshotId: snapshot.id, left: false, unitId: p.township.id },
        });
        expect(tables.children.reduce((n, c) => n + c.members, 0) + atTownship).toBe(tables.members.total);
      },
      (p) =>
        expectHidden(
          t.a.members.stats.snapshotTables({ year, unitId: p.township.id }),
          t.a.members.stats.snapshotTables({ year, unitId: missing }),
        ),
    );
  },
};
