// A manager's changes to the tree look every unit up through their scope, inside the change's transaction,
// so the tree's rules (unit-tree.ts) only ever see units the manager may change.
import { type Scope, unitInScope } from '@strata/api';
import type { Tx } from '@strata/db';
import type { FindUnit } from './unit-tree';

export const manageableUnits =
  (tx: Tx, scope: Scope): FindUnit =>
  (unitId) =>
    unitInScope(tx, scope, 'unit.manage', unitId);
