// The import's raw statements, for what Prisma cannot say or cannot say in time. An import's row lock (PostgreSQL's
// FOR UPDATE). Staging a chunk's rows in one INSERT that reads them from a single JSON parameter (SQLite's json_each,
// PostgreSQL's json_to_recordset): the statement's text is the same for every chunk, and Prisma's createMany cost about
// a millisecond a row here, a third of the import's time budget at 10,000 rows. And the commit as two set-based
// INSERT ... SELECTs from the staged rows, which never leave the database: the members (their facts read from the staged
// JSON, their sealed values copied as they are) and each one's `imported` timeline entry. The members' statement carries
// the scope itself: only rows whose branch is an active branch or group in the caller's subtrees for members.edit
// within the import's unit (`roots`) go in. The two databases say JSON differently, so each statement has both forms.
import { inSubtrees, reviewedSql } from '@strata/api';
import { providerOfClient, type Tx } from '@strata/db';

/** Locks the import's row; the lock precedes the scope check and reveals nothing (a missing id locks nothing). */
export async function lockImport(tx: Tx, id: number): Promise<void> {
  if (providerOfClient(tx) !== 'postgresql') return;
  await tx.$queryRaw(reviewedSql`SELECT "id" FROM "MemberImport" WHERE "id" = ${id} FOR UPDATE`);
}

/** A checked row as it is staged: the member's facts as JSON text, the personal data sealed with its indexes. */
export type StagedRow = {
  row: number;
  memberUnitId: number;
  fields: string;
  idNumber: string;
  idNumberIndex: string;
  phone: string;
  phoneIndex: string | null;
  address: string;
};

/** Stages a chunk's checked rows of the import (never none: the caller stages only when there are some). */
export async function insertStagedRows(tx: Tx, importId: number, rows: readonly StagedRow[]): Promise<void> {
  const json = JSON.stringify(rows);
  await tx.$executeRaw(
    providerOfClient(tx) === 'postgresql'
      ? reviewedSql`INSERT INTO "MemberImportRow" ("importId", "row", "memberUnitId", "fields", "idNumber", "idNumberIndex", "phone", "phoneIndex", "address") SELECT CAST(${importId} AS INTEGER), s."row", s."memberUnitId", s."fields", s."idNumber", s."idNumberIndex", s."phone", s."phoneIndex", s."address" FROM json_to_recordset(CAST(${json} AS JSON)) AS s("row" INTEGER, "memberUnitId" INTEGER, "fields" TEXT, "idNumber" TEXT, "idNumberIndex" TEXT, "phone" TEXT, "phoneIndex" TEXT, "address" TEXT)`
      : reviewedSql`INSERT INTO "MemberImportRow" ("importId", "row", "memberUnitId", "fields", "idNumber", "idNumberIndex", "phone", "phoneIndex", "address") SELECT ${importId}, json_extract(s.value, '$.row'), json_extract(s.value, '$.memberUnitId'), json_extract(s.value, '$.fields'), json_extract(s.value, '$.idNumber'), json_extract(s.value, '$.idNumberIndex'), json_extract(s.value, '$.phone'), json_extract(s.value, '$.phoneIndex'), json_extract(s.value, '$.address') FROM json_each(${json}) s`,
  );
}

/** The branches a member may be imported into: active branches and groups in `roots`. */
const openBranches = (roots: string[]) =>
  reviewedSql`SELECT u."id" FROM "Unit" u WHERE u."kind" IN ('branch', 'group') AND u."archivedAt" IS NULL AND (${inSubtrees(reviewedSql`u."path"`, roots)})`;

/**
 * Registers the import's staged rows as active members, in the sheet's order, and answers how many went in. The facts
 * come from the staged JSON (stage-import.ts writes it: the registry's fields and the name's sort key), the sealed
 * personal data and its blind indexes as staged.
 */
