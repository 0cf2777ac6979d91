// The unit map on both databases: each unit's figures are its whole subtree's active registry, counted by stage and
// status (an archived unit's members still count above it); the colour scale spans each kind's values; boundaries
// come back as geometries and a malformed one as none; a unit's manager locates it (audited, before and after),
// while a unit outside the caller's scope, a caller without unit.manage, an archived unit and a point outside China
// are refused.
import type { Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addUnit } from '../../../tests/support/factories';
import { signInByInject } from '../../../tests/support/http-session';
import { missing } from '../../../tests/support/scope-test';
import { testServer } from '../../../tests/support/test-server';
import { boundaryText } from '../src/map/boundary';
import { type Figures, noFigures } from '../src/map/map-figures';
import { addMember } from './support/members';

const square = (lng: number, lat: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [lng, lat],
      [lng + 0.01, lat],
      [lng + 0.01, lat + 0.01],
      [lng, lat + 0.01],
      [lng, lat],
    ],
  ],
});

describe.each(await testProviders())('the unit map on %s', (provider) => {
  let env: TestEnv;
  let chengguan: Caller;
  let township: Unit & { branches: Unit[] };
  /** A branch of 城关镇 made for this file, a group below it, and an archived group below that branch. */
  let branch: Unit;
  let group: Unit;
  let archived: Unit;
  /** 城关镇's figures before this file added members: the seed (or another team's demo) may hold some. */
  let before: Figures;

  const figuresOf = async (caller: Caller, unitId: number, figure: 'members' | 'full' = 'members') =>
    Object.fromEntries(
      (await caller.members.map.units({ unitId, figure })).units.map((u) => [u.id, u.figures]),
    ) as Record<number, Figures>;

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    chengguan = await env.as('chengguan');
    township = env.seed.townships.chengguan!;
    before = (await figuresOf(chengguan, township.id))[township.id]!;
    branch = await addUnit(env, township, { kind: 'branch', name: '地图测试支部' });
    group = await addUnit(env, branch, { name: '地图测试党小组' });
    archived = await addUnit(env, branch, { name: '已归档党小组', archived: true });
    // The branch: two full members, one probationary, an applicant, an activist, a candidate; a full member working
    // away (floating); and three who left the active registry, never counted.
    await addMember(env, branch.id, { stage: 'full' });
    await addMember(env, branch.id, { stage: 'full' });
    await addMember(env, branch.id, { stage: 'probationary' });
    await addMember(env, branch.id, { stage: 'applicant' });
    await addMember(env, branch.id, { stage: 'activist' });
    await addMember(env, branch.id, { stage: 'candidate' });
    await addMember(env, branch.id, { stage: 'full', status: 'floating' });
    await addMember(env, branch.id, { stage: 'full', status: 'transferred', leftOn: '2024-05-01' });
    await addMember(env, branch.id, { stage: 'full', status: 'deceased', leftOn: '2024-06-01' });
    await addMember(env, branch.id, { stage: 'candidate', status: 'cancelled', leftOn: '2024-07-01' });
    // The group: one full member. The archived group: one probationary member, counted for the branch above it.
    await addMember(env, group.id, { stage: 'full' });
    await addMember(env, archived.id, { stage: 'probationary' });
    // 东湖街道's member never counts for 城关镇.
    await addMember(env, env.seed.townships.donghu!.branches[0]!.id, { stage: 'full' });
  });
  afterAll(() => env?.drop());

  const branchFigures: Figures = {
    members: 6,
    applicant: 1,
    activist: 1,
    candidate: 1,
    probationary: 2,
    full: 4,
    floating: 1,
    volunteerHours: 0,
  };

  it("counts each unit's whole subtree by stage and status, and leaves archived units off the map", async () => {
    const figures = await figuresOf(chengguan, township.id);
    expect(figures[group.id]).toEqual({ ...noFigures(), members: 1, full: 1 });
    expect(figures[branch.id]).toEqual(branchFigures);
    expect(figures[archived.id]).toBeUndefined();
    const added = Object.fromEntries(
      Object.entries(before).map(([figure, value]) => [figure, figures[township.id]![figure as keyof Figures] - value]),
    );
    expect(added).toEqual(branchFigures);
    // The township is the sum of its branches and its own members.
    const own = await env.db.member.count({
      where: { unitId: township.id, status: { in: ['active', 'floating'] }, stage: { in: ['probationary', 'full'] } },
    });
    const branches = (await env.db.unit.findMany({ where: { parentId: township.id } })).map((u) => u.id);
    expect(figures[township.id]!.members).toBe(own + branches.reduce((n, id) => n + (figures[id]?.members ?? 0), 0));
  });

  it("shows this year's approved volunteer hours of each unit's subtree, in whole hours, from the volunteers' totals", async () => {
    const unit = await addUnit(env, township, { kind: 'branch', name: '志愿时长支部' });
    const below = await addUnit(env, unit, { name: '志愿时长小组' });
    // This year's months count (the map's clock is the test's), last year's do not; the group's add to the branch.
    const year = new Date().getFullYear();
    await env.db.hourTotal.createMany({
      data: [
        { unitId: unit.id, teamNo: 0, month: `${year}-01`, minutes: 150, entries: 2 },
        { unitId: unit.id, teamNo: 7, month: `${year}-03`, minutes: 60, entries: 1 },
        { unitId: below.id, teamNo: 0, month: `${year}-02`, minutes: 45, entries: 1 },
        { unitId: unit.id, teamNo: 0, month: `${year - 1}-12`, minutes: 600, entries: 5 },
      ],
    });
    const figures = await figuresOf(chengguan, township.id);
    // 255 minutes: 4 whole hours at the branch; the group's 45 minutes are no whole hour.
    expect(figures[unit.id]!.volunteerHours).toBe(4);
    expect(figures[below.id]!.volunteerHours).toBe(0);
    expect(figures[township.id]!.volunteerHours - before.volunteerHours).toBeGreaterThanOrEqual(4);
    // Another township's map holds none of it.
    const donghu = env.seed.townships.donghu!;
    const other = await figuresOf(await env.as('admin'), donghu.id);
    expect(other[unit.id]).toBeUndefined();
  });

  it('answers the subtree chosen, parents first, and the colour scale of each kind', async () => {
    const map = await chengguan.members.map.units({ unitId: branch.id, figure: 'full' });
    expect(map.figure).toBe('full');
    expect(map.units.map((u) => [u.id, u.parentId, u.kind, u.name])).toEqual([
      [branch.id, township.id, 'branch', '地图测试支部'],
      [group.id, branch.id, 'group', '地图测试党小组'],
    ]);
    expect(map.scale).toEqual([
      { kind: 'branch', min: 4, max: 4 },
      { kind: 'group', min: 1, max: 1 },
    ]);
    // Across the township's branches: the least and greatest count of full members among them.
    const wide = await chengguan.members.map.units({ unitId: township.id, figure: 'full' });
    const full = wide.units.filter((u) => u.kind === 'branch').map((u) => u.figures.full);
    expect(wide.scale.find((s) => s.kind === 'branch')).toEqual({
      kind: 'branch',
      min: Math.min(...full),
      max: Math.max(...full),
    });
    expect(Math.max(...full)).toBeGreaterThanOrEqual(4);
  });

  it("covers the caller's whole scope without a unit, and counts the municipality for its admin", async () => {
    const mine = await chengguan.members.map.units({ figure: 'members' });
    expect(mine.units[0]?.id).toBe(township.id);
    expect(mine.units.every((u) => u.id === township.id || u.parentId !== null)).toBe(true);
    const admin = await env.as('admin');
    const all = await admin.members.map.units({ figure: 'members' });
    const top = all.units[0]!;
    expect(top.kind).toBe('municipality');
    const everyone = await env.db.member.count({
      where: { status: { in: ['active', 'floating'] }, stage: { in: ['probationary', 'full'] } },
    });
    expect(top.figures.members).toBe(everyone);
    expect(all.units.find((u) => u.id === township.id)?.figures).toEqual(mine.units[0]?.figures);
  });

  it('reads locations, sites and boundaries back, a malformed boundary as none', async () => {
    const boundary = square(118.78, 32.05);
    await env.db.unit.update({
      where: { id: branch.id },
      data: { latitude: 32.055, longitude: 118.785, boundary: boundaryText(boundary), siteCode: 'map-test' },
    });
    await env.db.unit.update({
      where: { id: group.id },
      data: { boundary: '{"type":"Polygon","coordinates":[[[1,2]]]}' },
    });
    const units = (await chengguan.members.map.units({ unitId: branch.id, figure: 'members' })).units;
    expect(units[0]).toMatchObject({ latitude: 32.055, longitude: 118.785, boundary, siteCode: 'map-test' });
    expect(units[1]).toMatchObject({ latitude: null, longitude: null, boundary: null, siteCode: null });
    await env.db.unit.update({ where: { id: group.id }, data: { boundary: 'no geometry at all' } });
    expect((await chengguan.members.map.units({ unitId: group.id, figure: 'members' })).units[0]?.boundary).toBeNull();
  });

  it('refuses a unit outside the scope as a missing one', async () => {
    const donghu = env.seed.townships.donghu!;
    const foreign = chengguan.members.map.units({ unitId: donghu.id, figure: 'members' });
    await expect(foreign).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(chengguan.members.map.units({ unitId: missing, figure: 'members' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  describe('locating a unit', () => {
    const entries = (unitId: number) =>
      env.db.auditLog.findMany({ where: { action: 'unit.locate', entityId: String(unitId) }, orderBy: { id: 'asc' } });

    it('sets the location to six decimals and audits the location before and after', async () => {
      const unit = await addUnit(env, township.branches[1]!);
      const first = await chengguan.members.map.locate({
        unitId: unit.id,
        latitude: 32.0512345678,
        longitude: 118.7798765432,
      });
      expect(first).toEqual({ id: unit.id, latitude: 32.051235, longitude: 118.779877 });
      await chengguan.members.map.locate({ unitId: unit.id, latitude: 32.06, longitude: 118.8 });
      const [located, moved] = await entries(unit.id);
      expect(located).toMatchObject({
        actorId: env.seed.users.chengguan,
        unitId: unit.id,
        entity: 'Unit',
        entityLabel: unit.name,
      });
      expect(JSON.parse(located!.before!)).toEqual({ latitude: null, longitude: null });
      expect(JSON.parse(located!.after!)).toEqual({ latitude: 32.051235, longitude: 118.779877 });
      expect(JSON.parse(moved!.before!)).toEqual({ latitude: 32.051235, longitude: 118.779877 });
      expect(JSON.parse(moved!.after!)).toEqual({ latitude: 32.06, longitude: 118.8 });
      const map = await chengguan.members.map.units({ unitId: unit.id, figure: 'members' });
      expect(map.units[0]).toMatchObject({ latitude: 32.06, longitude: 118.8 });
    });

    it("refuses another township's unit as a missing one, and leaves it where it was", async () => {
      const foreign = env.seed.townships.donghu!.branches[1]!;
      const place = { latitude: 32.07, longitude: 118.7 };
      const [outside, absent] = await Promise.allSettled([
        chengguan.members.map.locate({ unitId: foreign.id, ...place }),
        chengguan.members.map.locate({ unitId: missing, ...place }),
      ]);
      expect(outside).toMatchObject({ status: 'rejected', reason: { code: 'NOT_FOUND' } });
      expect((outside as PromiseRejectedResult).reason.message).toBe((absent as PromiseRejectedResult).reason.message);
      const after = await env.db.unit.findUniqueOrThrow({ where: { id: foreign.id } });
      expect([after.latitude, after.longitude]).toEqual([foreign.latitude, foreign.longitude]);
      expect(await entries(foreign.id)).toEqual([]);
    });

    it('refuses a caller who reads the map but manages no unit', async () => {
      const secretary = await env.as('secretary');
      const own = township.branches[0]!;
      await expect(secretary.members.map.units({ unitId: own.id, figure: 'members' })).resolves.toBeDefined();
      await expect(
        secretary.members.map.locate({ unitId: own.id, latitude: 32.05, longitude: 118.78 }),
      ).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(await entries(own.id)).toEqual([]);
    });

    it('refuses an archived unit', async () => {
      await expect(
        chengguan.members.map.locate({ unitId: archived.id, latitude: 32.05, longitude: 118.78 }),
      ).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
      expect(await entries(archived.id)).toEqual([]);
    });

    describe('over HTTP', () => {
      let app: FastifyInstance;
      beforeAll(async () => {
        app = await testServer(env);
      });
      afterAll(() => app?.close());

      it('refuses a point outside China as a field error, in either language', async () => {
        const headers = await signInByInject(app, 'chengguan', 'Strata#2026');
        const unit = await addUnit(env, township.branches[1]!);
        const fieldErrors = async (payload: object, locale: string) => {
          const res = await app.inject({
            method: 'POST',
            url: '/trpc/members.map.locate',
            payload: { unitId: unit.id, ...payload },
            headers: { ...headers, 'x-strata-locale': locale },
          });
          expect(res.statusCode).toBe(400);
          return res.json().error.data.fieldErrors;
        };
        // Latitude and longitude swapped, as a slip of the hand makes them.
        expect(await fieldErrors({ latitude: 118.78, longitude: 32.05 }, 'zh-CN')).toEqual({
          latitude: ['纬度应在北纬 3° 至 54° 之间（中国境内）'],
          longitude: ['经度应在东经 73° 至 136° 之间（中国境内）'],
        });
        expect(await fieldErrors({ latitude: 60, longitude: 118.78 }, 'en-US')).toEqual({
          latitude: ['Latitude must be between 3° N and 54° N (within China)'],
        });
        expect(await entries(unit.id)).toEqual([]);
      });
    });
  });
});
