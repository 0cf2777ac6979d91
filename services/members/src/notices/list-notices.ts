// A transfer officer's news from the members team, read from the letters against the clock when asked (never stored,
// no job): letters addressed to a unit in the caller's scope and awaiting receipt there, and letters sent from one
// whose validity ends within two weeks. Each opens the transfers page at the letter's unit (`?at=`), on the tab and in the
// state where the page lists it, the letter itself open.
//
// A letter moving inside the caller's subtree is both: it awaits receipt at one of the caller's units and may lapse
// at another. It is listed under both kinds, each opening the page narrowed to its own side's unit, where the page
// does list it on that side (with the whole subtree chosen it would show only as sent). The two say different things
// (receive it; it is about to lapse), and the second comes only in its last two weeks.
import { type AuthedContext, type ProvidedNotices, toIso } from '@strata/api';
import { noticeLimits, pathAt } from '@strata/contract';
import type { Locale } from '@strata/i18n';
import { calendarDay, dayNumber, dayText, formatCalendarDay, startOfCalendarDay } from '@strata/i18n/days';
import {
  type NoticeLetterRow,
  noticeLetters,
  type TransferNoticeKind,
  transferNoticeKinds,
} from './notice-letters.sql';

/** How many days before its last valid day a letter still awaiting receipt is news for its sender. */
export const expiringDays = 14;

/** Letters listed per kind: each kind has its share of the bell's items, whatever the other's number. */
const perKind = Math.floor(noticeLimits.items / transferNoticeKinds.length);

type Notice = ProvidedNotices['items'][number];

/**
 * The transfers page listing the letter: at `unit`'s subtree, on the tab where it stands there (sent when its
 * sender lies in that subtree, as toTransferRow tells), still issued, the letter open. A letter about to lapse is
 * listed by its last valid day, so those nearest it come first.
 */
export function transfersPath(
  letter: Pick<NoticeLetterRow, 'id' | 'fromPath'>,
  unit: { id: number; path: string },
  byExpiry: boolean,
) {
  const params = new URLSearchParams({
    direction: letter.fromPath.startsWith(unit.path) ? 'out' : 'in',
    state: 'issued',
  });
  if (byExpiry) {
    params.set('sort', 'expiresOn');
    params.set('order', 'asc');
  }
  params.set('letter', String(letter.id));
  return pathAt(`/members/transfers?${params}`, unit.id);
}

/** What a notice says of its letter, in the caller's language (the kind's label heads it in the bell). */
const says: Record<Locale, Record<TransferNoticeKind, (name: string, expiresOn: string) => string>> = {
  'zh-CN': {
    transferIncoming: (name) => `${name} 转入`,
    transferExpiring: (name, expiresOn) => `${name} 转出，有效期至${formatCalendarDay(expiresOn, 'zh-CN')}`,
  },
  'en-US': {
    transferIncoming: (name) => `${name}, transferring in`,
    transferExpiring: (name, expiresOn) => `${name}, valid until ${formatCalendarDay(expiresOn, 'en-US')}`,
  },
};

/**
 * The notice of one letter of `kind`: its member's name and side in the caller's words, opening the transfers page
 * at the unit on that side.
 */
export function transferNotice(kind: TransferNoticeKind, row: NoticeLetterRow, locale: Locale): Notice {
  if (kind === 'transferIncoming') {
    // Only letters to a unit of the system await receipt (one to an outside organisation is done when issued).
    const unit = { id: row.toUnitId as number, path: row.toPath as string };
    return {
      key: `members:${kind}:${row.id}`,
      kind,
      title: says[locale][kind](row.memberName, row.expiresOn),
      unitName: row.toUnitName ?? '',
      at: toIso(startOfCalendarDay(row.issuedOn)),
      path: transfersPath(row, unit, false),
    };
  }
  // News from two weeks before the last valid day; a new last day (a new letter) is news again.
  return {
    key: `members:${kind}:${row.id}:${row.expiresOn}`,
    kind,
    title: says[locale][kind](row.memberName, row.expiresOn),
    unitName: row.fromUnitName,
    at: toIso(startOfCalendarDay(dayText(dayNumber(row.expiresOn) - expiringDays))),
    path: transfersPath(row, { id: row.fromUnitId, path: row.fromPath }, true),
  };
}

export async function listMembersNotices(ctx: AuthedContext): Promise<ProvidedNotices> {
  const roots = ctx.scope.roots('members.transfer');
  if (!roots.length) return { items: [], counts: {} };
  const today = calendarDay(ctx.now());
  const query = { roots, today, horizon: dayText(dayNumber(today) + expiringDays) };
  const pages = await Promise.all(
    transferNoticeKinds.map(async (kind) => ({
      kind,
      page: await noticeLetters(ctx.db, kind, query, { take: perKind, countBound: noticeLimits.countBound }),
    })),
  );
  const counts: Record<string, number> = {};
  const items: Notice[] = [];
  // The kinds come most urgent first, each by its letters' last valid day.
  for (const { kind, page } of pages) {
    counts[kind] = page.total;
    for (const row of page.rows) items.push(transferNotice(kind, row, ctx.locale));
  }
  return { items, counts };
}
