// What the header's search finds of the volunteers team: activities by a part of their title (volunteers.read), read
// through the activities list in the caller's whole scope, so a hit is exactly a row that list shows the caller. An
// activity opens its own page.
import { type AuthedContext, defineSearch, type FoundByKind } from '@strata/api';
import { searchLimits } from '@strata/contract';
import { calendarDay } from '@strata/i18n/days';
import { listActivities } from '../activities/list-activities';

const take = searchLimits.perKind + 1;

async function activities(ctx: AuthedContext, q: string) {
  // No unitId: the list reads the caller's whole volunteers.read scope, every root at once. Newest start first, as
  // the list opens.
  const page = await listActivities(ctx.db, ctx.scope, {
    q,
    sort: 'startsAt',
    order: 'desc',
    page: 1,
    pageSize: take,
  });
  return page.items.map((a) => ({
    kind: 'activity',
    id: a.id,
    title: a.title,
    // The day it starts in the organisation's zone (the list gives the instant in UTC, which can fall on the day
    // before).
    detail: calendarDay(a.startsAt),
    unitName: a.unitName,
    path: `/volunteers/activities/${a.id}`,
  }));
}

export const volunteersSearch = defineSearch({
  permission: 'volunteers.read',
  kinds: {
    'zh-CN': { activity: '志愿活动' },
    'en-US': { activity: 'Activities' },
  },
  find: async (ctx, q): Promise<FoundByKind> => ({ activity: await activities(ctx, q) }),
});
