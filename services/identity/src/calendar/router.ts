// The working-day calendar every team counts deadlines with: read by anyone who reads units, kept by those who hold
// calendar.manage at the top unit (the municipality's admins).
import { checked, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import {
  calendarDate,
  calendarDayOutput,
  calendarYear,
  calendarYearOutput,
  setCalendarDayInput,
} from './calendar-schemas';
import { importOfficialCalendar } from './import-official-calendar';
import { listCalendarDays } from './list-calendar-days';
import { removeCalendarDay } from './remove-calendar-day';
import { setCalendarDay } from './set-calendar-day';

const manage = permissionProcedure('calendar.manage');

export const calendarRouter = router({
  list: permissionProcedure('unit.read')
    .input(z.strictObject({ year: calendarYear }))
    .output(checked(calendarYearOutput))
    .query(({ ctx, input }) => listCalendarDays(ctx.db, input.year)),

  set: manage
    .input(setCalendarDayInput)
    .output(checked(calendarDayOutput))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) =>
        setCalendarDay(tx, { scope: ctx.scope, actorId: ctx.session.user.id, day: input }),
      ),
    ),

  remove: manage
    .input(z.strictObject({ date: calendarDate }))
    .output(checked(calendarDayOutput))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) =>
        removeCalendarDay(tx, { scope: ctx.scope, actorId: ctx.session.user.id, date: input.date }),
      ),
    ),

  importOfficial: manage
    .input(z.strictObject({ year: calendarYear }))
    .output(checked(calendarYearOutput))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) =>
        importOfficialCalendar(tx, { scope: ctx.scope, actorId: ctx.session.user.id, year: input.year }),
      ),
    ),
});
