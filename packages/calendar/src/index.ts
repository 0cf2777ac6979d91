export { isCalendarDay as isIsoDate } from '@strata/i18n/days';
export { official2026, officialSchedules } from './official';
export {
  type DayKind,
  type DayOverride,
  type Deadline,
  type IsoDate,
  WorkingCalendar,
  type WorkingCalendarOptions,
} from './working-calendar';
