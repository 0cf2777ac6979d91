// Staging one chunk of an import's rows: each row checked as the registry checks a new member (import-rows.ts), its
// branch found among the units the import may reach, its ID number looked for among the file's other rows (this
// chunk's and the ones staged before) and in the registry, all by blind index in a few IN lists. Rows without a
// problem are staged with their personal data sealed; rows with one are counted as refused and answered, each problem
// on its column, and nothing of them is kept. One audit entry per chunk, with its counts.
// A chunk comes in order: `first` says how many rows the console had answered before it. The chunk answered last,
// sent again because its answer was lost on the way, is checked again without writing anything and answered as the
// first time (its rows staged then must be the ones it stages now, else it is refused as rows sent already).
import { AppError, naturalKey, recordAudit } from '@strata/api';
import type { MemberImportColumn } from '@strata/contract';
import type { Tx } from '@strata/db';
import { calendarDay } from '@strata/i18n/days';
import { membersMessage } from '../locales';
import { memberLookupIndex, sealMemberPii } from '../members/member-pii';
import { branchFinder, checkRow, type RowCheck, sortedErrors } from './import-rows';
import type { ImportProblem, ImportRowError, StageInput, StageResult } from './import-schemas';
import { type Importer, importLabel, stagingImport } from './member-import';
import { insertStagedRows } from './member-import.sql';

export async function stageImport(tx: Tx, importer: Importer, input: StageInput): Promise<StageResult> {
  const found = await stagingImport(tx, importer.scope, input.id);
  const checked = found.staged + found.refused;
  const sent = input.rows.map((r) => r.row);
  const counts = { total: found.total, staged: found.staged, refused: found.refused };
  if (input.first !== checked) {
    if (input.first + input.rows.length !== checked)
      throw new AppError('CONFLICT', membersMessage('importOutOfStep'), { checked });
    const answered = await tx.memberImportRow.findMany({
      where: { importId: found.id, row: { in: sent } },
      select: { row: true, idNumberIndex: true },
    });
    const again = await checkChunk(tx, importer, found, input, answered);
    const same =
      again.good.length === answered.length &&
      again.good.every((g) => answered.some((a) => a.row === g.row && a.idNumberIndex === g.index));
    if (!same) throw new AppError('CONFLICT', membersMessage('importRowsStaged'));
    return { id: found.id, ...counts, errors: again.errors };
  }
  if (checked + input.rows.length > found.total)
    throw new AppError('BAD_REQUEST', membersMessage('importTooManyRows'), { total: found.total });
  if (await tx.memberImportRow.count({ where: { importId: found.id, row: { in: sent } } }))
    throw new AppError('CONFLICT', membersMessage('importRowsStaged'));

  const { good, refused, errors } = await checkChunk(tx, importer, found, input, []);
  if (good.length)
    await insertStagedRows(
      tx,
      found.id,
      good.map(({ row, member }) => ({
        row,
        memberUnitId: member.unitId,
        // The registry's fields and the name's sort key: what the commit writes (member-import.sql.ts reads them).
        fields: JSON.stringify({ ...member.checked.facts, nameKey: naturalKey(member.checked.facts.name) }),
        ...sealMemberPii(member.checked.pii),
      })),
    );
  counts.staged += good.length;
  counts.refused += refused;
  await tx.memberImport.updateMany({
    where: { id: found.id, ...importer.scope.ownedWhere('members.edit') },
    data: { staged: counts.staged, refused: counts.refused },
  });
  await recordAudit(tx, {
    actorId: importer.actorId,
    unitId: found.unit.id,
    action: 'member.importStage',
    entityId: found.id,
    entity: 'MemberImport',
    label: importLabel(importer.t, found.unit, found.total),
    after: { rows: input.rows.length, ...counts },
  });
  return { id: found.id, ...counts, errors };
}

type Staging = Awaited<ReturnType<typeof stagingImport>>;

/**
 * Checks a chunk's rows: the good ones (with their ID number's blind index), how many were refused, and every row
 * error. `own` are rows of this very chunk staged already (a chunk checked again): not counted as earlier rows.
 */
async function checkChunk(
  tx: Tx,
  { scope, system, now }: Importer,
  found: Staging,
  input: StageInput,
  own: readonly { row: number }[],
) {
  const today = calendarDay(now);
  // The units a row may name: the import unit's subtree, within the caller's scope (members.edit).
  const units = await tx.unit.findMany({
    where: scope.unitWhere('members.edit', found.unit.path),
    select: { id: true, name: true, siteCode: true, kind: true, archivedAt: true },
  });
  const branchOf = branchFinder(units.map((u) => ({ ...u, archived: u.archivedAt !== null })));
  const checks = input.rows.map((r) => checkRow(r.row, r.cells, today, branchOf));

  // The file's duplicates and the registry's numbers, among every row whose ID number is a valid one.
  const indexOf = new Map<RowCheck, string>();
  const rowsByIndex = new Map<string, number[]>();
  for (const check of checks) {
    if (check.idNumber === null) continue;
    const index = memberLookupIndex('idNumber', check.idNumber);
    indexOf.set(check, index);
    const sharing = rowsByIndex.get(index);
    if (sharing) sharing.push(check.row);
    else rowsByIndex.set(index, [check.row]);
  }
  const indexes = [...rowsByIndex.keys()];
  const earlier = indexes.length
    ? await tx.memberImportRow.findMany({
        where: { importId: found.id, idNumberIndex: { in: indexes } },
        select: { row: true, idNumberIndex: true },
      })
    : [];
  const ownRows = new Set(own.map((r) => r.row));
  for (const staged of earlier) if (!ownRows.has(staged.row)) rowsByIndex.get(staged.idNumberIndex)?.push(staged.row);
  const registered = await system.members.registeredIdNumbers(indexes);

  const errors: ImportRowError[] = [];
  const problem = (row: number, column: MemberImportColumn, key: ImportProblem) =>
    errors.push({ row, column, problem: key });
  const good: { row: number; index: string; member: NonNullable<RowCheck['member']> }[] = [];
  let refused = 0;
  for (const check of checks) {
    for (const p of check.problems) problem(check.row, p.column, p.problem);
    const index = indexOf.get(check);
    const sharing = index === undefined ? [] : (rowsByIndex.get(index) ?? []);
    // Every row of the file with the number is named, the ones staged before too: the sheet shows them together.
    if (sharing.length > 1)
      for (const row of sharing) problem(row, 'idNumber', membersMessage('importDuplicateInFile'));
    const taken = index !== undefined && registered.has(index);
    if (taken) problem(check.row, 'idNumber', membersMessage('idNumberTaken'));
    const clean = check.problems.length === 0 && sharing.length <= 1 && !taken;
    if (clean && check.member && index !== undefined) good.push({ row: check.row, index, member: check.member });
    else refused += 1;
  }

  return { good, refused, errors: sortedErrors(errors) };
}
