// The certificates' raw statements: the approved minutes a volunteer served in a period at every certifying unit
// (their entries by the (volunteerId, servedOn) index, whichever unit certified them: the certificate states the
// volunteer's service, not one unit's), whether a number is taken, the list's side of a scoped page, and a number's
// verification for the public page. The volunteer and the issuing unit were looked up through the caller's scope.
import { type PageRows, type PageSource, queryReviewed, reviewedSql } from '@strata/api';
import { type Db, literalContains, type Tx } from '@strata/db';
import type { CertificateFilter } from './certificates-schemas';

export async function approvedMinutes(tx: Db | Tx, volunteerId: number, fromOn: string, toOn: string) {
  const [row] = await queryReviewed<{ minutes: number | bigint | string | null }>(
    tx,
    reviewedSql`SELECT SUM(e."minutes") AS "minutes" FROM "HourEntry" e WHERE e."volunteerId" = ${volunteerId} AND e."servedOn" >= ${fromOn} AND e."servedOn" <= ${toOn} AND e."status" = 'approved'`,
  );
  return Number(row?.minutes ?? 0);
}

export async function numberTaken(tx: Db | Tx, number: string) {
  const rows = await queryReviewed<{ id: number }>(
    tx,
    reviewedSql`SELECT c."id" AS "id" FROM "VolunteerCertificate" c WHERE c."number" = ${number}`,
  );
  return rows.length > 0;
}

/** A unit subtree's certificates, newest issued first; `q` a number (exactly) or part of the volunteer's name. */
export function certificateSource(filter: CertificateFilter, number: string | null): PageSource {
  const q = filter.q;
  return {
    table: reviewedSql`"VolunteerCertificate" r`,
    where: q
      ? [
          number
            ? reviewedSql`r."number" = ${number}`
            : reviewedSql`r."volunteerId" IN (SELECT v."id" FROM "Volunteer" v WHERE v."name" LIKE ${`%${literalContains(q)}%`})`,
        ]
      : [],
    key: reviewedSql`r."issuedAt"`,
    order: 'desc',
  };
}

export type ListedCertificate = {
  id: number;
  number: string;
  volunteerId: number;
  volunteerName: string;
  unitId: number;
  unitName: string;
  minutes: number;
  fromOn: string;
  toOn: string;
  issuedAt: string;
  revokedAt: string | null;
};

export const listedCertificates: PageRows<ListedCertificate, ListedCertificate> = {
  columns: reviewedSql`r."id" AS "id", r."number" AS "number", r."volunteerId" AS "volunteerId", v."name" AS "volunteerName", r."unitId" AS "unitId", n."name" AS "unitName", r."minutes" AS "minutes", r."fromOn" AS "fromOn", r."toOn" AS "toOn", r."issuedAt" AS "issuedAt", r."revokedAt" AS "revokedAt"`,
  joins: reviewedSql`JOIN "Volunteer" v ON v."id" = r."volunteerId" JOIN "Unit" n ON n."id" = r."unitId"`,
  item: ([row]) => row as ListedCertificate,
};

export type VerifiedCertificate = {
  number: string;
  name: string;
  minutes: number;
  fromOn: string;
  toOn: string;
  unitName: string;
  issuedAt: Date;
  revokedAt: Date | null;
};

/** A certificate by its number, as the public verification page shows it (the name is masked by the page). */
export async function certificateByNumber(db: Db, number: string): Promise<VerifiedCertificate | null> {
  const [row] = await queryReviewed<VerifiedCertificate>(
    db,
    reviewedSql`SELECT c."number" AS "number", v."name" AS "name", c."minutes" AS "minutes", c."fromOn" AS "fromOn", c."toOn" AS "toOn", n."name" AS "unitName", c."issuedAt" AS "issuedAt", c."revokedAt" AS "revokedAt" FROM "VolunteerCertificate" c JOIN "Volunteer" v ON v."id" = c."volunteerId" JOIN "Unit" n ON n."id" = c."unitId" WHERE c."number" = ${number}`,
  );
  return row ? { ...row, minutes: Number(row.minutes) } : null;
}
