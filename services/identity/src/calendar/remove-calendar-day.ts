// A municipal admin removes a day from the calendar: it counts as a plain weekday or weekend day again.
import { notFound, recordAudit, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { calendarOwner } from './calendar-owner';
import { toCalendarDay } from './calendar-schemas';

type RemoveCalendarDay = { scope: Scope; actorId: number; date: string };

export async function removeCalendarDay(tx: Tx, { scope, actorId, date }: RemoveCalendarDay) {
  const owner = await calendarOwner(tx, scope);
  const owned = scope.ownedWhere('calendar.manage');
  const day = await tx.calendarDay.findFirst({ where: { date, ...owned } });
  if (!day) throw notFound();
  await tx.calendarDay.delete({ where: { id: day.id, ...owned } });
  await recordAudit(tx, {
    actorId,
    unitId: owner.id,
    action: 'calendar.remove',
    entity: 'CalendarDay',
    entityId: day.date,
    label: `${day.date} ${day.name}`,
    before: { date: day.date, kind: day.kind, name: day.name },
  });
  return toCalendarDay(day);
}
