// Months as the API writes them (YYYY-MM) and days (YYYY-MM-DD): whole-number arithmetic on the text, no Date.

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (text: string) => monthPattern.test(text);

/** `month` moved by `count` months (negative: back): 2026-01 - 1 is 2025-12. */
export function addMonths(month: string, count: number): string {
  const match = monthPattern.exec(month);
  if (!match) throw new RangeError(`not a month: ${month}`);
  const index = Number(match[1]) * 12 + Number(match[2]) - 1 + count;
  const year = Math.floor(index / 12);
  const number = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(number).padStart(2, '0')}`;
}

/** The month a day (YYYY-MM-DD) is in. */
export const monthOf = (day: string) => day.slice(0, 7);

/**
 * The months a payment on `day` may pay for, oldest first: six back (arrears) to two ahead (the quarter) of the
 * day's month, as the server's window (`dues.outsideWindow`).
 */
export function paymentWindow(day: string): string[] {
  const month = monthOf(day);
  if (!isMonth(month)) return [];
  return Array.from({ length: 9 }, (_, i) => addMonths(month, i - 6));
}

/** How many months from `from` to `to`, both counted (2026-01 to 2026-03: 3); 0 or less when `to` is before. */
export function monthsBetween(from: string, to: string): number {
  const index = (month: string) => {
    const match = monthPattern.exec(month);
    if (!match) throw new RangeError(`not a month: ${month}`);
    return Number(match[1]) * 12 + Number(match[2]);
  };
  return index(to) - index(from) + 1;
}

/** The last month that has ended on `day` (YYYY-MM-DD): the month before the day's. */
export const lastEndedMonth = (day: string) => addMonths(monthOf(day), -1);

/** The months a default report covers on `day`: from January of the last ended month's year to that month. */
export function yearToDate(day: string): { from: string; to: string } {
  const to = lastEndedMonth(day);
  return { from: `${to.slice(0, 4)}-01`, to };
}
