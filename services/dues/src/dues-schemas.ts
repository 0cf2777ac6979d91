// The dues procedures' inputs and outputs. Amounts are whole fen, months YYYY-MM, days YYYY-MM-DD.
import { idInput } from '@strata/api';
import { isIsoDate } from '@strata/calendar';
import { duesCategories } from '@strata/contract';
import { z } from 'zod';
import { baseImportProblems } from './bases/import-problems';
import { entryKinds } from './ledger/entries';
import { duesMessage } from './locales';
import { monthInput, roundings, ruleSet } from './rules/rule-set';

/** A calendar day, YYYY-MM-DD, as dated in Asia/Shanghai. */
export const dayInput = z.string().refine(isIsoDate, { params: { key: duesMessage('dayInvalid') } });
export const fenInput = z.number().int().min(0).max(100_000_000);
const positiveFen = z.number().int().min(1).max(100_000_000);
export const noteInput = z.string().trim().max(200);

export const newRuleSet = ruleSet.extend({ note: noteInput.default('') });
export const ruleSetRow = z.object({
  id: z.number().int(),
  effectiveFrom: z.string(),
  rounding: z.enum(roundings),
  categories: ruleSet.shape.categories,
  note: z.string(),
  createdAt: z.string(),
});

export const baseInput = z.strictObject({
  memberId: idInput,
  effectiveFrom: monthInput,
  category: z.enum(duesCategories),
  baseFen: fenInput,
  setFen: fenInput.nullable().default(null),
});
export const baseRow = z.object({
  id: z.number().int(),
  effectiveFrom: z.string(),
  category: z.enum(duesCategories),
  baseFen: z.number().int(),
  setFen: z.number().int().nullable(),
  source: z.string(),
  /** What the month it starts in owes under it (null: no rules in force then). */
  dueFen: z.number().int().nullable(),
});

export const assessInput = z.strictObject({ unitId: idInput, month: monthInput });
export const assessResult = z.object({
  month: z.string(),
  /** The branches and groups assessed (one for a branch, each below a township). */
  units: z.number().int(),
  assessed: z.number().int(),
  assessedFen: z.number().int(),
  reduced: z.number().int(),
  already: z.number().int(),
  missingBase: z.array(z.object({ id: z.number().int(), name: z.string(), unitId: z.number().int() })),
});

export const paymentInput = z.strictObject({
  memberId: idInput,
  amountFen: positiveFen,
  /** The months paid for; none: the oldest owed months first. */
  months: z.array(monthInput).max(9).optional(),
  paidOn: dayInput,
  payer: z.enum(['self', 'proxy']),
  proxyName: z.string().trim().max(40).default(''),
  /** What is paid over what the months owe: refused, or recorded as a voluntary extra. */
  over: z.enum(['refuse', 'extra']).default('refuse'),
  /** The form's key (made when the form opened): the same payment sent again is recorded once. */
  requestKey: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
  note: noteInput.default(''),
});
export const voidInput = z.strictObject({ id: idInput, note: noteInput.min(2) });
export const paymentResult = z.object({ id: z.number().int(), receiptNo: z.string() });

export const receipt = z.object({
  id: z.number().int(),
  receiptNo: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  memberId: z.number().int(),
  memberName: z.string(),
  amountFen: z.number().int(),
  extraFen: z.number().int(),
  lines: z.array(z.object({ month: z.string(), fen: z.number().int() })),
  paidOn: z.string(),
  payer: z.enum(['self', 'proxy']),
  proxyName: z.string(),
  recordedBy: z.string().nullable(),
  note: z.string(),
  /** Whether its ledger lines have been reversed (the payment taken back). */
  reversed: z.boolean(),
});

