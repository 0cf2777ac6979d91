// Services that keep per-unit defaults (the content service's columns) subscribe here, so identity needs
// no knowledge of them. Handlers run inside the creating transaction.
import type { Tx, Unit } from '@strata/db';

type UnitCreated = (tx: Tx, unit: Unit) => Promise<void>;
const unitCreatedHandlers = new Set<UnitCreated>();

export function onUnitCreated(handler: UnitCreated) {
  unitCreatedHandlers.add(handler);
}

export async function unitCreated(tx: Tx, unit: Unit) {
  for (const handler of unitCreatedHandlers) await handler(tx, unit);
}
