// Staging one chunk of an import's rows: each row checked as the registry checks a new member (import-rows.ts), its
// branch found among the units the import may reach, its ID number looked for among the file's other rows (this
// chunk's and the ones staged before) and in the registry, all by blind index in a few IN lists. Rows without a
// problem are staged with their personal data sealed; rows with one are counted as refused and answered, each problem
// on its column, and nothing of them is kept. One audit entry per chunk, with its counts.
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
  const { scope, system, actorId, now, t } = importer;
  const today = calendarDay(now);
  const found = await stagingImport(tx, scope, input.id);
  if (found.staged + found.refused + input.rows.length > found.total)
    throw new AppError('BAD_REQUEST', membersMessage('importTooManyRows'), { total: found.total });
  const sent = input.rows.map((r) => r.row);
  if (await tx.memberImportRow.count({ where: { importId: found.id, row: { in: sent } } }))
    throw new AppError('CONFLICT', membersMessage('importRowsStaged'));

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
  for (const staged of earlier) rowsByIndex.get(staged.idNumberIndex)?.push(staged.row);
  const registered = await system.members.registeredIdNumbers(indexes);

  const errors: ImportRowError[] = [];
  const problem = (row: number, column: MemberImportColumn, key: ImportProblem) =>
    errors.push({ row, column, problem: key });
  const good: { row: number; member: NonNullable<RowCheck['member']> }[] = [];
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
    if (clean && check.member) good.push({ row: check.row, member: check.member });
    else refused += 1;
  }

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
  const counts = { total: found.total, staged: found.staged + good.length, refused: found.refused + refused };
  await tx.memberImport.updateMany({
    where: { id: found.id, ...scope.ownedWhere('members.edit') },
    data: { staged: counts.staged, refused: counts.refused },
  });
  await recordAudit(tx, {
    actorId,
    unitId: found.unit.id,
    action: 'member.importStage',
    entity: 'MemberImport',
    entityId: found.id,
    label: importLabel(t, found.unit, found.total),
    after: { rows: input.rows.length, ...counts },
  });
  return { id: found.id, ...counts, errors: sortedErrors(errors) };
}
