// Every mutation of consequence leaves an append-only audit entry (who, which unit, what, before/after).
import type { Tx } from '@strata/db';
import { currentRequestOrigin } from './request-origin';

export type AuditEntry = {
  actorId: number | null;
  unitId: number;
  /** `<noun>.<verb>`, labelled in the core's `domain` namespace or in its team's registration. */
  action: `${string}.${string}`;
  entity: string;
  entityId: string | number;
  /** The object's name now (a unit's or a user's name, an article's title): the log shows it as it was. */
  label: string;
  /** The unit owning the labelled object, when not `unitId` (a grant's holder lives in their home unit). */
  labelUnitId?: number;
  before?: unknown;
  after?: unknown;
};

/** Longest label kept: names and titles are bounded by their own rules; this only guards the log. */
const labelLimit = 200;

/** Keys never written to the audit log, whatever the entity. */
const secretKeys = new Set(['passwordHash', 'password', 'newPassword', 'currentPassword', 'csrfToken', 'token']);

function snapshot(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (key, v) => (secretKeys.has(key) ? undefined : v));
}

/** Writes the entry, with the current request's client address and user agent (see request-origin.ts). */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      unitId: entry.unitId,
      action: entry.action,
      entity: entry.entity,
      entityId: String(entry.entityId),
      entityLabel: entry.label.slice(0, labelLimit),
      labelUnitId: entry.labelUnitId ?? entry.unitId,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
      ...currentRequestOrigin(),
    },
  });
}

// Reading: snapshots are rendered for the reader. Any object in an image that names its owning unit
// (`unitId`) outside the reader's scope is replaced whole, so no name of that unit can show through.
export const outsideScope = { outsideScope: true } as const;

const parse = (text: string | null): unknown => {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/** Every `unitId` an image names, at any depth. */
export function unitIdsIn(value: unknown, into = new Set<number>()): Set<number> {
  if (Array.isArray(value)) for (const v of value) unitIdsIn(v, into);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'unitId' && typeof v === 'number') into.add(v);
      else unitIdsIn(v, into);
    }
  }
  return into;
}

function redact(value: unknown, visible: ReadonlySet<number>): unknown {
  if (Array.isArray(value)) return value.map((v) => redact(v, visible));
  if (!value || typeof value !== 'object') return value;
  const unitId = (value as { unitId?: unknown }).unitId;
  if (typeof unitId === 'number' && !visible.has(unitId)) return outsideScope;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v, visible)]));
}

/** The before/after images of audit rows as the reader may see them, given the units visible to them. */
export async function snapshotsForReader<T extends { before: string | null; after: string | null }>(
  rows: T[],
  visibleUnits: (ids: number[]) => Promise<number[]>,
): Promise<T[]> {
  const parsed = rows.map((r) => ({ row: r, before: parse(r.before), after: parse(r.after) }));
  const ids = new Set<number>();
  for (const p of parsed) unitIdsIn([p.before, p.after], ids);
  const visible = new Set(ids.size ? await visibleUnits([...ids]) : []);
  const text = (v: unknown, original: string | null) =>
    original === null || typeof v === 'string' ? original : JSON.stringify(redact(v, visible));
  return parsed.map((p) => ({ ...p.row, before: text(p.before, p.row.before), after: text(p.after, p.row.after) }));
}
