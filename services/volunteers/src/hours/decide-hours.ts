// Deciding hour entries (volunteers.certify at each entry's unit, the unit that certifies it): approving singly or
// in bulk, declining with a reason. Only a pending or appealed entry is decided (the database's trigger refuses any
// other step); a bulk approval takes every entry named or none, in one transaction that writes each entry's decision,
// adds them to the totals (set-based, see hour-totals.sql.ts) and leaves one audit entry.
import { type Actor, AppError, recordAudit } from '@strata/api';
import type { Tx } from '@strata/db';
import { volunteersMessage } from '../locales';
import { addApprovedTotals } from './hour-totals.sql';

const decidable = ['pending', 'appealed'];

/** The deepest unit path holding every path (each `/1/5/12/`). */
export function commonPath(paths: readonly string[]): string {
  const [first, ...rest] = paths.map((p) => p.split('/').filter(Boolean));
  if (!first) return '/';
  let length = first.length;
  for (const segments of rest) {
    let i = 0;
    while (i < length && i < segments.length && segments[i] === first[i]) i += 1;
    length = i;
  }
  return `/${first.slice(0, length).join('/')}${length ? '/' : ''}`;
}

export async function approveHours(tx: Tx, actor: Actor, input: { ids: number[] }) {
  const { scope, actorId, now } = actor;
  const ids = [...new Set(input.ids)];
  const inScope = scope.ownedWhere('volunteers.certify');
  const entries = await tx.hourEntry.findMany({
    where: { id: { in: ids }, ...inScope },
    select: { id: true, unitId: true, activityId: true, status: true, minutes: true },
  });
  if (entries.length < ids.length)
    throw new AppError('NOT_FOUND', volunteersMessage('hoursNotFound'), { count: ids.length - entries.length });
  const decided = entries.filter((e) => !decidable.includes(e.status)).length;
  if (decided) throw new AppError('CONFLICT', volunteersMessage('hoursNotDecidable'), { count: decided });
  // The step itself re-checks the state: a concurrent decision on any of them refuses the whole batch.
  const { count } = await tx.hourEntry.updateMany({
    where: { id: { in: ids }, status: { in: decidable }, ...inScope },
    data: { status: 'approved' },
  });
  if (count !== ids.length)
    throw new AppError('CONFLICT', volunteersMessage('hoursNotDecidable'), { count: ids.length - count });
  await tx.hourDecision.createMany({
    data: entries.map((e) => ({ hourEntryId: e.id, action: 'approved', actorId, at: now })),
  });
  await addApprovedTotals(tx, ids);
  const minutes = entries.reduce((sum, e) => sum + e.minutes, 0);
  // The entry belongs to the units' nearest common unit when the caller certifies there, else to the first entry's.
  const unitIds = [...new Set(entries.map((e) => e.unitId))];
  const units = await tx.unit.findMany({
    where: { id: { in: unitIds }, ...scope.unitWhere('volunteers.certify') },
    select: { id: true, path: true },
  });
  const common = commonPath(units.map((u) => u.path));
  const top = scope.covers('volunteers.certify', common)
    ? await tx.unit.findFirst({
        where: { path: common, ...scope.unitWhere('volunteers.certify') },
        select: { id: true },
      })
    : null;
  const [first] = entries;
  const activityIds = new Set(entries.map((e) => e.activityId));
  const activity =
    activityIds.size === 1 && first
      ? await tx.activity.findFirst({
          where: { id: first.activityId, ...inScope },
          select: { title: true, unitId: true },
        })
      : null;
  await recordAudit(tx, {
    actorId,
    unitId: top?.id ?? first?.unitId ?? 0,
    action: 'hours.approve',
    entity: 'HourEntry',
    entityId: ids.length === 1 ? (first?.id ?? 0) : `batch:${ids.length}`,
    label: activity ? activity.title : `${ids.length} 条服务时长`,
    ...(activity ? { labelUnitId: activity.unitId } : {}),
    after: { status: 'approved', count: ids.length, minutes, entries: ids },
  });
  return { approved: ids.length, minutes };
}

export async function declineHour(tx: Tx, actor: Actor, input: { id: number; reason: string }) {
  const { scope, actorId, now } = actor;
  const inScope = scope.ownedWhere('volunteers.certify');
  const entry = await tx.hourEntry.findFirst({ where: { id: input.id, ...inScope } });
  if (!entry) throw new AppError('NOT_FOUND', volunteersMessage('hourNotFound'));
  if (!decidable.includes(entry.status)) throw new AppError('CONFLICT', volunteersMessage('hourNotDecidable'));
  const { count } = await tx.hourEntry.updateMany({
    where: { id: entry.id, status: entry.status, ...inScope },
    data: { status: 'declined', reason: input.reason },
  });
  if (count !== 1) throw new AppError('CONFLICT', volunteersMessage('hourNotDecidable'));
  await tx.hourDecision.create({
    data: { hourEntryId: entry.id, action: 'declined', reason: input.reason, actorId, at: now },
  });
  const activity = await tx.activity.findFirstOrThrow({ where: { id: entry.activityId, ...inScope } });
  await recordAudit(tx, {
    actorId,
    unitId: entry.unitId,
    action: 'hours.decline',
    entity: 'HourEntry',
    entityId: entry.id,
    label: `${activity.title}（${entry.servedOn}）`,
    before: { status: entry.status },
    after: { status: 'declined', reason: input.reason, minutes: entry.minutes },
  });
  return { id: entry.id, status: 'declined' as const };
}
