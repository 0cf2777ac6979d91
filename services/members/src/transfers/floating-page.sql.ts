// Reading floating attachments from both sides. An attachment belongs to the member's own branch (`unitId`, `h`), yet
// the host branch (`hostUnitId`, `o`) must see the members attached to it, so the statement names the attachments
// whose home or host lies in the caller's subtrees (`roots`), by the side asked for, narrowed to the open or ended ones
// and to part of the member's name. Of the member it reads only the name, gender and stage.
import { inSubtrees, integerLiteral, joinReviewed, queryReviewed, reviewedSql } from '@strata/api';
import { listCountBound } from '@strata/contract';
import { type Db, literalContains } from '@strata/db';
import type { FloatingFilter } from './transfer-schemas';

const attachments = reviewedSql`"FloatingAttachment" a JOIN "Member" m ON m."id" = a."memberId" JOIN "Unit" h ON h."id" = a."unitId" JOIN "Unit" o ON o."id" = a."hostUnitId"`;

export type AttachmentRow = {
  id: number;
  memberId: number;
  memberName: string;
  gender: string;
  stage: string;
  homeUnitId: number;
  homeUnitName: string;
  homePath: string;
  hostUnitId: number;
  hostUnitName: string;
  place: string;
  startedOn: string;
  untilOn: string | null;
  endedOn: string | null;
};

/** One page of the attachments of the side asked for, latest started first, and how many (exact up to the bound). */
export async function attachmentPage(db: Db, { filter, roots }: { filter: FloatingFilter; roots: string[] }) {
  const side = inSubtrees(filter.direction === 'out' ? reviewedSql`h."path"` : reviewedSql`o."path"`, roots);
  const conditions = [reviewedSql`(${side})`];
  if (filter.open === true) conditions.push(reviewedSql`a."endedOn" IS NULL`);
  if (filter.open === false) conditions.push(reviewedSql`a."endedOn" IS NOT NULL`);
  if (filter.q) conditions.push(reviewedSql`m."name" LIKE ${`%${literalContains(filter.q)}%`}`);
  const where = joinReviewed(conditions, reviewedSql` AND `);
  const skip = (filter.page - 1) * filter.pageSize;
  const [rows, [counted]] = await Promise.all([
    queryReviewed<AttachmentRow>(
      db,
      reviewedSql`SELECT a."id" AS "id", a."memberId" AS "memberId", m."name" AS "memberName", m."gender" AS "gender", m."stage" AS "stage", a."unitId" AS "homeUnitId", h."name" AS "homeUnitName", h."path" AS "homePath", a."hostUnitId" AS "hostUnitId", o."name" AS "hostUnitName", a."place" AS "place", a."startedOn" AS "startedOn", a."untilOn" AS "untilOn", a."endedOn" AS "endedOn" FROM ${attachments} WHERE ${where} ORDER BY a."startedOn" DESC, a."id" DESC LIMIT ${integerLiteral(filter.pageSize)} OFFSET ${skip}`,
    ),
    queryReviewed<{ n: unknown }>(
      db,
      reviewedSql`SELECT count(*) AS "n" FROM (SELECT 1 AS "one" FROM ${attachments} WHERE ${where} LIMIT ${integerLiteral(listCountBound + 1)}) x`,
    ),
  ]);
  const n = Number(counted?.n ?? 0);
  return { rows, total: Math.min(n, listCountBound), totalIsBound: n > listCountBound };
}
