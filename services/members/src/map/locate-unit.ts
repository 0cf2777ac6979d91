// A manager of a unit puts it on the map: its latitude and longitude, each kept to six decimals (about a tenth of a
// metre). An archived unit is not changed. The audit entry keeps the location before and after.
import { AppError, checkedSubtree, recordAudit, type Scope, unitInScope } from '@strata/api';
import type { Tx } from '@strata/db';
import type { LocateInput } from './map-schemas';
import { lockUnit } from './map-units.sql';

type LocateUnit = { scope: Scope; actorId: number; input: LocateInput };

const sixDecimals = (degrees: number) => Math.round(degrees * 1e6) / 1e6;

export async function locateUnit(tx: Tx, { scope, actorId, input }: LocateUnit) {
  await lockUnit(tx, input.unitId);
  const unit = await unitInScope(tx, scope, 'unit.manage', input.unitId);
  if (unit.archivedAt) throw new AppError('BAD_REQUEST', 'unitArchived');
  const latitude = sixDecimals(input.latitude);
  const longitude = sixDecimals(input.longitude);
  await tx.unit.update({ where: { id: unit.id, ...checkedSubtree(unit) }, data: { latitude, longitude } });
  await recordAudit(tx, {
    actorId,
    unitId: unit.id,
    action: 'unit.locate',
    entity: 'Unit',
    entityId: unit.id,
    label: unit.name,
    before: { latitude: unit.latitude, longitude: unit.longitude },
    after: { latitude, longitude },
  });
  return { id: unit.id, latitude, longitude };
}
