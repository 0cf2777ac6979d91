// Looking up one unit through the scope: a unit outside it is reported as not found, never as forbidden.
import type { Db, Tx, Unit } from '@strata/db';
import { fieldError, notFound } from './errors';
import type { Permission } from './roles';
import { type Scope, subtreePaths } from './scope';
import { pathInScope, unitRowInScope } from './unit-path.sql';

declare const checked: unique symbol;
/** A unit looked up through the caller's scope: only `unitInScope` makes one (and `trustedUnit`, for system work). */
export type CheckedUnit = Unit & { readonly [checked]: true };

export async function unitInScope(db: Db | Tx, scope: Scope, permission: Permission, unitId: number) {
  const unit = await unitRowInScope(db, scope, permission, unitId);
  if (!unit) throw notFound();
  return unit as CheckedUnit;
}

/** For work outside any request (seeding the demo): the unit is taken as checked. Never in a procedure. */
export const trustedUnit = (unit: Unit) => unit as CheckedUnit;

/** The path of an optional narrowing unit, checked against the scope (for list filters); elsewhere is not found. */
export async function withinPath(db: Db, scope: Scope, permission: Permission, unitId: number | undefined) {
  if (unitId === undefined) return undefined;
  const path = await pathInScope(db, scope, permission, unitId);
  if (path === null) throw notFound();
  return path;
}

/**
 * The filter for a unit (and its subtree) that was already looked up through `unitInScope`: domain code
 * that works on such a unit states so, and the scope guard accepts it (it still checks the path is in scope).
 */
export const checkedSubtree = (unit: Pick<CheckedUnit, 'path' | typeof checked>) => ({
  OR: [{ path: subtreePaths(unit.path) }],
});

/** Nothing new goes into an archived unit: users, columns, articles, grants are refused with a field error. */
export function assertActiveUnit(unit: { archivedAt: Date | null }, field: string) {
  if (unit.archivedAt) throw fieldError(field, 'unitArchived');
}