export const entryFilter = z.strictObject({
  unitId: idInput,
  month: monthInput.optional(),
  kind: z.enum(entryKinds).optional(),
  memberId: idInput.optional(),
  // A page is read by offset, at most a million entries in (a branch writes a few thousand a year).
  page: z.number().int().min(1).max(5_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(20),
  order: z.enum(['ascend', 'descend']).default('descend'),
});
export const entryRow = z.object({
  seq: z.number().int(),
  kind: z.enum(entryKinds),
  memberId: z.number().int().nullable(),
  memberName: z.string().nullable(),
  month: z.string(),
  amountFen: z.number().int(),
  on: z.string(),
  reversesSeq: z.number().int().nullable(),
  reversedBySeq: z.number().int().nullable(),
  counterpartUnitId: z.number().int().nullable(),
  counterpartName: z.string().nullable(),
  receiptNo: z.string().nullable(),
  actorName: z.string().nullable(),
  note: z.string(),
  at: z.string(),
  hash: z.string(),
});

export const correctInput = z.strictObject({ unitId: idInput, seq: idInput, note: noteInput.min(2) });
export const closeInput = z.strictObject({ unitId: idInput, month: monthInput, note: noteInput.default('') });

export const chainVerdict = z.union([
  z.object({ unitId: z.number().int(), unitName: z.string(), ok: z.literal(true), entries: z.number().int() }),
  z.object({
    unitId: z.number().int(),
    unitName: z.string(),
    ok: z.literal(false),
    seq: z.number().int(),
    reason: z.enum(['content', 'link', 'sequence', 'end']),
  }),
]);
export const verifyInput = z.strictObject({ unitId: idInput, subtree: z.boolean().default(false) });
export const verifyResult = z.object({
  units: z.number().int(),
  entries: z.number().int(),
  broken: z.array(chainVerdict),
  /** Units whose running totals are not their entries' sums (reports read the totals). */
  totalsOff: z.array(z.object({ unitId: z.number().int(), unitName: z.string() })),
  ms: z.number().int(),
});

export const statementInput = z.strictObject({
  memberId: idInput,
  year: z.number().int().min(2008).max(2100).optional(),
});
export const statementMonth = z.object({
  month: z.string(),
  assessedFen: z.number().int(),
  reducedFen: z.number().int(),
  paidFen: z.number().int(),
  extraFen: z.number().int(),
  leftFen: z.number().int(),
});
export const statement = z.object({
  member: z.object({ id: z.number().int(), name: z.string(), unitId: z.number().int(), unitName: z.string() }),
  base: baseRow.nullable(),
  months: z.array(statementMonth),
  arrears: z.object({
    months: z.array(z.object({ month: z.string(), leftFen: z.number().int() })),
    totalFen: z.number().int(),
    flagged: z.boolean(),
  }),
  payments: z.array(
    receipt.pick({ id: true, receiptNo: true, amountFen: true, paidOn: true, payer: true, reversed: true }),
  ),
});

export const duesMemberFilter = z.strictObject({
  unitId: idInput,
  q: z.string().trim().max(40).optional(),
  /** Only members six or more months behind. */
  flagged: z.boolean().optional(),
  sort: z.enum(['name', 'arrears']).default('name'),
  order: z.enum(['ascend', 'descend']).default('ascend'),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(20),
});
export const duesMemberRow = z.object({
  id: z.number().int(),
  name: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  stage: z.string(),
  category: z.enum(duesCategories).nullable(),
  baseFen: z.number().int().nullable(),
  /** What the base in force makes a month now (null: no base). */
  dueFen: z.number().int().nullable(),
  /** The current month: assessed, paid, left. */
  assessedFen: z.number().int(),
  paidFen: z.number().int(),
  leftFen: z.number().int(),
  /** Before the current month: what is unpaid, over how many months; flagged at six. */
  arrearsFen: z.number().int(),
  arrearsMonths: z.number().int(),
  flagged: z.boolean(),
});

export const proposeHardshipInput = z.strictObject({
  memberId: idInput,
  fromMonth: monthInput,
  toMonth: monthInput,
  /** What the member pays a month while it holds; 0 waives the dues. */
  payFen: fenInput,
  reason: z.string().trim().min(2).max(200),
});
export const decideHardshipInput = z.strictObject({ id: idInput, approve: z.boolean(), answer: noteInput.default('') });
export const hardshipStates = ['proposed', 'approved', 'declined'] as const;
export const hardshipFilter = z.strictObject({
  unitId: idInput,
  state: z.enum(hardshipStates).optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(20),
});
export const hardshipRow = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  memberId: z.number().int(),
  memberName: z.string(),
  fromMonth: z.string(),
  toMonth: z.string(),
  payFen: z.number().int(),
  reason: z.string(),
  state: z.enum(hardshipStates),
  proposedAt: z.string(),
  decidedAt: z.string().nullable(),
  answer: z.string(),
  /** Whether the caller decides it: proposed, and the caller holds dues.approve above its branch. */
  canDecide: z.boolean(),
});

