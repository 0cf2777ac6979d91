// The demo's volunteering (issue 12 point 7): teams, a year and more of activities with their sign-ups, attendance
// and hours (most approved, some pending, a few declined and appealed), drawn by the volunteers team's own generator
// (the large fixture's) at the demo's scale, then what a visitor should find at once (the team's demo module): the
// plain member's record with a declined and an appealed entry and a certificate, an activity under way at 东湖街道
// whose coordinator (`volunteer`) shows the check-in code, and upcoming ones (one full, with a waitlist). Run once by
// seedDemoOnce, after the registry.
import { type FixtureContext, seededRandom } from '@strata/api';
import type { Db } from '@strata/db';
import { openBulkWriter } from '@strata/db/bulk';
import { volunteersTeam } from '@strata/service-volunteers';
import { seedDemoVolunteering } from '@strata/service-volunteers/demo';
import type { DemoSeed } from './demo';

/** The demo's scale: a few hundred volunteers and their hours. */
const demoCounts = { volunteers: 400, volunteerHours: 4_000 };

export async function seedDemoVolunteers(db: Db, url: string, seed: DemoSeed, now = new Date()): Promise<void> {
  const fixture = await volunteersTeam.fixture?.();
  if (!fixture) return;
  const users = await db.user.findMany({
    select: { id: true, unitId: true, displayName: true, grants: { select: { id: true, role: true, unitId: true } } },
  });
  const units = await db.unit.findMany({
    select: { id: true, parentId: true, kind: true, name: true, path: true, depth: true },
  });
  const writer = await openBulkWriter(url);
  try {
    const ctx: FixtureContext = {
      size: { name: 'demo', counts: demoCounts },
      random: seededRandom(20_261_212),
      now,
      db,
      units,
      users,
      passwordHash: '',
      nextId: writer.nextId,
      insert: writer.insert,
      audit: [],
    };
    await fixture.generate(ctx);
    await writer.finish();
  } finally {
    await writer.close();
  }
  const member = seed.users.member;
  const coordinator = seed.users.volunteer;
  const chengguan = seed.townships.chengguan;
  const donghu = seed.townships.donghu;
  const branch = chengguan?.branches[0];
  if (!member || !coordinator || !chengguan || !donghu || !branch) return;
  await seedDemoVolunteering(db, {
    now,
    memberAccountId: member,
    memberBranchId: branch.id,
    coordinatorAccountId: coordinator,
    coordinatorTownshipId: donghu.id,
    chengguanId: chengguan.id,
  });
}
