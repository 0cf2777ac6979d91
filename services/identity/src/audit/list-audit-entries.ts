// The audit log as a reader may see it: entries of units in their scope, newest first, each before/after
// image rendered for this reader.
import { pageArgs, type Scope, snapshotsForReader, withinPath } from '@strata/api';
import type { Db } from '@strata/db';
import type { AuditFilter } from './audit-schemas';

export async function listAuditEntries(db: Db, { scope, filter }: { scope: Scope; filter: AuditFilter }) {
  const within = await withinPath(db, scope, 'audit.read', filter.unitId);
  const where = {
    ...scope.ownedWhere('audit.read', within),
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      include: { actor: { select: { displayName: true } }, unit: { select: { name: true } } },
      orderBy: { id: 'desc' },
      ...pageArgs(filter),
    }),
    db.auditLog.count({ where }),
  ]);
  // Images may name units outside the reader's scope: those parts are redacted for this reader.
  const readable = await snapshotsForReader(rows, async (ids) => {
    const units = await db.unit.findMany({
      where: { id: { in: ids }, ...scope.unitWhere('audit.read') },
      select: { id: true },
    });
    return units.map((u) => u.id);
  });
  return {
    total,
    items: readable.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actorName: r.actor?.displayName ?? null,
      unitId: r.unitId,
      unitName: r.unit.name,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      before: r.before,
      after: r.after,
    })),
  };
}