export const remitInput = z.strictObject({
  unitId: idInput,
  /** The month collected for. */
  period: monthInput,
  amountFen: positiveFen,
  sentOn: dayInput,
  note: noteInput.default(''),
});
export const receiveInput = z.strictObject({
  id: idInput,
  receivedFen: fenInput,
  receivedOn: dayInput,
  note: noteInput.default(''),
});
export const remittanceFilter = z.strictObject({
  unitId: idInput,
  direction: z.enum(['sent', 'received']).default('sent'),
  period: monthInput.optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(20),
});
export const remittanceRow = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  toUnitId: z.number().int(),
  /** Null when the receiving unit lies outside the caller's scope (a township reading what it sent up). */
  toUnitName: z.string().nullable(),
  period: z.string(),
  amountFen: z.number().int(),
  sentOn: z.string(),
  receivedFen: z.number().int().nullable(),
  receivedOn: z.string().nullable(),
  /** Received less sent, once received. */
  differenceFen: z.number().int().nullable(),
  note: z.string(),
});

export const periodInput = z.strictObject({ unitId: idInput, from: monthInput, to: monthInput });
export const reconciliationResult = z.object({
  unit: z.object({ id: z.number().int(), name: z.string() }),
  from: z.string(),
  to: z.string(),
  rows: z.array(
    z.object({
      childId: z.number().int(),
      childName: z.string(),
      sentFen: z.number().int(),
      receivedFen: z.number().int(),
      differenceFen: z.number().int(),
      /** Sent, not yet confirmed received. */
      unreceived: z.number().int(),
      /** Months of the period (ended) with nothing sent. */
      missing: z.array(z.string()),
    }),
  ),
  sentFen: z.number().int(),
  receivedFen: z.number().int(),
  differing: z.array(z.number().int()),
});
const figures = {
  assessedFen: z.number().int(),
  reducedFen: z.number().int(),
  paidFen: z.number().int(),
  leftFen: z.number().int(),
  collectedFen: z.number().int(),
  extraFen: z.number().int(),
  remittedFen: z.number().int(),
  receivedFen: z.number().int(),
};
export const summaryResult = z.object({
  unit: z.object({ id: z.number().int(), name: z.string(), kind: z.string() }),
  from: z.string(),
  to: z.string(),
  totals: z.object(figures),
  /** What the subtree collected (payments and extras) in each month of the period booked, in order. */
  collected: z.array(z.object({ month: z.string(), fen: z.number().int() })),
  /** Each child unit's subtree, for a unit with children. */
  children: z.array(z.object({ unitId: z.number().int(), name: z.string(), kind: z.string(), ...figures })),
  /** Each member's lines, for a branch or group. */
  members: z.array(
    z.object({
      memberId: z.number().int(),
      name: z.string(),
      assessedFen: z.number().int(),
      reducedFen: z.number().int(),
      paidFen: z.number().int(),
      leftFen: z.number().int(),
    }),
  ),
});

const cell = z.string().max(64);
export const baseImportInput = z.strictObject({
  unitId: idInput,
  /** The sheet's rows (header row 1), each once, its cells as text. */
  rows: z
    .array(
      z.strictObject({
        row: z.number().int().min(2).max(1_000_000),
        idNumber: cell,
        name: cell,
        category: cell,
        base: cell,
        effectiveFrom: cell,
      }),
    )
    .min(1)
    .max(2_000),
});
export const baseImportResult = z.object({
  imported: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), problem: z.enum(baseImportProblems) })),
});
