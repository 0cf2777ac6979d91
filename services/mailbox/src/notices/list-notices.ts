// A handler's news from the mailbox, read from the letters against the clock when asked (never set by a job):
// letters overdue at the caller's units and escalated to them from one level below, due soon anywhere in their
// scope, reopened by a dissatisfied submitter or assigned down to them. Each kind is a page of the queue's views.
import { type AuthedContext, type ProvidedNotices, scopedPage, toIso } from '@strata/api';
import { noticeLimits } from '@strata/contract';
import type { Db } from '@strata/db';
import {
  type MailboxNoticeKind,
  mailboxNoticeKinds,
  type NoticeLetterRow,
  noticeLetterRows,
  noticeSource,
} from './notice-page.sql';

/** Letters listed per kind and unit; the count says how many there are in all. */
const perKind = 10;
/** Units asked about at most (a handler holds one or two grants; an admin's roots are few). */
const unitsAsked = 5;

type Notice = ProvidedNotices['items'][number];

const ms = (instant: string) => new Date(instant).getTime();

/** When the news began and what keys it: a new deadline or a new assignment is news again. */
function newsOf(kind: MailboxNoticeKind, row: NoticeLetterRow, assignedAt: Date | undefined) {
  switch (kind) {
    case 'escalated':
    case 'overdue':
      return { at: toIso(row.dueAt), stamp: ms(row.dueAt) };
    case 'dueSoon':
      return { at: toIso(row.dueSoonAt), stamp: ms(row.dueAt) };
    case 'reopened': {
      const at = toIso(row.reopenedAt ?? row.receivedAt);
      return { at, stamp: ms(at) };
    }
    case 'assigned': {
      const at = toIso(assignedAt ?? row.receivedAt);
      return { at, stamp: ms(at) };
    }
  }
}

/** When each of these letters was last assigned (its latest `assigned` event). */
async function assignedAt(db: Db, ids: number[]) {
  if (!ids.length) return new Map<number, Date>();
  const events = await db.letterEvent.findMany({
    where: { letterId: { in: ids }, kind: 'assigned' },
    orderBy: { id: 'asc' },
    select: { letterId: true, at: true },
  });
  return new Map(events.map((e) => [e.letterId, e.at]));
}

export async function listMailboxNotices(ctx: AuthedContext): Promise<ProvidedNotices> {
  const now = ctx.now();
  const roots = ctx.scope.roots('mailbox.handle');
  const units = ctx.scope.grants.filter((g) => roots.includes(g.unitPath));
  const asked = [...new Map(units.map((g) => [g.unitId, g])).values()].slice(0, unitsAsked);
  const page = (kind: MailboxNoticeKind, unit: (typeof asked)[number] | undefined) =>
    scopedPage(ctx.db, {
      scope: ctx.scope,
      permission: 'mailbox.handle',
      within: unit?.unitPath,
      source: noticeSource(kind, unit?.unitId, now),
      skip: 0,
      take: perKind,
      rows: noticeLetterRows,
      countBound: noticeLimits.countBound,
    });
  // Due soon is read over the whole scope once; the other kinds at each unit where the caller handles mail.
  const pages = await Promise.all(
    mailboxNoticeKinds.flatMap((kind) =>
      (kind === 'dueSoon' ? [undefined] : asked).map(async (unit) => ({ kind, page: await page(kind, unit) })),
    ),
  );
  const assigned = await assignedAt(
    ctx.db,
    pages.filter((p) => p.kind === 'assigned').flatMap((p) => p.page.items.map((i) => i.id)),
  );

  const counts: Record<string, number> = {};
  const items: Notice[] = [];
  // The kinds come most urgent first (mailboxNoticeKinds), each in its deadline's order.
  for (const { kind, page: letters } of pages) {
    counts[kind] = (counts[kind] ?? 0) + letters.total;
    for (const row of letters.items) {
      const { at, stamp } = newsOf(kind, row, assigned.get(row.id));
      items.push({
        key: `mailbox:${kind}:${row.id}:${stamp}`,
        kind,
        title: row.title,
        unitName: row.unitName,
        at,
        path: `/mailbox/letters/${row.id}`,
      });
    }
  }
  return { items, counts };
}
