// What the books say of members' months: per member and dues month, the net of each kind (corrections included, as
// they carry the opposite amount; read by memberMonths in member-months.sql.ts), and from it what is left.

export type MonthTotals = { assessedFen: number; reducedFen: number; paidFen: number; extraFen: number };

/** What is still owed for a month: assessed less reductions and payments (never below nothing). */
export const leftOf = (t: Pick<MonthTotals, 'assessedFen' | 'reducedFen' | 'paidFen'>) =>
  Math.max(0, t.assessedFen - t.reducedFen - t.paidFen);
