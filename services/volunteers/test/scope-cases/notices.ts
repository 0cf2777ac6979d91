// Scope cases of the bell: in each own township where the caller decides hours (volunteers.certify), an activity of a
// fresh branch with an entry pending and one whose decline was appealed is news, one notice of each kind opening the
// approval page filtered to it. The same in 东湖街道 (or a township where the caller's grant carries no volunteers
// rights) never shows. The entries are written as older than anything else, so a leaked one would lead the list.
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import { addUnit } from '../../../../tests/support/factories';
import { eachPlace, type Place, type ScopeTest } from '../../../../tests/support/scope-test';
import { addActivity, addHourEntry, addVolunteer } from '../support/volunteers';

const longAgo = new Date('2001-01-01T00:00:00Z');

/** An activity of a fresh branch of the place with one entry pending and one appealed, both from long ago. */
async function waitingAt(t: ScopeTest, p: Place) {
  const branch = await addUnit(t.env, p.township as Unit, { kind: 'branch' });
  const activity = await addActivity(t.env, branch.id);
  for (const status of ['pending', 'appealed'] as const) {
    const volunteer = await addVolunteer(t.env, branch.id);
    await addHourEntry(t.env, activity.id, volunteer.id, {
      status,
      createdAt: longAgo,
      ...(status === 'appealed' && { reason: '未签退' }),
    });
  }
  return { branch, activity };
}

export const scopeCases = {
  'volunteers.notices.list': (t: ScopeTest) =>
    eachPlace(
      t,
      'volunteers.certify',
      async (p) => {
        const { branch, activity } = await waitingAt(t, p);
        const { items, counts } = await t.a.volunteers.notices.list();
        const about = items.filter((i) => i.path.includes(`&activityId=${activity.id}&`));
        expect(about).toEqual([
          expect.objectContaining({
            kind: 'hoursAppealed',
            title: activity.title,
            unitName: branch.name,
            path: `/volunteers/hours?status=appealed&activityId=${activity.id}&at=${activity.unitId}`,
            key: expect.stringMatching(new RegExp(`^volunteers:hoursAppealed:${activity.id}:1:`)),
          }),
          expect.objectContaining({
            kind: 'hoursPending',
            title: activity.title,
            unitName: branch.name,
            path: `/volunteers/hours?status=pending&activityId=${activity.id}&at=${activity.unitId}`,
            key: expect.stringMatching(new RegExp(`^volunteers:hoursPending:${activity.id}:1:`)),
          }),
        ]);
        expect(counts.hoursPending).toBeGreaterThan(0);
        expect(counts.hoursAppealed).toBeGreaterThan(0);
      },
      async (p) => {
        const { activity } = await waitingAt(t, p);
        const { items } = await t.a.volunteers.notices.list();
        expect(items.filter((i) => i.path.includes(`&activityId=${activity.id}&`))).toEqual([]);
      },
    ),
};
