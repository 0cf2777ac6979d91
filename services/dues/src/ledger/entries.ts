// The ledger's movements and the rules every new entry meets before it is chained. Amounts are fen as the unit's books
// see them, each kind on its own line: an assessment adds to what members owe, a payment or a reduction takes from
// it; a voluntary extra is cash that owes nothing; a remittance takes cash out of one unit and into another. Nothing
// is ever changed or removed: a mistake is corrected by an entry of the same kind and dues month, of the opposite
// amount, that names the one it reverses (so every sum by kind and month nets to what is true), booked on a day of
// an open month. Closing is by the month an entry is booked in (`on`), not the dues month it concerns: arrears of a
// closed month may still be paid, in the month they are paid in. Once a unit closes a month, only entries booked in
// a later, open month change its totals.
import type { EntryContent } from './chain';

export const entryKinds = ['assessment', 'payment', 'reduction', 'extra', 'remittanceOut', 'remittanceIn'] as const;
export type EntryKind = (typeof entryKinds)[number];

export type EntryProblem =
  | 'monthClosed'
  | 'amountNotWhole'
  | 'amountSign'
  | 'reversesNothing'
  | 'reversedAlready'
  | 'reversesAcrossUnits'
  | 'reversesAnother';

/** Whether `month` (YYYY-MM) is closed at a unit that closed every month up to `closedThrough` (null: none). */
export const isClosed = (month: string, closedThrough: string | null) =>
  closedThrough !== null && month <= closedThrough;

/** The month (YYYY-MM) an entry is booked in: its day's. */
export const bookedMonth = (entry: Pick<EntryContent, 'on'>) => entry.on.slice(0, 7);

type Reversed = Pick<EntryContent, 'unitId' | 'kind' | 'month' | 'amountFen' | 'memberId'> & {
  /** Whether a correction of it is written already. */
  reversed: boolean;
};

/**
 * What stops a new entry of a unit (whose months are closed through `closedThrough`), or null: booked in a closed
 * month, an amount that is no whole number of fen or not positive, or a correction (`reversesSeq`) that reverses no
 * entry of the same unit, one reversed already, or says anything but its exact opposite.
 */
export function entryProblem(
  entry: Pick<EntryContent, 'unitId' | 'kind' | 'month' | 'amountFen' | 'reversesSeq' | 'on' | 'memberId'>,
  ctx: { closedThrough: string | null; reversed?: Reversed | undefined },
): EntryProblem | null {
  if (isClosed(bookedMonth(entry), ctx.closedThrough)) return 'monthClosed';
  if (!Number.isSafeInteger(entry.amountFen)) return 'amountNotWhole';
  if (entry.reversesSeq === null) return entry.amountFen > 0 ? null : 'amountSign';
  const original = ctx.reversed;
  if (!original) return 'reversesNothing';
  if (original.unitId !== entry.unitId) return 'reversesAcrossUnits';
  if (original.reversed) return 'reversedAlready';
  if (
    original.kind !== entry.kind ||
    original.month !== entry.month ||
    original.memberId !== entry.memberId ||
    original.amountFen !== -entry.amountFen
  )
    return 'reversesAnother';
  return null;
}

/** The correction of `original`: its kind, member and dues month, the opposite amount, naming it, booked on `on`. */
export function reversalOf(
  original: EntryContent,
  { on, at, actorId, note }: Pick<EntryContent, 'on' | 'at' | 'actorId' | 'note'>,
): Omit<EntryContent, 'seq'> {
  return {
    unitId: original.unitId,
    kind: original.kind,
    memberId: original.memberId,
    month: original.month,
    amountFen: -original.amountFen,
    on,
    reversesSeq: original.seq,
    counterpartUnitId: original.counterpartUnitId,
    receiptNo: original.receiptNo,
    actorId,
    note,
    at,
  };
}
