// The letters each kind of notice names, as the queue's own views name them (letterSource), narrowed where the news
// is about the caller's own unit rather than its subtree, and read with what a notice shows.
import { type PageRows, type PageSource, reviewedSql } from '@strata/api';
import { letterSource } from '../letters/letter-page.sql';
import { letterFilter } from '../letters/letter-schemas';

export const mailboxNoticeKinds = ['escalated', 'overdue', 'dueSoon', 'reopened', 'assigned'] as const;
export type MailboxNoticeKind = (typeof mailboxNoticeKinds)[number];

/** The queue's view each kind starts from; the kind's own condition comes on top (`held`). */
const views = {
  escalated: 'escalated',
  overdue: 'overdue',
  dueSoon: 'dueSoon',
  reopened: 'open',
  assigned: 'open',
} as const;

/**
 * The letters of `kind` for the unit `unitId` (the whole scope for due soon), most urgent first. Assigned, reopened
 * and overdue letters are the unit's own (`held`), escalated ones its units' one level below (the view's condition).
 */
export function noticeSource(kind: MailboxNoticeKind, unitId: number | undefined, now: Date): PageSource {
  const source = letterSource(letterFilter.parse({ view: views[kind], unitId }), now);
  const held = unitId !== undefined && kind !== 'escalated' && kind !== 'dueSoon';
  return {
    ...source,
    where: [
      ...source.where,
      ...(held ? [reviewedSql`r."unitId" = ${unitId}`] : []),
      ...(kind === 'assigned' ? [reviewedSql`r."status" = 'assigned'`] : []),
      ...(kind === 'reopened' ? [reviewedSql`r."reopenedAt" IS NOT NULL`] : []),
    ],
  };
}

/** A letter as a notice shows it. */
export type NoticeLetterRow = {
  id: number;
  title: string;
  unitName: string;
  receivedAt: string;
  dueAt: string;
  dueSoonAt: string;
  reopenedAt: string | null;
};

export const noticeLetterRows: PageRows<NoticeLetterRow, NoticeLetterRow> = {
  columns: reviewedSql`r."id" AS "id", r."title" AS "title", n."name" AS "unitName", r."receivedAt" AS "receivedAt", r."dueAt" AS "dueAt", r."dueSoonAt" AS "dueSoonAt", r."reopenedAt" AS "reopenedAt"`,
  joins: reviewedSql`JOIN "Unit" n ON n."id" = r."unitId"`,
  item: ([row]) => row as NoticeLetterRow,
};
