// Domain rules for the unit tree: creation with a materialised path, cycle-checked moves, renaming, archiving
// and restoring. Each mutation first locks the rows its decision depends on, then reads them through the
// caller's scope (`find`, i.e. unitInScope), so a concurrent move, create, rename, archive or restore cannot
// change them before commit. Whatever changes the set of active units under a parent (or their names) locks
// that parent, so the sibling-name check (sibling-names.ts) reads a set that holds still.
import { randomUUID } from 'node:crypto';
import { AppError, type CheckedUnit, checkedSubtree, fieldError, sessionsChanged } from '@strata/api';
import type { Tx, Unit } from '@strata/db';
import { assertNameFree } from './sibling-names';
import { kindRank, type UnitKind } from './unit-schemas';
import { type Family, familyOf, lockUnits, rewriteSubtree } from './unit-tree.sql';

/** Looks a unit up through the caller's scope; a unit outside it is not found. */
export type FindUnit = (id: number) => Promise<CheckedUnit>;

export function assertKindOrder(parent: Pick<Unit, 'kind'>, childKind: string) {
  if (kindRank[childKind as UnitKind] <= kindRank[parent.kind as UnitKind]) throw fieldError('kind', 'unitKindOrder');
}

/** A new unit goes under an active parent of a higher kind. */
export function assertMayAddUnder(parent: Pick<Unit, 'kind' | 'archivedAt'>, kind: string) {
  assertKindOrder(parent, kind);
  if (parent.archivedAt) throw fieldError('parentId', 'unitArchived');
}

type Placed = Pick<Unit, 'kind' | 'path' | 'depth' | 'archivedAt'>;

/**
 * A unit moves under an active parent of a higher kind that is not inside the unit itself (that would cut
 * the subtree loose in a cycle). The root stays where it is: the tree has one top.
 */
export function assertMayMoveUnder(unit: Placed, parent: Placed) {
  if (unit.depth === 0) throw new AppError('BAD_REQUEST', 'rootUnit');
  if (parent.path.startsWith(unit.path)) throw fieldError('parentId', 'unitCycle');
  if (parent.archivedAt) throw fieldError('parentId', 'unitArchived');
  assertKindOrder(parent, unit.kind);
}

export async function createUnit(tx: Tx, find: FindUnit, parentId: number, kind: UnitKind, name: string) {
  await lockUnits(tx, [parentId]);
  const parent = await find(parentId);
  assertMayAddUnder(parent, kind);
  assertNameFree(await familyOf(tx, parent.id), name, 'name');
  // The path needs the new id: insert with a unique placeholder inside the parent's subtree, then set it.
  const draft = await tx.unit.create({
    data: { parentId: parent.id, kind, name, path: `${parent.path}new-${randomUUID()}/`, depth: parent.depth + 1 },
  });
  return tx.unit.update({
    where: { id: draft.id, ...checkedSubtree(parent) },
    data: { path: `${parent.path}${draft.id}/` },
  });
}

/**
 * Moves a unit and its whole subtree under a new parent: every descendant's path and depth are rewritten
 * together, and rows keep pointing at their unit ids, so no data changes hands. Locks the unit, its subtree
 * and the new parent first, so no concurrent move, create or archive changes what the checks read.
 */
export async function moveUnit(tx: Tx, find: FindUnit, unitId: number, parentId: number) {
  const seen = await find(unitId);
  await lockUnits(tx, [unitId, parentId], seen.path);
  const unit = await find(unitId);
  // It moved before the lock was granted: its own row is locked now, so its new path holds still and the
  // subtree under it can be locked (rather than run again and queue anew behind the next mover).
  if (unit.path !== seen.path) await lockUnits(tx, [unitId], unit.path);
  const parent = await find(parentId);
  assertMayMoveUnder(unit, parent);
  if (!unit.archivedAt) assertNameFree(await familyOf(tx, parent.id), unit.name, 'parentId', unit.id);
  const newPath = `${parent.path}${unit.id}/`;
  await rewriteSubtree(tx, unit, newPath, parent.depth + 1 - unit.depth);
  // Grants in the subtree now cover other paths: every session's scope is read again.
  await sessionsChanged(tx, { everyone: true });
  const moved = await tx.unit.update({
    where: { id: unit.id, ...checkedSubtree(parent) },
    data: { parentId: parent.id },
  });
  return { before: unit, moved };
}

