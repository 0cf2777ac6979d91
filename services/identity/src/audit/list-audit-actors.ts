// Who appears as the actor of the reader's audit entries: the operator filter's choices. Grouped in the
// database (one row per actor), then named through each actor's latest entry, which is in scope.
import { type Scope, withinPath } from '@strata/api';
import type { Db } from '@strata/db';
import { type AuditActorsInput, auditActorsLimit } from './audit-schemas';

export async function listAuditActors(db: Db, { scope, input }: { scope: Scope; input: AuditActorsInput }) {
  const within = await withinPath(db, scope, 'audit.read', input.unitId);
  const scoped = scope.ownedWhere('audit.read', within);
  const groups = await db.auditLog.groupBy({
    by: ['actorId'],
    where: { ...scoped, actorId: { not: null } },
    _max: { id: true },
  });
  const latest = groups.flatMap((g) => (g._max.id === null ? [] : [g._max.id]));
  if (latest.length === 0) return [];
  const entries = await db.auditLog.findMany({
    where: { ...scoped, id: { in: latest } },
    select: { actor: { select: { id: true, displayName: true } } },
  });
  const search = input.search?.toLowerCase();
  return entries
    .flatMap((e) => (e.actor ? [e.actor] : []))
    .filter((a) => !search || a.displayName.toLowerCase().includes(search))
    .sort((x, y) => x.displayName.localeCompare(y.displayName, 'zh-CN') || x.id - y.id)
    .slice(0, auditActorsLimit);
}
