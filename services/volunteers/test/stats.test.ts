// A unit subtree's yearly statistics on both databases, from the totals approvals keep: volunteers registered
// (active), active in the year, activities held (not cancelled, starting in the year as dated in Shanghai), approved
// minutes by month, minutes awaiting a decision, each child's subtree (adding up, with the unit's own, to the whole),
// and the top teams; another year, or another township, holds none of it.
import type { Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addUnit } from '../../../tests/support/factories';
import { addActivity, addHourEntry, addTeam, addVolunteer } from './support/volunteers';

describe.each(await testProviders())('volunteer statistics on %s', (provider) => {
  let env: TestEnv;
  let admin: Caller;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    admin = await env.as('chengguan');
  });
  afterAll(() => env?.drop());

  it('adds up a subtree by child, month and team', async () => {
    const top = await addUnit(env, env.seed.townships.chengguan! as Unit, { kind: 'branch' });
    const [a, b] = [await addUnit(env, top), await addUnit(env, top)];
    const below = await addUnit(env, a);
    const team = await addTeam(env, a.id);
    const atA = await addActivity(env, below.id, { teamId: team.id });
    const atB = await addActivity(env, b.id, {
      startsAt: new Date('2025-12-31T16:30:00Z'),
      endsAt: new Date('2025-12-31T18:00:00Z'),
    });
    const atTop = await addActivity(env, top.id);
    await addActivity(env, b.id, { status: 'cancelled' });
    // 2025-12-31 23:00 UTC is 2026-01-01 in Shanghai: this year. 2025-12-31 15:00 UTC is not.
    await addActivity(env, b.id, {
      startsAt: new Date('2025-12-31T15:00:00Z'),
      endsAt: new Date('2025-12-31T15:30:00Z'),
    });
    const v1 = await addVolunteer(env, below.id);
    const v2 = await addVolunteer(env, b.id);
    const v3 = await addVolunteer(env, top.id);
    await addVolunteer(env, b.id, { status: 'inactive' });
    const e1 = await addHourEntry(env, atA.id, v1.id, { minutes: 100 });
    const e2 = await addHourEntry(env, atB.id, v2.id, { minutes: 50, servedOn: '2026-01-01' });
    const e3 = await addHourEntry(env, atTop.id, v3.id, { minutes: 30 });
    await addHourEntry(env, atTop.id, v1.id, { minutes: 20 });
    await admin.volunteers.hours.approve({ ids: [e1.id, e2.id, e3.id] });
    const s = await admin.volunteers.stats.summary({ unitId: top.id, year: 2026 });
    expect(s).toMatchObject({
      unit: { id: top.id, name: top.name },
      year: 2026,
      volunteers: 3,
      activeVolunteers: 3,
      activities: 3,
      approvedMinutes: 180,
      pendingMinutes: 20,
    });
    expect(s.months).toHaveLength(12);
    expect(s.months[0]).toEqual({ month: '2026-01', minutes: 50, entries: 1 });
    expect(s.months[2]).toEqual({ month: '2026-03', minutes: 130, entries: 2 });
    expect(s.children).toEqual([
      { unitId: a.id, name: a.name, volunteers: 1, activeVolunteers: 1, activities: 1, minutes: 100 },
      { unitId: b.id, name: b.name, volunteers: 1, activeVolunteers: 1, activities: 1, minutes: 50 },
    ]);
    // The children with the unit's own rows add up to the whole.
    expect(s.children.reduce((sum, c) => sum + c.minutes, 0) + 30).toBe(s.approvedMinutes);
    expect(s.teams).toEqual([{ teamId: team.id, name: team.name, unitName: a.name, minutes: 100 }]);
    // A child's own summary is its subtree's part.
    expect(await admin.volunteers.stats.summary({ unitId: a.id, year: 2026 })).toMatchObject({
      volunteers: 1,
      approvedMinutes: 100,
      pendingMinutes: 0,
      children: [{ unitId: below.id, minutes: 100 }],
    });
    // Another year holds none of it (the volunteers registered stay).
    expect(await admin.volunteers.stats.summary({ unitId: top.id, year: 2025 })).toMatchObject({
      volunteers: 3,
      activeVolunteers: 0,
      activities: 1,
      approvedMinutes: 0,
      pendingMinutes: 0,
      teams: [],
    });
    await expect(
      admin.volunteers.stats.summary({ unitId: env.seed.townships.donghu!.id, year: 2026 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
