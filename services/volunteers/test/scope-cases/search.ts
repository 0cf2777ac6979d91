// The header's search over activities: an activity of the caller's own township is found by a part of its title, with
// its start day in Shanghai and the path of its page; the same in 东湖街道 (or an own township where the grant carries
// no volunteers rights) is not found, and the answer says nothing of it (no hit, no "more").
import { expect } from 'vitest';
import { uniqueName } from '../../../../tests/support/factories';
import { eachPlace, type Place, type ScopeCase, type ScopeTest } from '../../../../tests/support/scope-test';
import { addActivity } from '../support/volunteers';

/** An activity of the place's first branch, titled with a word found nowhere else. */
async function titledIn(t: ScopeTest, p: Place) {
  const word = uniqueName('搜寻').replace('-', '');
  // 07:00 in Shanghai is the evening before in UTC: the detail must give the Shanghai day.
  const activity = await addActivity(t.env, p.branches[0]!.id, {
    title: `${word}河道清洁`,
    startsAt: new Date('2026-03-14T07:00:00+08:00'),
    endsAt: new Date('2026-03-14T10:00:00+08:00'),
  });
  return { word, activity };
}

export const scopeCases: Record<string, ScopeCase> = {
  'volunteers.search.find': (t) =>
    eachPlace(
      t,
      'volunteers.read',
      async (p) => {
        const { word, activity } = await titledIn(t, p);
        expect(await t.a.volunteers.search.find({ q: word })).toEqual({
          hits: [
            {
              kind: 'activity',
              id: activity.id,
              title: `${word}河道清洁`,
              detail: '2026-03-14',
              unitName: p.branches[0]!.name,
              path: `/volunteers/activities/${activity.id}`,
            },
          ],
          more: { activity: false },
        });
      },
      async (p) => {
        const { word } = await titledIn(t, p);
        expect(await t.a.volunteers.search.find({ q: word })).toEqual({ hits: [], more: { activity: false } });
      },
    ),
};
