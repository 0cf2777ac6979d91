// Calendar days and wall-clock times in a zone (`@strata/i18n/days`): apart from the package's main entry, which the
// shell shares whole with every remote and so downloads on the first visit, so only the pages and services that work
// with days (the freshness board, date fields, deadlines) take the zone clock.
export {
  addMonths,
  assertTimeZone,
  type DayNumber,
  dayNumber,
  dayNumberOf,
  dayText,
  isCalendarDay,
  startOfDayNumber,
} from './calendar-days';
export { defaultTimeZone } from './dates';
export {
  calendarDay,
  formatCalendarDay,
  instantOfZonedTime,
  monthStartInstants,
  nextCalendarDay,
  startOfCalendarDay,
  zonedTimeOf,
} from './zoned-time';
