// The dues news of a caller who keeps books, read from the books and the requests when asked (never stored, no job):
// hardship requests awaiting the caller's decision one level up, then the branches whose members are six or more
// months behind, which the rules of 2008 flag for the branch. One notice per unit, opening the unit's own list with
// exactly those rows; counts are of units, as the items are.
import { type AuthedContext, type ProvidedNotices, todayOf } from '@strata/api';
import { noticeLimits, pathAt } from '@strata/contract';
import type { Locale } from '@strata/i18n';
import { startOfCalendarDay } from '@strata/i18n/days';
import { monthNumber, monthText, paymentWindow } from '../rules/member-month';
import { arrearsUnits, pendingHardshipUnits } from './notice-units.sql';

type Notice = ProvidedNotices['items'][number];

/** What a notice says, in the caller's language (the kind's label, from the manifest, heads it in the bell). */
const says: Record<Locale, { arrears: (members: number, months: number) => string; hardship: (n: number) => string }> =
  {
    'zh-CN': {
      arrears: (members, months) => `${members} 名党员欠缴党费满 ${months} 个月`,
      hardship: (n) => `${n} 项党费减免申请待审批`,
    },
    'en-US': {
      arrears: (members, months) =>
        `${members} ${members === 1 ? 'member' : 'members'} ${months} or more months behind`,
      hardship: (n) => `${n} ${n === 1 ? 'request' : 'requests'} to decide`,
    },
  };

/**
 * How far back the books are read for arrears, in months before the current one: the collection list's window
 * (listDuesMembers reads the last two years), so a unit's count here is that list's flagged total.
 */
const arrearsWindowMonths = 24;

/** The end of `month` (YYYY-MM) as an instant: the first moment of the month after it, in Shanghai. */
const endOfMonth = (month: string) => startOfCalendarDay(`${monthText(monthNumber(month) + 1)}-01`).toISOString();

async function arrearsNotices(ctx: AuthedContext, current: string) {
  // Every dues.record subtree of the caller's, the whole organisation's too (read from the unsettled months, about
  // 50-70 ms there at xl on SQLite; a township's 1-2 ms).
  const roots = ctx.scope.roots('dues.record');
  if (!roots.length) return { items: [], units: 0 };
  const threshold = paymentWindow.back;
  const units = await arrearsUnits(ctx.db, roots, {
    since: monthText(monthNumber(current) - arrearsWindowMonths),
    current,
    threshold,
    limit: noticeLimits.items,
  });
  const items = units.map(
    (u): Notice => ({
      // News again when another member falls that far behind (or one catches up), or another month goes unpaid.
      key: `dues:arrears:${u.unitId}:${Number(u.members)}:${u.latest}`,
      kind: 'arrears',
      title: says[ctx.locale].arrears(Number(u.members), threshold),
      unitName: u.unitName,
      // When the latest unpaid month ended: the moment the unit's arrears last grew.
      at: endOfMonth(u.latest),
      // The unit's collection list, only the flagged, the furthest behind first.
      path: pathAt('/dues/members?flagged=true&sort=arrears&order=desc', u.unitId),
    }),
  );
  return { items, units: Number(units[0]?.units ?? 0) };
}

async function hardshipNotices(ctx: AuthedContext) {
  const roots = ctx.scope.roots('dues.approve');
  if (!roots.length) return { items: [], units: 0 };
  const units = await pendingHardshipUnits(ctx.db, roots, noticeLimits.items);
  const items = units.map(
    (u): Notice => ({
      // News again when another request arrives, or when one is decided and others still wait.
      key: `dues:hardshipPending:${u.unitId}:${Number(u.requests)}:${u.latestId}`,
      kind: 'hardshipPending',
      title: says[ctx.locale].hardship(Number(u.requests)),
      unitName: u.unitName,
      at: new Date(u.latestAt).toISOString(),
      // The unit's reductions list, only those proposed: each offers the decision to the caller.
      path: pathAt('/dues/hardship?state=proposed', u.unitId),
    }),
  );
  return { items, units: Number(units[0]?.units ?? 0) };
}

export async function listDuesNotices(ctx: AuthedContext): Promise<ProvidedNotices> {
  const current = todayOf({ now: ctx.now() }).slice(0, 7);
  const [hardship, arrears] = await Promise.all([hardshipNotices(ctx), arrearsNotices(ctx, current)]);
  // A member waits on the caller's decision first; then the arrears, the most members behind first.
  return {
    items: [...hardship.items, ...arrears.items],
    counts: { hardshipPending: hardship.units, arrears: arrears.units },
  };
}
