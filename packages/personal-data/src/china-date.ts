// Dates as people in China read them. Mainland China is UTC+8 all year (no daylight saving), so a fixed offset
// is exact and needs no time-zone database.

/** A calendar date written YYYY-MM-DD. */
export type IsoDateString = `${number}-${number}-${number}`;

const chinaOffsetMs = 8 * 60 * 60 * 1000;

/** Today's date in Asia/Shanghai, YYYY-MM-DD. */
export function todayInChina(now: number = Date.now()): IsoDateString {
  return new Date(now + chinaOffsetMs).toISOString().slice(0, 10) as IsoDateString;
}

/** Whether `value` is YYYY-MM-DD naming a day that exists (no 2月30日, 29 February only in leap years). */
export function isRealDate(value: string): value is IsoDateString {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls an impossible day over into the next month; a real date comes back unchanged. Years below 100
  // would be read as 19xx, so they are compared too.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
