// The audit log as a reader may see it: entries of units in their scope, newest first, narrowed by the
// filter, each before/after image and object name rendered for this reader.
import { pageArgs, type Scope, scopedPage, snapshotsForReader, toIso, withinPath } from '@strata/api';
import type { Db } from '@strata/db';
import { auditEntries, auditRows, visibleUnits } from './audit-page.sql';
import type { AuditFilter } from './audit-schemas';

export async function listAuditEntries(db: Db, { scope, filter }: { scope: Scope; filter: AuditFilter }) {
  const within = await withinPath(db, scope, 'audit.read', filter.unitId);
  const page = await scopedPage(db, {
    scope,
    permission: 'audit.read',
    within,
    source: auditEntries(scope, filter),
    ...pageArgs(filter),
    rows: auditRows,
  });
  const rows = page.items;
  // Images may name units outside the reader's scope: those parts are redacted for this reader. An object's name
  // is withheld when its unit is outside. Both are answered by one look-up of the units the page names.
  const owners = [...new Set(rows.flatMap((r) => (r.labelUnitId === null ? [] : [r.labelUnitId])))];
  let named: Set<number> | undefined;
  const lookUp = async (ids: number[]) => {
    const visible = await visibleUnits(db, scope, [...new Set([...ids, ...owners])]);
    named = new Set(visible);
    return visible;
  };
  const readable = await snapshotsForReader(rows, lookUp);
  const shown = named ?? new Set(owners.length ? await lookUp([]) : []);
  return {
    total: page.total,
    totalIsBound: page.totalIsBound,
    items: readable.map((r) => {
      const labelWithheld = r.labelUnitId !== null && !shown.has(r.labelUnitId);
      return {
        id: r.id,
        at: toIso(r.at),
        actorName: r.actorName,
        unitId: r.unitId,
        unitName: r.unitName,
        action: r.action,
        entity: r.entity,
        entityId: r.entityId,
        entityLabel: labelWithheld ? null : r.entityLabel,
        labelWithheld,
        before: r.before,
        after: r.after,
        clientAddress: r.clientAddress,
        userAgent: r.userAgent,
      };
    }),
  };
}
