// Reading transfer letters from both sides: the explicit sharing rule of the transfers. A letter belongs to the sending
// branch (`unitId`), yet the receiving side must see the letters addressed to its units, so every statement here
// names the letters whose sender (`f`) or receiver (`d`) lies in the caller's subtrees for the permission (`roots`,
// from ctx.scope.roots, narrowed to a chosen unit). Of the member, a letter reads the name for the lists, and the
// card the receiver may see (transferredMember in transfer-schemas.ts): nothing else of the sending branch.
import { inSubtrees, integerLiteral, joinReviewed, queryReviewed, reviewedSql } from '@strata/api';
import { listCountBound } from '@strata/contract';
import { type Db, literalContains, type Prisma } from '@strata/db';
import type { TransferFilter } from './transfer-schemas';

const from = (roots: string[]) => inSubtrees(reviewedSql`f."path"`, roots);
const to = (roots: string[]) => reviewedSql`(d."path" IS NOT NULL AND (${inSubtrees(reviewedSql`d."path"`, roots)}))`;

const letters = reviewedSql`"Transfer" t JOIN "Unit" f ON f."id" = t."unitId" LEFT JOIN "Unit" d ON d."id" = t."toUnitId" JOIN "Member" m ON m."id" = t."memberId"`;
const letterColumns = reviewedSql`t."id" AS "id", t."letterNo" AS "letterNo", t."memberId" AS "memberId", m."name" AS "memberName", t."unitId" AS "fromUnitId", f."name" AS "fromUnitName", f."path" AS "fromPath", t."toUnitId" AS "toUnitId", d."name" AS "toUnitName", d."path" AS "toPath", t."toOrganisation" AS "toOrganisation", t."crossProvince" AS "crossProvince", t."issuedOn" AS "issuedOn", t."expiresOn" AS "expiresOn", t."state" AS "state"`;

/** The sort keys: the days as stored (YYYY-MM-DD), the member's name by its natural key (pinyin, numbers by value). */
const sortKeys = {
  issuedOn: reviewedSql`t."issuedOn"`,
  expiresOn: reviewedSql`t."expiresOn"`,
  member: reviewedSql`m."nameKey"`,
} as const satisfies Record<TransferFilter['sort'], Prisma.Sql>;
const directions = { asc: reviewedSql`ASC`, desc: reviewedSql`DESC` } as const;

/** The order asked for, the letter's id breaking ties in the same direction, so pages never overlap. */
function listOrder(filter: TransferFilter): Prisma.Sql {
  const direction = directions[filter.order];
  return reviewedSql`${sortKeys[filter.sort]} ${direction}, t."id" ${direction}`;
}

/** A letter as listed, with both units' paths to tell the caller's side and what it may do. */
export type LetterRow = {
  id: number;
  letterNo: string;
  memberId: number;
  memberName: string;
  fromUnitId: number;
  fromUnitName: string;
  fromPath: string;
  toUnitId: number | null;
  toUnitName: string | null;
  toPath: string | null;
  toOrganisation: string;
  crossProvince: boolean;
  issuedOn: string;
  expiresOn: string;
  state: string;
};

/** The conditions of a list: its side (in `roots`), its state as read on `today`, its search. */
function listConditions(filter: TransferFilter, roots: string[], today: string): Prisma.Sql {
  const side =
    filter.direction === 'out'
      ? from(roots)
      : filter.direction === 'in'
        ? reviewedSql`${to(roots)} AND NOT (${from(roots)})`
        : reviewedSql`((${from(roots)}) OR ${to(roots)})`;
  const conditions = [side];
  if (filter.state === 'issued') conditions.push(reviewedSql`t."state" = 'issued' AND t."expiresOn" >= ${today}`);
  else if (filter.state === 'expired') conditions.push(reviewedSql`t."state" = 'issued' AND t."expiresOn" < ${today}`);
  else if (filter.state) conditions.push(reviewedSql`t."state" = ${filter.state}`);
  if (filter.q) {
    const pattern = `%${literalContains(filter.q)}%`;
    conditions.push(reviewedSql`(t."letterNo" LIKE ${pattern} OR m."name" LIKE ${pattern})`);
  }
  return joinReviewed(conditions, reviewedSql` AND `);
}

/** One page of the letters in the order asked (latest issued first by default), and how many (exact up to the bound). */
export async function letterPage(
  db: Db,
  { filter, roots, today }: { filter: TransferFilter; roots: string[]; today: string },
) {
  const where = listConditions(filter, roots, today);
  const skip = (filter.page - 1) * filter.pageSize;
  const [rows, [counted]] = await Promise.all([
    queryReviewed<LetterRow>(
      db,
      reviewedSql`SELECT ${letterColumns} FROM ${letters} WHERE ${where} ORDER BY ${listOrder(filter)} LIMIT ${integerLiteral(filter.pageSize)} OFFSET ${skip}`,
    ),
    queryReviewed<{ n: unknown }>(
      db,
      reviewedSql`SELECT count(*) AS "n" FROM (SELECT 1 AS "one" FROM ${letters} WHERE ${where} LIMIT ${integerLiteral(listCountBound + 1)}) x`,
    ),
  ]);
  const n = Number(counted?.n ?? 0);
  return { rows, total: Math.min(n, listCountBound), totalIsBound: n > listCountBound };
}

/** A letter with its particulars and the transferred member's card, as read by either side. */
export type LetterWithMember = LetterRow & {
  reason: string;
  answer: string;
  decidedAt: string | null;
  gender: string;
  birthDate: string;
  ethnicity: string;
  education: string;
  stage: string;
  appliedOn: string | null;
  activistOn: string | null;
  candidateOn: string | null;
  probationaryOn: string | null;
  probationEndsOn: string | null;
  fullOn: string | null;
  /** Sealed: opened only to be masked. */
  idNumber: string;
};

/** The letter when its sender or its receiver lies in `roots`; none otherwise, as for a missing id. */
export async function letterWithMember(db: Db, id: number, roots: string[]): Promise<LetterWithMember | null> {
  const [row] = await queryReviewed<LetterWithMember>(
    db,
    reviewedSql`SELECT ${letterColumns}, t."reason" AS "reason", t."answer" AS "answer", t."decidedAt" AS "decidedAt", m."gender" AS "gender", m."birthDate" AS "birthDate", m."ethnicity" AS "ethnicity", m."education" AS "education", m."stage" AS "stage", m."appliedOn" AS "appliedOn", m."activistOn" AS "activistOn", m."candidateOn" AS "candidateOn", m."probationaryOn" AS "probationaryOn", m."probationEndsOn" AS "probationEndsOn", m."fullOn" AS "fullOn", m."idNumber" AS "idNumber" FROM ${letters} WHERE t."id" = ${id} AND ((${from(roots)}) OR ${to(roots)})`,
    { instants: 'text' },
  );
  return row ?? null;
}
