// The calendar arithmetic of a member's record: ages and the end of probation, on calendar days (YYYY-MM-DD) as dated
// in Asia/Shanghai. One place for every area of the team (the registry's checks, the lifecycle's, the statistics').
import { memberLimits } from '@strata/contract';
import { addMonths, dayNumber, dayText } from '@strata/i18n/days';

/** Whole years of age on `day` of someone born on `birthDate`: a birthday counts from its own day. */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  // MM-DD strings compare in calendar order; someone born on 29 February turns a year older on 1 March.
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** The day probation ends: a year after admission (the same day, or the month's last day when it has none). */
export const probationEndOf = (probationaryOn: string): string =>
  dayText(addMonths(dayNumber(probationaryOn), memberLimits.probationMonths));
