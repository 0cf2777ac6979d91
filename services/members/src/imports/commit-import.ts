// Committing an import: every staged row goes into the registry in one transaction, or none does. Only a file checked
// in full without a refused row commits. What may have changed since the rows were staged is checked again: an ID
// number registered meanwhile (or staged twice by chunks that raced), a branch archived, moved away or out of the
// caller's scope; any such row stops the commit and is answered, and nothing changes. Otherwise the members are
// written with their sealed values copied as staged, each with an `imported` entry on its timeline, the import is
// marked committed and its staged rows are deleted, under one audit entry for the whole file. A commit sent again
// is answered as the first one was, writing nothing.
import { AppError, conflict, recordAudit } from '@strata/api';
import type { Tx } from '@strata/db';
import { calendarDay } from '@strata/i18n/days';
import { membersMessage } from '../locales';
import { memberUnitKinds } from '../registry/create-member';
import { sortedErrors } from './import-rows';
import type { CommitResult, ImportRowError } from './import-schemas';
import { type Importer, importEnded, importLabel, lockedImport } from './member-import';
import { insertImportedEvents, insertImportedMembers } from './member-import.sql';

export async function commitImport(tx: Tx, importer: Importer, id: number): Promise<CommitResult> {
  const { scope, system, actorId, now, t } = importer;
  const found = await lockedImport(tx, scope, id);
  // Committed already (the answer was lost on the way): it wrote every row, and is answered so again.
  if (found.state === 'committed') return { imported: found.total, errors: [] };
  if (found.state !== 'staging') throw importEnded();
  if (found.refused > 0) throw conflict(membersMessage('importHasErrors'));
  if (found.staged !== found.total)
    throw new AppError('CONFLICT', membersMessage('importIncomplete'), { done: found.staged, total: found.total });
  const rows = await tx.memberImportRow.findMany({
    where: { importId: found.id },
    select: { row: true, memberUnitId: true, idNumberIndex: true },
  });

  const errors: ImportRowError[] = [];
  const unitIds = [...new Set(rows.map((r) => r.memberUnitId))];
  const units = await tx.unit.findMany({
    where: {
      ...scope.unitWhere('members.edit', found.unit.path),
      id: { in: unitIds },
      kind: { in: [...memberUnitKinds] },
      archivedAt: null,
    },
    select: { id: true },
  });
  const open = new Set(units.map((u) => u.id));
  const registered = await system.members.registeredIdNumbers(rows.map((r) => r.idNumberIndex));
  const rowsByIndex = new Map<string, number>();
  for (const row of rows) rowsByIndex.set(row.idNumberIndex, (rowsByIndex.get(row.idNumberIndex) ?? 0) + 1);
  for (const row of rows) {
    if (!open.has(row.memberUnitId))
      errors.push({ row: row.row, column: 'branch', problem: membersMessage('importBranchUnknown') });
    if ((rowsByIndex.get(row.idNumberIndex) ?? 0) > 1)
      errors.push({ row: row.row, column: 'idNumber', problem: membersMessage('importDuplicateInFile') });
    if (registered.has(row.idNumberIndex))
      errors.push({ row: row.row, column: 'idNumber', problem: membersMessage('idNumberTaken') });
  }
  if (errors.length) return { imported: 0, errors: sortedErrors(errors) };

  // The statement admits only rows whose branch is open to the caller, as just checked: fewer means a branch changed
  // in between, and the whole commit is tried again by the caller.
  const imported = await insertImportedMembers(tx, {
    importId: found.id,
    roots: scope.roots('members.edit', found.unit.path),
    now,
  });
  if (imported !== rows.length) throw conflict('busyRetry');
  await insertImportedEvents(tx, { importId: found.id, on: calendarDay(now), at: now, actorId });
  await tx.memberImport.updateMany({
    where: { id: found.id, ...scope.ownedWhere('members.edit') },
    data: { state: 'committed', finishedAt: now },
  });
  await tx.memberImportRow.deleteMany({ where: { importId: found.id } });
  await recordAudit(tx, {
    actorId,
    unitId: found.unit.id,
    action: 'member.import',
    entity: 'MemberImport',
    entityId: found.id,
    label: importLabel(t, found.unit, imported),
    after: { rows: imported },
  });
  return { imported, errors: [] };
}
