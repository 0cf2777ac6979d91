// Looking up one unit through the scope: a unit outside it is reported as not found, never as forbidden.
import type { Db, Tx } from '@strata/db';
import { fieldError, notFound } from './errors';
import type { Permission } from './roles';
import type { Scope } from './scope';

export async function unitInScope(db: Db | Tx, scope: Scope, permission: Permission, unitId: number) {
  const unit = await db.unit.findFirst({ where: { id: unitId, ...scope.unitWhere(permission) } });
  if (!unit) throw notFound();
  return unit;
}

/** The path of an optional narrowing unit, checked against the scope (for list filters). */
export async function withinPath(db: Db, scope: Scope, permission: Permission, unitId: number | undefined) {
  return unitId === undefined ? undefined : (await unitInScope(db, scope, permission, unitId)).path;
}

/**
 * The filter for a unit (and its subtree) that was already looked up through `unitInScope`: domain code
 * that works on such a unit states so, and the scope guard accepts it.
 */
export const checkedSubtree = (path: string) => ({ OR: [{ path: { startsWith: path } }] });

/** Nothing new goes into an archived unit: users, columns, articles, grants are refused with a field error. */
export function assertActiveUnit(unit: { archivedAt: Date | null }, field: string) {
  if (unit.archivedAt) throw fieldError(field, 'unitArchived');
}
