// Domain rules for the unit tree: creation with a materialised path, cycle-checked moves, archiving.
// Callers pass units they have already checked against the scope (unitInScope).
import { randomUUID } from 'node:crypto';
import { AppError, checkedSubtree, fieldError } from '@strata/api';
import type { Tx, Unit } from '@strata/db';
import { kindRank, type UnitKind } from './unit-schemas';

export function assertKindOrder(parent: Pick<Unit, 'kind'>, childKind: string) {
  if (kindRank[childKind as UnitKind] <= kindRank[parent.kind as UnitKind]) throw fieldError('kind', 'unitKindOrder');
}

export async function createUnit(tx: Tx, parent: Unit, kind: UnitKind, name: string): Promise<Unit> {
  assertKindOrder(parent, kind);
  if (parent.archivedAt) throw fieldError('parentId', 'unitArchived');
  // The path needs the new id: insert with a unique placeholder, then set it.
  const draft = await tx.unit.create({
    data: { parentId: parent.id, kind, name, path: `tmp:${randomUUID()}`, depth: parent.depth + 1 },
  });
  return tx.unit.update({
    where: { id: draft.id, ...checkedSubtree(draft.path) },
    data: { path: `${parent.path}${draft.id}/` },
  });
}

/**
 * Moves a unit and its whole subtree under a new parent in one statement: every descendant's path and
 * depth are rewritten together, and rows keep pointing at their unit ids, so no data changes hands.
 */
export async function moveUnit(tx: Tx, unit: Unit, parent: Unit): Promise<Unit> {
  if (unit.depth === 0) throw new AppError('BAD_REQUEST', 'rootUnit');
  if (parent.path.startsWith(unit.path)) throw fieldError('parentId', 'unitCycle');
  if (parent.archivedAt) throw fieldError('parentId', 'unitArchived');
  assertKindOrder(parent, unit.kind);
  const newPath = `${parent.path}${unit.id}/`;
  const depthDelta = parent.depth + 1 - unit.depth;
  await tx.$executeRaw`UPDATE "Unit" SET "path" = ${newPath} || substr("path", ${unit.path.length + 1}), "depth" = "depth" + ${depthDelta} WHERE "path" LIKE ${`${unit.path}%`}`;
  return tx.unit.update({
    where: { id: unit.id, ...checkedSubtree(newPath) },
    data: { parentId: parent.id },
  });
}

export async function archiveUnit(tx: Tx, unit: Unit): Promise<Unit> {
  if (unit.depth === 0) throw new AppError('BAD_REQUEST', 'rootUnit');
  const activeChildren = await tx.unit.count({
    where: { parentId: unit.id, archivedAt: null, ...checkedSubtree(unit.path) },
  });
  if (activeChildren > 0) throw new AppError('BAD_REQUEST', 'unitHasActiveChildren');
  return tx.unit.update({
    where: { id: unit.id, ...checkedSubtree(unit.path) },
    data: { archivedAt: new Date() },
  });
}
