// The years taken, each with the name of the account that took it. The snapshot belongs to no unit and its taker sits
// at the top unit, outside most readers' scope, so the name is read here, by the snapshot's plain `takenById`: the
// account's display name alone (none when no account answers to it any more), nothing else of it.
import { queryReviewed, reviewedSql } from '@strata/api';
import type { Db } from '@strata/db';

export type TakenYearRow = { year: number; asOf: string; takenAt: string; takenByName: string | null };

/** Every year taken, the latest first, `takenAt` as ISO text. */
export async function takenYears(db: Db): Promise<TakenYearRow[]> {
  const rows = await queryReviewed<TakenYearRow>(
    db,
    reviewedSql`SELECT s."year" AS "year", s."asOf" AS "asOf", s."takenAt" AS "takenAt", u."displayName" AS "takenByName" FROM "AnnualSnapshot" s LEFT JOIN "User" u ON u."id" = s."takenById" ORDER BY s."year" DESC`,
    { instants: 'text' },
  );
  return rows.map((r) => ({ year: Number(r.year), asOf: r.asOf, takenAt: r.takenAt, takenByName: r.takenByName }));
}
