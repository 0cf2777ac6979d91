// The letter lists' side of a scoped page (scopedPage in @strata/api): the table, the conditions each view names and
// the sort keys, as reviewed SQL. Each key has its two indexes (models/mailbox.prisma). The open views walk
// `openDueAt`, which answered letters leave empty, so a queue never steps over the year's answered letters.
import { type PageRows, type PageSource, reviewedSql } from '@strata/api';
import type { Prisma } from '@strata/db';
import type { LetterFilter } from './letter-schemas';

const table = reviewedSql`"Letter" r`;
const open = reviewedSql`r."openDueAt" IS NOT NULL`;

/** Views of open letters, ordered by their deadline through openDueAt; the others by receipt or by deadline. */
const openViews = new Set<LetterFilter['view']>(['open', 'dueSoon', 'overdue', 'escalated']);

function viewConditions(filter: LetterFilter, now: Date, unitId: number | undefined): Prisma.Sql[] {
  switch (filter.view) {
    case 'open':
      return [open];
    case 'dueSoon':
      return [reviewedSql`r."openDueAt" > ${now}`, reviewedSql`r."dueSoonAt" <= ${now}`];
    case 'overdue':
      return [reviewedSql`r."openDueAt" <= ${now}`];
    case 'escalated':
      // Overdue letters handled one level below the unit the list is for: they stand in its queue, flagged.
      return unitId === undefined
        ? [reviewedSql`r."openDueAt" <= ${now}`]
        : [
            reviewedSql`r."openDueAt" <= ${now}`,
            reviewedSql`EXISTS (SELECT 1 FROM "Unit" e WHERE e."id" = r."unitId" AND e."parentId" = ${unitId})`,
          ];
    case 'answered':
      return [reviewedSql`r."status" = 'replied'`];
    case 'closed':
      return [reviewedSql`r."status" = 'closed'`];
    case 'rejected':
      return [reviewedSql`r."status" = 'rejected'`];
    case 'all':
      return [];
  }
}

/**
 * A search: a letter's number (2026-000123, or its id alone) finds that letter; other words are looked for in the
 * titles, as typed (LIKE's own characters escaped).
 */
function searched(q: string | undefined): Prisma.Sql[] {
  if (!q) return [];
  const number = /^(?:\d{4}-)?0*(\d{1,9})$/.exec(q);
  if (number) return [reviewedSql`r."id" = ${Number(number[1])}`];
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return [reviewedSql`r."title" LIKE ${pattern} ESCAPE '\\'`];
}

/** The letters a filter names (the caller's scope is added by scopedPage), in its order. */
export function letterSource(filter: LetterFilter, now: Date): PageSource {
  const byDeadline = filter.sort === 'dueAt';
  const key = byDeadline
    ? openViews.has(filter.view)
      ? reviewedSql`r."openDueAt"`
      : reviewedSql`r."dueAt"`
    : reviewedSql`r."receivedAt"`;
  return {
    table,
    where: [
      ...viewConditions(filter, now, filter.unitId),
      ...(filter.kind ? [reviewedSql`r."kind" = ${filter.kind}`] : []),
      ...searched(filter.q),
    ],
    key,
    order: filter.order,
  };
}

/** A row as the page statement reads it. */
type ListedRow = {
  id: number;
  kind: string;
  title: string;
  status: string;
  unitId: number;
  unitName: string;
  parentId: number | null;
  parentName: string | null;
  siteUnitId: number;
  receivedAt: string;
  dueDate: string;
  dueAt: string;
  dueSoonAt: string;
  repliedAt: string | null;
  extensionState: string;
};

/**
 * What a letter list shows of each row: never the body or the submitter. The unit above the handler is joined by
 * its key for its name (an escalation names it, and the reader may not see that unit otherwise).
 */
export const listedRows: PageRows<ListedRow, ListedRow> = {
  columns: reviewedSql`r."id" AS "id", r."kind" AS "kind", r."title" AS "title", r."status" AS "status", r."unitId" AS "unitId", n."name" AS "unitName", n."parentId" AS "parentId", a."name" AS "parentName", r."siteUnitId" AS "siteUnitId", r."receivedAt" AS "receivedAt", r."dueDate" AS "dueDate", r."dueAt" AS "dueAt", r."dueSoonAt" AS "dueSoonAt", r."repliedAt" AS "repliedAt", r."extensionState" AS "extensionState"`,
  joins: reviewedSql`JOIN "Unit" n ON n."id" = r."unitId" LEFT JOIN "Unit" a ON a."id" = n."parentId"`,
  item: ([row]) => row as ListedRow,
};
export type { ListedRow };
