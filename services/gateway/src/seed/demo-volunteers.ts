// The demo's volunteering (issue 12 point 7): teams, a year and more of activities with their sign-ups, attendance
// and hours (most approved, some pending, a few declined and appealed), drawn by the volunteers team's own generator
// (the large fixture's) at the demo's scale, then what a visitor should find at once (the team's demo module): the
// plain member's record with a declined and an appealed entry and a certificate, an activity under way at 东湖街道
// whose coordinator (`volunteer`) shows the check-in code, and upcoming ones (one full, with a waitlist). Run once by
// seedDemoOnce, after the registry.
import type { Db } from '@strata/db';
import { volunteersTeam } from '@strata/service-volunteers';
import { seedDemoVolunteering } from '@strata/service-volunteers/demo';
import type { DemoSeed } from './demo';
import { generateAtDemoScale } from './demo-generated';

/** The demo's scale: a few hundred volunteers and their hours. */
const demoCounts = { volunteers: 400, volunteerHours: 4_000 };

export async function seedDemoVolunteers(db: Db, url: string, seed: DemoSeed, now = new Date()): Promise<void> {
  await generateAtDemoScale(db, url, volunteersTeam, demoCounts, 20_261_212, now);
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
