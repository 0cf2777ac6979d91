// The audit log as a reader may see it: entries of units in their scope, newest first, narrowed by the
// filter, each before/after image and object name rendered for this reader.
import { pageArgs, type Scope, snapshotsForReader, withinPath } from '@strata/api';
import type { Db, Prisma } from '@strata/db';
import { nextCalendarDay, startOfCalendarDay } from '@strata/i18n';
import type { AuditFilter } from './audit-schemas';

/** The units of `ids` the reader sees in the audit log. */
const visibleUnits = async (db: Db, scope: Scope, ids: number[]) => {
  const units = await db.unit.findMany({
    where: { id: { in: ids }, ...scope.unitWhere('audit.read') },
    select: { id: true },
  });
  return units.map((u) => u.id);
};

/**
 * Days are the organisation's (Asia/Shanghai): `to` includes its whole day. A search matches an object's
 * name only where the reader may see that name (its owning unit in scope), so a withheld name cannot be
 * found by guessing; an object's id matches exactly.
 */
export async function auditWhere(db: Db, scope: Scope, filter: AuditFilter): Promise<Prisma.AuditLogWhereInput> {
  const within = await withinPath(db, scope, 'audit.read', filter.unitId);
  const at = {
    ...(filter.from ? { gte: startOfCalendarDay(filter.from) } : {}),
    ...(filter.to ? { lt: startOfCalendarDay(nextCalendarDay(filter.to)) } : {}),
  };
  const search = filter.search || undefined;
  const labelled = search ? await db.unit.findMany({ where: scope.unitWhere('audit.read'), select: { id: true } }) : [];
  return {
    ...scope.ownedWhere('audit.read', within),
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(filter.from || filter.to ? { at } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.entity ? { entity: filter.entity } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(search
      ? {
          OR: [
            { entityLabel: { contains: search }, labelUnitId: { in: labelled.map((u) => u.id) } },
            { entityId: search },
          ],
        }
      : {}),
  };
}

export async function listAuditEntries(db: Db, { scope, filter }: { scope: Scope; filter: AuditFilter }) {
  const where = await auditWhere(db, scope, filter);
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
  const readable = await snapshotsForReader(rows, (ids) => visibleUnits(db, scope, ids));
  const owners = [...new Set(rows.flatMap((r) => (r.labelUnitId === null ? [] : [r.labelUnitId])))];
  const named = new Set(owners.length ? await visibleUnits(db, scope, owners) : []);
  return {
    total,
    items: readable.map((r) => {
      const labelWithheld = r.labelUnitId !== null && !named.has(r.labelUnitId);
      return {
        id: r.id,
        at: r.at.toISOString(),
        actorName: r.actor?.displayName ?? null,
        unitId: r.unitId,
        unitName: r.unit.name,
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
