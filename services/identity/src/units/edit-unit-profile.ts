// A manager records a unit's details (secretary, contact, founding date, credit code, address). An archived
// unit is not changed. The audit entry names the fields that changed, personal data masked.
import { AppError, checkedSubtree, recordAudit, type Scope, unitInScope } from '@strata/api';
import type { Tx } from '@strata/db';
import { profileForAudit, toUnitProfile, type UnitProfile, type UnitProfileInput } from './unit-profile';
import { toUnitOutput } from './unit-schemas';

type EditUnitProfile = { scope: Scope; actorId: number; input: UnitProfileInput };

/** The fields whose value differs, before and after. */
function changes(before: UnitProfile, after: UnitProfile) {
  const keys = (Object.keys(after) as (keyof UnitProfile)[]).filter((key) => before[key] !== after[key]);
  const pick = (profile: UnitProfile) => Object.fromEntries(keys.map((key) => [key, profile[key]]));
  return { before: pick(profileForAudit(before)), after: pick(profileForAudit(after)) };
}

export async function editUnitProfile(tx: Tx, { scope, actorId, input }: EditUnitProfile) {
  const { id, ...profile } = input;
  const unit = await unitInScope(tx, scope, 'unit.manage', id);
  if (unit.archivedAt) throw new AppError('BAD_REQUEST', 'unitArchived');
  const updated = await tx.unit.update({ where: { id: unit.id, ...checkedSubtree(unit) }, data: profile });
  await recordAudit(tx, {
    actorId,
    unitId: unit.id,
    action: 'unit.update',
    entity: 'Unit',
    entityId: unit.id,
    label: unit.name,
    ...changes(toUnitProfile(unit, true), profile),
  });
  return { ...toUnitOutput(updated), ...toUnitProfile(updated, true) };
}
