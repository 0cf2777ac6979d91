// The audit log's side of a scoped page (see scopedPage in @strata/api): newest first, narrowed by the filter,
// as reviewed SQL. Its two indexes are (id, unitId) and (unitId, id) (models/audit.prisma).
import {
  type Instant,
  inSubtrees,
  type PageRows,
  type PageSource,
  queryReviewed,
  reviewedSql,
  type Scope,
  valueList,
} from '@strata/api';
import { type Db, literalContains } from '@strata/db';
import { nextCalendarDay, startOfCalendarDay } from '@strata/i18n/days';
import type { AuditFilter } from './audit-schemas';

/**
 * Days are the organisation's (Asia/Shanghai): `to` includes its whole day. A search matches an object's name
 * only where the reader may see that name (its owning unit in scope), so a withheld name cannot be found by
 * guessing; an object's id matches exactly.
 */
export function auditEntries(scope: Scope, filter: AuditFilter): PageSource {
  const search = filter.search || undefined;
  const readable = scope.roots('audit.read');
  return {
    table: reviewedSql`"AuditLog" r`,
    where: [
      ...(filter.action ? [reviewedSql`r."action" LIKE ${`${literalContains(filter.action)}%`}`] : []),
      ...(filter.from ? [reviewedSql`r."at" >= ${startOfCalendarDay(filter.from)}`] : []),
      ...(filter.to ? [reviewedSql`r."at" < ${startOfCalendarDay(nextCalendarDay(filter.to))}`] : []),
      ...(filter.actorId ? [reviewedSql`r."actorId" = ${filter.actorId}`] : []),
      ...(filter.entity ? [reviewedSql`r."entity" = ${filter.entity}`] : []),
      ...(filter.entityId ? [reviewedSql`r."entityId" = ${filter.entityId}`] : []),
      ...(search
        ? [
            readable.length
              ? reviewedSql`((r."entityLabel" LIKE ${`%${literalContains(search)}%`} AND EXISTS (SELECT 1 FROM "Unit" lu WHERE lu."id" = r."labelUnitId" AND (${inSubtrees(reviewedSql`lu."path"`, readable)}))) OR r."entityId" = ${search})`
              : reviewedSql`r."entityId" = ${search}`,
          ]
        : []),
    ],
    key: reviewedSql`r."id"`,
    order: 'desc',
  };
}

/** An entry as the log's page reads it, with the names of its actor and unit. */
export type AuditRow = {
  id: number;
  at: Instant;
  actorName: string | null;
  unitId: number;
  unitName: string;
  action: string;
  entity: string;
  entityId: string;
  entityLabel: string | null;
  labelUnitId: number | null;
  before: string | null;
  after: string | null;
  clientAddress: string | null;
  userAgent: string | null;
};

/** What the log shows of each entry: the entry, who made it and in which unit. */
export const auditRows: PageRows<AuditRow, AuditRow> = {
  columns: reviewedSql`r."id" AS "id", r."at" AS "at", a."displayName" AS "actorName", r."unitId" AS "unitId", n."name" AS "unitName", r."action" AS "action", r."entity" AS "entity", r."entityId" AS "entityId", r."entityLabel" AS "entityLabel", r."labelUnitId" AS "labelUnitId", r."before" AS "before", r."after" AS "after", r."clientAddress" AS "clientAddress", r."userAgent" AS "userAgent"`,
  joins: reviewedSql`JOIN "Unit" n ON n."id" = r."unitId" LEFT JOIN "User" a ON a."id" = r."actorId"`,
  item: ([row]) => row as AuditRow,
};

/** Which of the units `ids` the reader sees in the audit log (none when the scope holds no audit.read). */
export async function visibleUnits(db: Db, scope: Scope, ids: number[]): Promise<number[]> {
  const readable = scope.roots('audit.read');
  if (!ids.length || !readable.length) return [];
  const rows = await queryReviewed<{ id: number }>(
    db,
    reviewedSql`SELECT u."id" AS "id" FROM "Unit" u WHERE u."id" IN (${valueList(ids)}) AND (${inSubtrees(reviewedSql`u."path"`, readable)})`,
  );
  return rows.map((r) => Number(r.id));
}
