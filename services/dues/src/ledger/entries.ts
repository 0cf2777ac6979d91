// The ledger's movements and the rules every new entry meets before it is chained. Amounts are signed fen as the unit's
// books see them: an assessment adds to what members owe, a payment or a reduction takes from it; a voluntary extra
// is cash that owes nothing; a remittance takes cash out of one unit and into another. Nothing is ever changed or
// removed: a mistake is corrected by an entry of the opposite amount that names the one it reverses, dated in an open
// month. Once a unit closes a month, only such corrections dated in a later, open month change its totals.
import type { EntryContent } from './chain';

export const entryKinds = [
  'assessment',
  'payment',
  'reduction',
  'extra',
  'remittanceOut',
  'remittanceIn',
  'correction',
] as const;
export type EntryKind = (typeof entryKinds)[number];

export type EntryProblem =
  | 'monthClosed'
  | 'amountNotWhole'
  | 'amountSign'
  | 'reversesNothing'
  | 'reversedAlready'
  | 'reversesAcrossUnits';

/** Kinds whose amount is never negative: all but a correction, which carries the opposite of what it reverses. */
const positive: ReadonlySet<string> = new Set(entryKinds.filter((kind) => kind !== 'correction'));

/** Whether `month` (YYYY-MM) is closed at a unit that closed every month up to `closedThrough` (null: none). */
export const isClosed = (month: string, closedThrough: string | null) =>
  closedThrough !== null && month <= closedThrough;

/**
 * What stops a new entry of a unit (whose months are closed through `closedThrough`), or null: its month closed, an
 * amount that is no whole number of fen or has the wrong sign for its kind, or a correction that reverses no entry of
 * the same unit or one reversed already.
 */
export function entryProblem(
  entry: Pick<EntryContent, 'unitId' | 'kind' | 'month' | 'amountFen' | 'reversesSeq'>,
  ctx: { closedThrough: string | null; reversed?: Pick<EntryContent, 'unitId'> & { reversedBy: number | null } },
): EntryProblem | null {
  if (isClosed(entry.month, ctx.closedThrough)) return 'monthClosed';
  if (!Number.isSafeInteger(entry.amountFen)) return 'amountNotWhole';
  if (positive.has(entry.kind) && entry.amountFen <= 0) return 'amountSign';
  if (entry.kind === 'correction') {
    if (entry.reversesSeq === null || !ctx.reversed) return 'reversesNothing';
    if (ctx.reversed.unitId !== entry.unitId) return 'reversesAcrossUnits';
    if (ctx.reversed.reversedBy !== null) return 'reversedAlready';
  } else if (entry.reversesSeq !== null) return 'reversesNothing';
  return null;
}

/** The correction of `original`: the opposite amount, naming it, dated in `month` (an open month) on `on` at `at`. */
export function reversalOf(
  original: EntryContent,
  { month, on, at, actorId, note }: Pick<EntryContent, 'month' | 'on' | 'at' | 'actorId' | 'note'>,
): Omit<EntryContent, 'seq'> {
  return {
    unitId: original.unitId,
    kind: 'correction',
    memberId: original.memberId,
    month,
    amountFen: -original.amountFen,
    on,
    reversesSeq: original.seq,
    counterpartUnitId: original.counterpartUnitId,
    receiptNo: null,
    actorId,
    note,
    at,
  };
}
