export { type IsoDate, isIsoDate } from './iso-date';
export { official2026, officialSchedules } from './official';
export {
  type DayKind,
  type DayOverride,
  type Deadline,
  WorkingCalendar,
  type WorkingCalendarOptions,
} from './working-calendar';