/**
 * Only a unit without active sub-units is archived, so nothing active hangs below an archived one; the root,
 * which everything hangs below, never is.
 */
export function assertMayArchive(unit: Pick<Unit, 'depth'>, activeChildren: number) {
  if (unit.depth === 0) throw new AppError('BAD_REQUEST', 'rootUnit');
  if (activeChildren > 0) throw new AppError('BAD_REQUEST', 'unitHasActiveChildren');
}

/** Archives a unit without active sub-units; creates and moves under it lock it too, so none slips in. */
export async function archiveUnit(tx: Tx, find: FindUnit, unitId: number) {
  await lockUnits(tx, [unitId]);
  const unit = await find(unitId);
  const activeChildren = await tx.unit.count({
    where: { parentId: unit.id, archivedAt: null, ...checkedSubtree(unit) },
  });
  assertMayArchive(unit, activeChildren);
  // Grants at an archived unit leave their holders' scopes.
  await sessionsChanged(tx, { everyone: true });
  return tx.unit.update({
    where: { id: unit.id, ...checkedSubtree(unit) },
    data: { archivedAt: new Date() },
  });
}

/**
 * Locks a unit and its parent, then reads the unit again: a move in between (moves lock the unit too) shows
 * as another parent, which is then locked as well; from here on the unit stays under it.
 */
async function lockWithParent(tx: Tx, find: FindUnit, unitId: number) {
  const seen = await find(unitId);
  await lockUnits(tx, seen.parentId === null ? [unitId] : [unitId, seen.parentId]);
  const unit = await find(unitId);
  if (unit.parentId !== null && unit.parentId !== seen.parentId) await lockUnits(tx, [unit.parentId]);
  return unit;
}

/** Renames a unit; an active one takes no name an active sibling uses. Its place in the tree stays. */
export async function nameUnit(tx: Tx, find: FindUnit, unitId: number, name: string) {
  const unit = await lockWithParent(tx, find, unitId);
  if (unit.parentId !== null && !unit.archivedAt)
    assertNameFree(await familyOf(tx, unit.parentId), name, 'name', unit.id);
  const renamed = await tx.unit.update({ where: { id: unit.id, ...checkedSubtree(unit) }, data: { name } });
  // Sessions name the units of their grants.
  await sessionsChanged(tx, { everyone: true });
  return { before: unit, renamed };
}

/**
 * Only an archived unit is restored, and only under an active parent (nothing active hangs below an archived
 * unit); restored, it is active among its siblings again, so its name must be free among them.
 */
export function assertMayRestore(unit: Pick<Unit, 'archivedAt' | 'name'>, family: Family | null) {
  if (!unit.archivedAt) throw new AppError('BAD_REQUEST', 'unitNotArchived');
  if (!family) return;
  if (family.parent.archived) throw new AppError('BAD_REQUEST', 'unitParentArchived', { parent: family.parent.name });
  assertNameFree(family, unit.name, 'name');
}

/** Brings an archived unit back, alone (its archived sub-units are restored one by one, top down). */
export async function restoreArchivedUnit(tx: Tx, find: FindUnit, unitId: number) {
  const unit = await lockWithParent(tx, find, unitId);
  assertMayRestore(unit, unit.parentId === null ? null : await familyOf(tx, unit.parentId));
  // Grants at a restored unit count again.
  await sessionsChanged(tx, { everyone: true });
  const restored = await tx.unit.update({
    where: { id: unit.id, ...checkedSubtree(unit) },
    data: { archivedAt: null },
  });
  return { before: unit, restored };
}
