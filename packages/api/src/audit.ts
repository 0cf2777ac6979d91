// Every mutation of consequence leaves an append-only audit entry (who, which unit, what, before/after).
import type { Tx } from '@strata/db';
import type { AuditAction } from '@strata/i18n';

export type AuditEntry = {
  actorId: number | null;
  unitId: number;
  action: AuditAction;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
};

/** Keys never written to the audit log, whatever the entity. */
const secretKeys = new Set(['passwordHash', 'password', 'newPassword', 'currentPassword', 'csrfToken', 'token']);

function snapshot(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (key, v) => (secretKeys.has(key) ? undefined : v));
}

export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      unitId: entry.unitId,
      action: entry.action,
      entity: entry.entity,
      entityId: String(entry.entityId),
      before: snapshot(entry.before),
      after: snapshot(entry.after),
    },
  });
}
