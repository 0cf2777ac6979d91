// The codes the dues pages name, in the order they offer them. Each list is checked against the API's own type, so a
// code the server adds fails the typecheck here (and the words test names it in both languages).
import type {
  BaseImportProblem,
  BrokenReason,
  EntryKind,
  HardshipState,
  Payer,
  RemittanceDirection,
  Rounding,
} from './api-types';

/** Every exact list of `T`'s members: a list missing one fails to compile. */
const every =
  <T extends string>() =>
  <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : never)) =>
    list;

export const entryKinds = every<EntryKind>()([
  'assessment',
  'payment',
  'reduction',
  'extra',
  'remittanceOut',
  'remittanceIn',
]);
export const payers = every<Payer>()(['self', 'proxy']);
export const brokenReasons = every<BrokenReason>()(['content', 'link', 'sequence', 'end']);

/** Who pays dues, as the collection list shows them. */
export const payingStages = ['probationary', 'full'] as const;

/** How a member stands in the current month (the collection list's tag). */
export const standings = ['paid', 'partly', 'unpaid', 'notAssessed'] as const;
export type Standing = (typeof standings)[number];

/** The current month's standing of a member: nothing assessed, nothing left, something paid, or nothing paid. */
export function standingOf(row: { assessedFen: number; paidFen: number; leftFen: number }): Standing {
  if (row.assessedFen <= 0) return 'notAssessed';
  if (row.leftFen <= 0) return 'paid';
  return row.paidFen > 0 ? 'partly' : 'unpaid';
}

/** Units whose month is assessed and whose books are closed: a branch or a group (a township's cover those below). */
export const unitKinds = ['municipality', 'township', 'branch', 'group'] as const;

/** Whether verifying from this unit reads every chain below it (a township or above) or its own. */
export const verifiesSubtree = (kind: string | undefined) => kind === 'township' || kind === 'municipality';

export const hardshipStates = every<HardshipState>()(['proposed', 'approved', 'declined']);
export const remittanceDirections = every<RemittanceDirection>()(['sent', 'received']);
export const roundings = every<Rounding>()(['halfUp', 'down', 'up']);
export const baseImportProblems = every<BaseImportProblem>()([
  'idNumberInvalid',
  'memberUnknown',
  'nameMismatch',
  'categoryUnknown',
  'baseInvalid',
  'monthInvalid',
  'monthClosed',
  'setOutsideRange',
  'rowRepeated',
]);
