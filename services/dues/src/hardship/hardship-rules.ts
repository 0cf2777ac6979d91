// Hardship reductions: what a reduction takes off an assessed month (the month's due less what the member still pays,
// never below nothing), the months a request covers, and whether a caller decides one level up (the approval of
// "the unit above": a grant covering the parent of the branch that proposed it, not the branch itself).
import { monthNumber, monthText } from '../rules/member-month';

/** The longest a reduction lasts, in months. */
export const hardshipMonthsMax = 12;

/** The months from `from` to `to` (YYYY-MM, both included), or null when `to` is before `from` or it is too long. */
export function hardshipMonths(from: string, to: string): string[] | null {
  const span = monthNumber(to) - monthNumber(from) + 1;
  if (span < 1 || span > hardshipMonthsMax) return null;
  return Array.from({ length: span }, (_, i) => monthText(monthNumber(from) + i));
}

/** What a reduction takes off a month assessed at `assessedFen` for a member who still pays `payFen`. */
export const reductionOf = (assessedFen: number, payFen: number) => Math.max(0, assessedFen - payFen);

/** The path of a unit's parent, from its own ("/1/7/42/" -> "/1/7/"); null for the top unit. */
export function parentPath(path: string): string | null {
  const parts = path.split('/').filter(Boolean);
  return parts.length > 1 ? `/${parts.slice(0, -1).join('/')}/` : null;
}
