// A payment spread over the months it pays for: the months named (a quarter at once, arrears made up) or, when none
// are named, the oldest unpaid first; each month takes at most what is left of it, a last month may be paid in part,
// and what is over is answered apart (the caller records it as a voluntary extra or refuses it). Months outside the
// payment window (six back, the quarter ahead) are refused, each named.
import { payableIn } from '../rules/member-month';

/** A month still owed: what is left of it, in fen (a month ahead, when paying ahead, at what dueFor reckons). */
export type OwedMonth = { month: string; leftFen: number };
export type PaymentLine = { month: string; fen: number };

export type Allocation = { ok: true; lines: PaymentLine[]; overFen: number } | { ok: false; outsideWindow: string[] };

/**
 * `amountFen` paid in `current` (YYYY-MM) against `owed` (any order), over `months` when the payer names them (each at
 * most once), else over every owed month in the window, oldest first.
 */
export function allocatePayment(
  amountFen: number,
  owed: readonly OwedMonth[],
  current: string,
  months?: readonly string[],
): Allocation {
  if (!Number.isSafeInteger(amountFen) || amountFen <= 0) throw new RangeError('a payment is a positive number of fen');
  const named = months ? [...new Set(months)] : null;
  const outside = (named ?? []).filter((m) => !payableIn(current, m));
  if (outside.length) return { ok: false, outsideWindow: outside.sort() };
  const left = new Map(owed.map((o) => [o.month, o.leftFen]));
  const order = (named ?? owed.map((o) => o.month).filter((m) => payableIn(current, m))).sort();
  const lines: PaymentLine[] = [];
  let rest = amountFen;
  for (const month of order) {
    if (rest === 0) break;
    const fen = Math.min(rest, left.get(month) ?? 0);
    if (fen > 0) lines.push({ month, fen });
    rest -= fen;
  }
  return { ok: true, lines, overFen: rest };
}
