// A municipal admin enters a day of the calendar, or changes one: a holiday (any day) or a weekend day worked. The
// deadlines already given stay as they were (a letter keeps the date it was given); new ones count with the change.
import { recordAudit, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { calendarOwner } from './calendar-owner';
import { type SetCalendarDay, toCalendarDay } from './calendar-schemas';

type SetCalendarDayArgs = { scope: Scope; actorId: number; day: SetCalendarDay };

export async function setCalendarDay(tx: Tx, { scope, actorId, day }: SetCalendarDayArgs) {
  const owner = await calendarOwner(tx, scope);
  const owned = scope.ownedWhere('calendar.manage');
  const before = await tx.calendarDay.findFirst({ where: { date: day.date, ...owned } });
  const saved = before
    ? await tx.calendarDay.update({ where: { id: before.id, ...owned }, data: { kind: day.kind, name: day.name } })
    : await tx.calendarDay.create({ data: { unitId: owner.id, date: day.date, kind: day.kind, name: day.name } });
  await recordAudit(tx, {
    actorId,
    unitId: owner.id,
    action: 'calendar.set',
    entity: 'CalendarDay',
    entityId: saved.date,
    label: `${saved.date} ${saved.name}`,
    before: before ? { kind: before.kind, name: before.name } : undefined,
    after: { date: saved.date, kind: saved.kind, name: saved.name },
  });
  return toCalendarDay(saved);
}
