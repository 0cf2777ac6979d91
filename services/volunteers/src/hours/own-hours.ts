// A volunteer's own hours, across scopes (their account holds no grant): read and appealed through the account's
// link to their profile, never by an id the browser sends. An appeal is the entry's one appeal: a declined entry
// becomes appealed, with the appeal and its instant in the same update (the database's trigger refuses a second).
import { AppError, recordAudit, runTransaction, toIso } from '@strata/api';
import type { HourStatus } from '@strata/contract';
import type { Db } from '@strata/db';
import { ownVolunteer } from '../common/own-volunteer';
import { volunteersMessage } from '../locales';
import type { OwnHourRow } from './hours-schemas';

export function ownHoursSystem(db: Db) {
  return {
    /** The caller's own entries, newest served first. */
    async ownHours(accountId: number, input: { year?: number | undefined; page: number; pageSize: number }) {
      const volunteer = await ownVolunteer(db, accountId);
      const where = { volunteerId: volunteer.id, ...(input.year ? { year: input.year } : {}) };
      const [rows, total] = await Promise.all([
        db.hourEntry.findMany({
          where,
          orderBy: [{ servedOn: 'desc' }, { id: 'desc' }],
          skip: (input.page - 1) * input.pageSize,
          take: input.pageSize,
          include: { activity: { select: { title: true } }, unit: { select: { name: true } } },
        }),
        db.hourEntry.count({ where }),
      ]);
      const items: OwnHourRow[] = rows.map((h) => ({
        id: h.id,
        activityId: h.activityId,
        activityTitle: h.activity.title,
        unitId: h.unitId,
        unitName: h.unit.name,
        servedOn: h.servedOn,
        minutes: h.minutes,
        status: h.status as HourStatus,
        reason: h.reason,
        appeal: h.appeal,
        appealedAt: toIso(h.appealedAt),
        createdAt: toIso(h.createdAt),
      }));
      return { items, total, totalIsBound: false };
    },

    /** The caller appeals one of their own declined entries, once. */
    appealHour(accountId: number, input: { id: number; appeal: string }, now: Date) {
      return runTransaction(db, async (tx) => {
        const volunteer = await ownVolunteer(tx, accountId);
        const entry = await tx.hourEntry.findFirst({
          where: { id: input.id, volunteerId: volunteer.id },
          include: { activity: { select: { title: true } } },
        });
        if (!entry) throw new AppError('NOT_FOUND', volunteersMessage('hourNotFound'));
        if (entry.appealedAt) throw new AppError('CONFLICT', volunteersMessage('hourAlreadyAppealed'));
        if (entry.status !== 'declined') throw new AppError('CONFLICT', volunteersMessage('hourNotDeclined'));
        const { count } = await tx.hourEntry.updateMany({
          where: { id: entry.id, status: 'declined', appealedAt: null },
          data: { status: 'appealed', appealedAt: now, appeal: input.appeal },
        });
        if (count !== 1) throw new AppError('CONFLICT', volunteersMessage('hourAlreadyAppealed'));
        await tx.hourDecision.create({
          data: { hourEntryId: entry.id, action: 'appealed', reason: input.appeal, actorId: accountId, at: now },
        });
        await recordAudit(tx, {
          actorId: accountId,
          unitId: entry.unitId,
          action: 'hours.appeal',
          entity: 'HourEntry',
          entityId: entry.id,
          label: `${entry.activity.title}（${entry.servedOn}）`,
          before: { status: 'declined', reason: entry.reason },
          after: { status: 'appealed', appeal: input.appeal },
        });
        return { id: entry.id, status: 'appealed' as const };
      });
    },
  };
}
