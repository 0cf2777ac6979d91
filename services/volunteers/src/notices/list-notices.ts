// A certifier's news from the volunteers: the activities whose hour entries wait for a decision in their
// volunteers.certify scope, read from the entries when asked (never stored). Appeals come first (a volunteer
// contested a decline and waits on the unit a second time), then entries pending since their activity closed; within
// each, the activity whose entries have waited longest first. A notice names one activity and opens the approval
// page filtered to it and the state; its key carries the count and the newest arrival, so a new entry or appeal is
// news again once read.
import { type AuthedContext, type ProvidedNotices, toIso } from '@strata/api';
import { noticeLimits, pathAt } from '@strata/contract';
import { type WaitingGroup, waitingGroups } from './hour-notices.sql';

export const hourNoticeKinds = ['hoursAppealed', 'hoursPending'] as const;
export type HourNoticeKind = (typeof hourNoticeKinds)[number];

/** The entry state each kind is about, as the approval page's `status` filter names it. */
const statusOf = { hoursAppealed: 'appealed', hoursPending: 'pending' } as const satisfies Record<
  HourNoticeKind,
  string
>;

/**
 * The approval page listing the activity's entries in that state (apps/volunteers, hours-page.tsx), opened at the
 * activity's unit: its entries are of that unit's subtree whatever unit the caller had chosen.
 */
export const hoursPagePath = (status: 'pending' | 'appealed', group: { activityId: number; unitId: number }) =>
  pathAt(`/volunteers/hours?status=${status}&activityId=${group.activityId}`, group.unitId);

type Notice = ProvidedNotices['items'][number];

const instant = (value: WaitingGroup['since']) => new Date(value as string | number | Date);

/** What marks a group's newest arrival: the newest entry's id, or for appeals the latest appeal's instant. */
function stampOf(kind: HourNoticeKind, group: WaitingGroup) {
  if (kind === 'hoursPending' || group.lastAppealedAt === null) return `${Number(group.lastId)}`;
  return `${instant(group.lastAppealedAt).getTime()}`;
}

export async function listHourNotices(ctx: AuthedContext): Promise<ProvidedNotices> {
  const roots = ctx.scope.roots('volunteers.certify');
  // Each kind may fill the bell alone: read ones go after unread ones, so each gives as many as could be shown.
  const groups = roots.length ? await waitingGroups(ctx.db, roots, noticeLimits.items) : [];
  const counts: Record<string, number> = {};
  const items: Notice[] = [];
  for (const kind of hourNoticeKinds) {
    const status = statusOf[kind];
    const mine = groups.filter((g) => g.status === status);
    counts[kind] = Number(mine[0]?.groups ?? 0);
    for (const group of mine) {
      const entries = Number(group.entries);
      items.push({
        key: `volunteers:${kind}:${group.activityId}:${entries}:${stampOf(kind, group)}`,
        kind,
        title: group.title,
        unitName: group.unitName,
        at: toIso(instant(group.since)),
        path: hoursPagePath(status, group),
      });
    }
  }
  return { items, counts };
}
