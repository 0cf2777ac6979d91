// A member's dues month by month: what they owe for a month under what they had declared then and the rules in force
// then, and which months a payment may cover. The rules of 2008: a member pays from the month they were admitted (as a
// probationary member); a new base applies from the month it was first received; arrears may be made up for at most
// six months back; paying ahead is for the quarter (the month itself and the two after it).
import { type Declared, inForce, monthlyDue } from './monthly-due';
import type { RuleSet } from './rule-set';

/** A base a member declared, in force from its month (YYYY-MM) until a later one. */
export type DeclaredBase = Declared & { effectiveFrom: string };

export type MonthDue =
  | { due: number; base: DeclaredBase; rules: RuleSet }
  /** Nothing is owed: not admitted yet, no base declared for the month yet, or no rule set in force. */
  | { due: null; why: 'notAdmitted' | 'noBase' | 'noRules' };

/** Months as YYYY-MM, counted: 2026-01 is 2026 * 12. */
export const monthNumber = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
export const monthText = (n: number) => {
  const year = (n - (n % 12)) / 12; // whole numbers: a month count, not money
  return `${year}-${String((n % 12) + 1).padStart(2, '0')}`;
};

/** What a member owes for `month`, admitted in `admittedMonth` (null: not admitted), from their bases and the rules. */
export function dueFor(
  month: string,
  member: { admittedMonth: string | null; bases: readonly DeclaredBase[] },
  ruleSets: readonly RuleSet[],
): MonthDue {
  if (member.admittedMonth === null || month < member.admittedMonth) return { due: null, why: 'notAdmitted' };
  const base = inForce(member.bases, month);
  if (!base) return { due: null, why: 'noBase' };
  const rules = inForce(ruleSets, month);
  if (!rules) return { due: null, why: 'noRules' };
  return { due: monthlyDue(rules, base), base, rules };
}

/** How far back arrears may be made up, and how far ahead a payment may go, in months from the current one. */
export const paymentWindow = { back: 6, ahead: 2 } as const;

/** Whether a payment made in `current` may cover `month`: at most six months back, at most the quarter ahead. */
export function payableIn(current: string, month: string): boolean {
  const offset = monthNumber(month) - monthNumber(current);
  return offset >= -paymentWindow.back && offset <= paymentWindow.ahead;
}

/**
 * The months a member is behind on in `current`: months they owed something for (`owed`, month -> fen) and have not
 * paid in full (`paid`, month -> fen), oldest first, each with what is left; flagged when six or more are unpaid.
 */
export function arrearsIn(owed: ReadonlyMap<string, number>, paid: ReadonlyMap<string, number>, current: string) {
  const months = [...owed.entries()]
    .filter(([month, due]) => month < current && due > (paid.get(month) ?? 0))
    .map(([month, due]) => ({ month, leftFen: due - (paid.get(month) ?? 0) }))
    .sort((a, b) => (a.month < b.month ? -1 : 1));
  return {
    months,
    totalFen: months.reduce((sum, m) => sum + m.leftFen, 0),
    flagged: months.length >= paymentWindow.back,
  };
}
