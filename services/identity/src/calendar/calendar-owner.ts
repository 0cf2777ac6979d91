// The calendar's rows belong to the top unit: only a caller holding calendar.manage there changes them. Anyone else
// (a township's admin) is told there is nothing there, exactly as for a unit that does not exist.
import { type Scope, unitInScope } from '@strata/api';
import type { Tx } from '@strata/db';

export async function calendarOwner(tx: Tx, scope: Scope) {
  const top = await tx.unit.findFirst({ where: { parentId: null, ...scope.unitWhere('calendar.manage') } });
  return unitInScope(tx, scope, 'calendar.manage', top?.id ?? 0);
}
