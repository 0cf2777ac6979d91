// The bases in force of some members in a month, one reviewed read (the collection list's page, a member's statement):
// every base of theirs that starts in the month or before, the latest kept per member (inForce). A member has a few
// bases at most, so reading them all beats a statement per member.
import { queryReviewed, reviewedSql, valueList } from '@strata/api';
import type { Db } from '@strata/db';
import { inForce } from '../rules/monthly-due';

/** A member's declared category and amounts, in force from a month on. */
export type BaseInForce = {
  id: number;
  memberId: number;
  effectiveFrom: string;
  category: string;
  baseFen: number;
  setFen: number | null;
  source: string;
};

/** Per member of `memberIds`, the base in force in `month` (YYYY-MM); a member with none before it has no entry. */
export async function basesInForce(
  db: Db,
  memberIds: readonly number[],
  month: string,
): Promise<Map<number, BaseInForce>> {
  const found = new Map<number, BaseInForce>();
  if (!memberIds.length) return found;
  const rows = await queryReviewed<BaseInForce>(
    db,
    reviewedSql`SELECT b."id" AS "id", b."memberId" AS "memberId", b."effectiveFrom" AS "effectiveFrom", b."category" AS "category", b."baseFen" AS "baseFen", b."setFen" AS "setFen", b."source" AS "source" FROM "DuesBase" b WHERE b."memberId" IN (${valueList(memberIds)}) AND b."effectiveFrom" <= ${month}`,
  );
  // Of a member's bases read so far and this one, the one in force (inForce's rule: the latest that has begun).
  for (const row of rows) {
    const base = inForce(
      [found.get(row.memberId), row].filter((b) => b !== undefined),
      month,
    );
    if (base) found.set(row.memberId, base);
  }
  return found;
}