export function insertImportedMembers(
  tx: Tx,
  { importId, roots, now }: { importId: number; roots: string[]; now: Date },
) {
  return tx.$executeRaw(
    providerOfClient(tx) === 'postgresql'
      ? reviewedSql`INSERT INTO "Member" ("unitId", "name", "nameKey", "gender", "birthDate", "ethnicity", "education", "occupation", "stage", "status", "appliedOn", "activistOn", "candidateOn", "probationaryOn", "probationEndsOn", "fullOn", "idNumber", "idNumberIndex", "phone", "phoneIndex", "address", "workplace", "note", "createdAt", "updatedAt")
SELECT r."memberUnitId", f."name", f."nameKey", f."gender", f."birthDate", f."ethnicity", f."education", f."occupation", f."stage", 'active', f."appliedOn", f."activistOn", f."candidateOn", f."probationaryOn", f."probationEndsOn", f."fullOn", r."idNumber", r."idNumberIndex", r."phone", r."phoneIndex", r."address", f."workplace", f."note", CAST(${now} AS TIMESTAMP(3)), CAST(${now} AS TIMESTAMP(3))
FROM "MemberImportRow" r CROSS JOIN LATERAL json_to_record(CAST(r."fields" AS JSON)) AS f("name" TEXT, "nameKey" TEXT, "gender" TEXT, "birthDate" TEXT, "ethnicity" TEXT, "education" TEXT, "occupation" TEXT, "stage" TEXT, "appliedOn" TEXT, "activistOn" TEXT, "candidateOn" TEXT, "probationaryOn" TEXT, "probationEndsOn" TEXT, "fullOn" TEXT, "workplace" TEXT, "note" TEXT)
WHERE r."importId" = ${importId} AND r."memberUnitId" IN (${openBranches(roots)})
ORDER BY r."row"`
      : reviewedSql`INSERT INTO "Member" ("unitId", "name", "nameKey", "gender", "birthDate", "ethnicity", "education", "occupation", "stage", "status", "appliedOn", "activistOn", "candidateOn", "probationaryOn", "probationEndsOn", "fullOn", "idNumber", "idNumberIndex", "phone", "phoneIndex", "address", "workplace", "note", "createdAt", "updatedAt")
SELECT r."memberUnitId", json_extract(r."fields", '$.name'), json_extract(r."fields", '$.nameKey'), json_extract(r."fields", '$.gender'), json_extract(r."fields", '$.birthDate'), json_extract(r."fields", '$.ethnicity'), json_extract(r."fields", '$.education'), json_extract(r."fields", '$.occupation'), json_extract(r."fields", '$.stage'), 'active', json_extract(r."fields", '$.appliedOn'), json_extract(r."fields", '$.activistOn'), json_extract(r."fields", '$.candidateOn'), json_extract(r."fields", '$.probationaryOn'), json_extract(r."fields", '$.probationEndsOn'), json_extract(r."fields", '$.fullOn'), r."idNumber", r."idNumberIndex", r."phone", r."phoneIndex", r."address", json_extract(r."fields", '$.workplace'), json_extract(r."fields", '$.note'), ${now}, ${now}
FROM "MemberImportRow" r
WHERE r."importId" = ${importId} AND r."memberUnitId" IN (${openBranches(roots)})
ORDER BY r."row"`,
  );
}

/** One `imported` entry on the timeline of each member the import registered, at the member's branch as named now. */
export function insertImportedEvents(
  tx: Tx,
  { importId, on, at, actorId }: { importId: number; on: string; at: Date; actorId: number },
) {
  const postgres = providerOfClient(tx) === 'postgresql';
  const when = postgres ? reviewedSql`CAST(${at} AS TIMESTAMP(3))` : reviewedSql`${at}`;
  return tx.$executeRaw(
    reviewedSql`INSERT INTO "MemberEvent" ("memberId", "kind", "on", "at", "actorId", "atUnitId", "atUnitName", "value", "note")
SELECT m."id", 'imported', CAST(${on} AS TEXT), ${when}, CAST(${actorId} AS INTEGER), m."unitId", u."name", '', ''
FROM "MemberImportRow" r JOIN "Member" m ON m."idNumberIndex" = r."idNumberIndex" JOIN "Unit" u ON u."id" = m."unitId"
WHERE r."importId" = ${importId}
ORDER BY r."row"`,
  );
}
