// One name per set of active siblings: no two active units under one parent share a name, compared as people
// read names (nameKey: trimmed, full-width folded, Latin in any case). Columns of one unit follow the same
// comparison. Checked on create, rename, move and restore, inside the transaction that holds the parent's lock.
import { AppError } from '@strata/api';
import { nameKey } from '@strata/contract';
import type { Family } from './unit-tree.sql';

/** The active sibling (other than `selfId`) whose name is the same as `name`, if any. */
export function clashingSibling(family: Family, name: string, selfId?: number) {
  const key = nameKey(name);
  return family.activeChildren.find((child) => child.id !== selfId && nameKey(child.name) === key);
}

/** Refuses a name an active sibling under the family's parent already uses, as an error on `field`. */
export function assertNameFree(family: Family, name: string, field: string, selfId?: number) {
  const clash = clashingSibling(family, name, selfId);
  if (clash) throw new AppError('CONFLICT', 'unitNameTaken', { name: clash.name, parent: family.parent.name }, field);
}
