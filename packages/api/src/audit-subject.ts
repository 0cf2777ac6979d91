// A team's fixture names its generated objects in the large fixture's audit log through `auditSubject`: the kind of
// object, its share of the log, the actions (only those the team labels: an entry's action must read as words), and
// the objects an entry may name.
import type { AuditSubject } from './team';

/** An object an audit entry may name: its id, the entry's unit, its label (and the unit owning it, when not that). */
export type AuditedObject = { id: number; unitId: number; label: string; labelUnitId?: number; after?: unknown };

/** The subject to push into `ctx.audit`, or none when no object was made or none of its actions is labelled. */
export function auditSubject(
  labelled: ReadonlySet<string>,
  entity: string,
  weight: number,
  actions: readonly (readonly [action: string, weight: number])[],
  objects: readonly AuditedObject[],
): AuditSubject[] {
  const known = actions.filter(([action]) => labelled.has(action));
  if (!objects.length || !known.length) return [];
  return [
    {
      entity,
      weight,
      actions: known,
      draw: (random) => {
        const o = objects[random.int(objects.length)] as AuditedObject;
        return { entityId: o.id, unitId: o.unitId, label: o.label, labelUnitId: o.labelUnitId, after: o.after };
      },
    },
  ];
}
