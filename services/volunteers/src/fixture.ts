// The volunteers in the large fixture (scripts/fixture): `volunteers` people (50,000 at xl) over the branches and
// townships with their teams and who joined them (fixture-people.ts), and activities over the last 24 months and the
// weeks ahead with their sign-ups, attendance and exactly `volunteerHours` hour entries (1,000,000 at xl), decided
// with their trail and added to the totals as the service adds them (fixture-activities.ts). Everything is drawn from
// ctx.random and goes in through the bulk writer, never a Prisma call per row; the triggers refuse only UPDATE and
// DELETE of the hours, so the entries are written as they stand today with their whole trail.
import {
  type AuditedObject,
  type AuditSubject,
  auditSubject,
  type FixtureContext,
  type TeamFixture,
} from '@strata/api';
import { generateActivities } from './fixture-activities';
import { generatePeople } from './fixture-people';
import { fixtureCalendar, rowWriter, unitTree } from './fixture-world';
import { volunteersLabels } from './locales';

async function generateVolunteers(ctx: FixtureContext): Promise<AuditSubject[]> {
  if ((ctx.size.counts.volunteers ?? 0) <= 0) return [];
  const tree = unitTree(ctx);
  const calendar = fixtureCalendar(ctx.now);
  const out = rowWriter(ctx);
  const people = await generatePeople(ctx, tree, calendar, out);
  await out.flush(true);
  const wantedEntries = (ctx.size.counts.volunteerHours ?? 0) - (await ctx.db.hourEntry.count());
  const made = await generateActivities(ctx, tree, calendar, out, people, wantedEntries);
  await out.flush(true);

  // The audit log names them with the team's labelled actions (those the service records: the labels say which).
  const labelled = new Set(Object.keys(volunteersLabels['zh-CN'].auditAction));
  const subject = (entity: string, weight: number, actions: [string, number][], objects: readonly AuditedObject[]) =>
    auditSubject(labelled, entity, weight, actions, objects);
  return [
    ...subject(
      'Volunteer',
      0.5,
      [
        ['volunteer.create', 4],
        ['volunteer.update', 3],
        ['volunteer.reveal', 1],
      ],
      people.audited.map((v) => ({ id: v.id, unitId: v.unitId, label: v.name })),
    ),
    ...subject(
      'Activity',
      0.5,
      [
        ['activity.create', 3],
        ['activity.publish', 2],
        ['activity.close', 2],
      ],
      made.activities,
    ),
    ...subject('HourEntry', 0.5, [['hours.approve', 1]], made.entries),
  ];
}

export const volunteersFixture: TeamFixture = {
  generate: async (ctx) => {
    ctx.audit.push(...(await generateVolunteers(ctx)));
  },
};
