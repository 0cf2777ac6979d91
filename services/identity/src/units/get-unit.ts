// One unit with what its page shows: its parent's name, how many active sub-units and users it has, whether
// the caller manages it, and its details (the contact masked for those who do not manage it).
import { type Scope, type SystemOperations, unitInScope } from '@strata/api';
import type { Db } from '@strata/db';
import { toUnitProfile } from './unit-profile';
import { toUnitOutput } from './unit-schemas';

type GetUnit = { scope: Scope; system: SystemOperations; id: number };

export async function getUnit(db: Db, { scope, system, id }: GetUnit) {
  const unit = await unitInScope(db, scope, 'unit.read', id);
  const inUnit = scope.unitWhere('unit.read', unit.path);
  const manageable = scope.covers('unit.manage', unit.path);
  const [parentName, childCount, userCount] = await Promise.all([
    // The parent's name is shown even above the caller's scope: it is the unit's own attribute.
    unit.parentId ? system.units.nameOf(unit.parentId) : null,
    db.unit.count({ where: { parentId: unit.id, archivedAt: null, ...inUnit } }),
    db.user.count({ where: { unitId: unit.id, unit: inUnit } }),
  ]);
  return { ...toUnitOutput(unit), parentName, childCount, userCount, manageable, ...toUnitProfile(unit, manageable) };
}
