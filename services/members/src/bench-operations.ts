// The members team's one-shot writes for `npm run bench -- --operations` (issue 10's figures), each through the gateway
// as the console does it and beside its floor written by hand:
//  - `members.imports:10000`: a township admin imports a sheet of 10,000 new members (the most an import takes),
//    started, staged in the console's chunks and committed; the floor inserts the same rows and their timeline
//    entries in plain multi-row INSERTs (no checks, nothing sealed: what the database alone needs);
//  - `members.stats.takeSnapshot`: the municipal admin takes last year's annual snapshot and reads the whole
//    municipality's tables from it; the floor copies the registry's current members into the snapshot's table in
//    one INSERT ... SELECT with plain columns (no stage on the day, no transfers or attachments looked up).
import { instantLiteral, type OperationBenchCase, type OperationFloor, type OperationTools } from '@strata/api';
import { activeMemberStatuses, memberLimits } from '@strata/contract';
import { calendarDay, dayNumber, dayText } from '@strata/i18n/days';
import { idNumberFor } from '@strata/personal-data';
import { fullMemberCells } from './imports/sample-cells';

const importRows = memberLimits.importMaxRows;
const chunkRows = memberLimits.importChunkMaxRows;

/** The township's open branches, by site code (a branch's name may repeat across a large tree; its code does not). */
async function branchesOf(read: OperationTools['read'], unitPath: string) {
  const rows = await read(
    `SELECT u."id", u."siteCode" FROM "Unit" u WHERE u."path" LIKE $1 AND u."kind" = 'branch' AND u."archivedAt" IS NULL
      AND u."siteCode" IS NOT NULL ORDER BY u."path"`,
    [`${unitPath}%`],
  );
  if (!rows.length) throw new Error(`bench: no open branch with a site code under ${unitPath}`);
  return rows.map((r) => ({ id: Number(r.id), siteCode: String(r.siteCode) }));
}

/**
 * Row `i` of the bench's sheet: a full member born a day after the row before (from 1950 on), numbered in an area code
 * the fixture never draws (440301), so no row meets a registered number.
 */
const sheetCells = (i: number, branch: string) =>
  fullMemberCells(
    i,
    branch,
    idNumberFor('440301', dayText(dayNumber('1950-01-01') + i), i % 2 ? 'female' : 'male', 3),
    {
      name: `基准导入${i}`,
    },
  );

const text = (value: string) => `'${value.replaceAll("'", "''")}'`;

const importFloor: OperationFloor = async ({ caller, read, provider }) => {
  const branches = await branchesOf(read, caller.unitPath);
  const now = new Date();
  const statements: string[] = [];
  for (let first = 0; first < importRows; first += chunkRows) {
    const values = [];
    for (let i = first; i < Math.min(importRows, first + chunkRows); i++) {
      const c = sheetCells(i, '');
      const unitId = (branches[i % branches.length] as { id: number }).id;
      // Sealed columns hold text of the length a sealed value has; the floor writes it as it is.
      const sealed = (n: number) => text(`k1:${String(n).padStart(64, '0')}`);
      values.push(
        `(${unitId}, ${text(c.name)}, ${text(c.name)}, '${i % 2 ? 'female' : 'male'}', '1950-01-01', '01', 'bachelor',
          'salaried', 'full', 'active', '2015-03-01', '2015-09-01', '2016-10-01', '2017-01-15', '2018-01-20',
          ${sealed(i)}, ${text(`floor-id-${i}`)}, ${sealed(i)}, ${text(`floor-phone-${i}`)}, ${sealed(i)}, ${text(c.workplace)},
          ${instantLiteral(provider, now)}, ${instantLiteral(provider, now)})`,
      );
    }
    statements.push(
      `INSERT INTO "Member" ("unitId", "name", "nameKey", "gender", "birthDate", "ethnicity", "education",
        "occupation", "stage", "status", "appliedOn", "activistOn", "candidateOn", "probationaryOn", "fullOn",
        "idNumber", "idNumberIndex", "phone", "phoneIndex", "address", "workplace", "createdAt", "updatedAt")
        VALUES ${values.join(', ')}`,
    );
  }
  statements.push(
    `INSERT INTO "MemberEvent" ("memberId", "kind", "on", "at", "actorId", "atUnitId", "atUnitName")
      SELECT m."id", 'imported', '${calendarDay(now)}', ${instantLiteral(provider, now)}, NULL, m."unitId", u."name"
      FROM "Member" m JOIN "Unit" u ON u."id" = m."unitId" WHERE m."idNumberIndex" LIKE 'floor-id-%'`,
  );
  return statements;
};

const snapshotFloor: OperationFloor = async ({ provider }) => {
  const year = lastYear();
  const now = new Date();
  return [
    `INSERT INTO "AnnualSnapshot" ("year", "asOf", "takenAt") VALUES (9998, '9998-12-31', ${instantLiteral(provider, now)})`,
    `INSERT INTO "AnnualSnapshotMember" ("snapshotId", "unitId", "memberId", "stage", "status", "gender", "ethnicity",
      "education", "occupation", "age", "memberYears", "admitted", "converted", "left")
      SELECT (SELECT s."id" FROM "AnnualSnapshot" s WHERE s."year" = 9998), m."unitId", m."id", m."stage", m."status",
        m."gender", m."ethnicity", m."education", m."occupation", ${year} - CAST(substr(m."birthDate", 1, 4) AS INTEGER),
        ${year} - CAST(substr(m."probationaryOn", 1, 4) AS INTEGER), FALSE, FALSE, FALSE
      FROM "Member" m WHERE m."status" IN (${activeMemberStatuses.map(text).join(', ')}) ORDER BY m."unitId", m."id"`,
  ];
};

/** The year that ended last (Asia/Shanghai): the snapshot the bench takes. */
const lastYear = () => Number(calendarDay(new Date()).slice(0, 4)) - 1;

export const membersBenchOperations: readonly OperationBenchCase[] = [
  {
    name: 'members.imports:10000',
    role: 'township',
    run: async ({ caller, call, read }) => {
      const branches = await branchesOf(read, caller.unitPath);
      const rows = Array.from({ length: importRows }, (_, i) => ({
        row: i + 2,
        cells: sheetCells(i, (branches[i % branches.length] as { siteCode: string }).siteCode),
      }));
      const started = (await call(
        'members.imports.start',
        { unitId: caller.unitId, total: importRows },
        'mutation',
      )) as {
        id: number;
      };
      let refused = 0;
      for (let i = 0; i < rows.length; i += chunkRows) {
        const answer = (await call(
          'members.imports.stage',
          { id: started.id, first: i, rows: rows.slice(i, i + chunkRows) },
          'mutation',
        )) as { refused: number };
        refused = answer.refused;
      }
      if (refused) throw new Error(`bench: the import refused ${refused} rows`);
      const done = (await call('members.imports.commit', { id: started.id }, 'mutation')) as { imported: number };
      return { rows: done.imported, chunks: Math.ceil(importRows / chunkRows) };
    },
    floor: importFloor,
  },
  {
    name: 'members.stats.takeSnapshot',
    role: 'municipal',
    run: async ({ caller, call }) => {
      const year = lastYear();
      const taken = (await call('members.stats.takeSnapshot', { year }, 'mutation')) as { rows: number };
      await call('members.stats.snapshotTables', { year, unitId: caller.unitId }, 'query');
      return { year, rows: taken.rows };
    },
    floor: snapshotFloor,
  },
];
