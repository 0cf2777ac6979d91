// A dues rule set: from which month it is in force, and per category how a member's monthly amount follows from what
// they declared. Everything is integer: amounts and bases in fen, rates in basis points (1/10,000: 0.5 % is 50), so
// no fraction ever touches money. A bracketed category charges the WHOLE base at the rate of the bracket it falls in
// (not marginally, as the 2008 rules say); a fixed category charges one amount, or one the branch sets per member
// within a range (farmers: 0.20-1.00 yuan). Rule sets are versioned: a month is assessed under the newest set in
// force in it, so past months keep the rules they were assessed under when a new set comes.
import { type DuesCategory, duesCategories } from '@strata/contract';
import { z } from 'zod';

/** The highest base a bracket takes, in fen (inclusive); null: no upper bound (the last bracket). */
const fen = z.number().int().nonnegative().max(1_000_000_000);
const basisPoints = z.number().int().min(0).max(10_000);

const bracket = z.strictObject({ upTo: fen.nullable(), rateBp: basisPoints });

const bracketed = z
  .strictObject({ kind: z.literal('brackets'), brackets: z.array(bracket).min(1).max(20) })
  .refine((rule) => rule.brackets.at(-1)?.upTo === null, { message: 'the last bracket has no upper bound' })
  .refine((rule) => rule.brackets.slice(0, -1).every((b) => b.upTo !== null), {
    message: 'only the last bracket is unbounded',
  })
  .refine(
    (rule) => rule.brackets.every((b, i) => i === 0 || (rule.brackets[i - 1]?.upTo ?? Infinity) < (b.upTo ?? Infinity)),
    { message: 'brackets rise' },
  )
  // A higher base never pays less: the rates do not fall from one bracket to the next.
  .refine((rule) => rule.brackets.every((b, i) => i === 0 || (rule.brackets[i - 1]?.rateBp ?? 0) <= b.rateBp), {
    message: 'rates do not fall',
  });

const fixed = z
  .strictObject({
    kind: z.literal('fixed'),
    /** The amount when the branch set none. */
    fen,
    /** The range a branch may set a member's amount within (both or neither). */
    min: fen.optional(),
    max: fen.optional(),
  })
  .refine((rule) => (rule.min === undefined) === (rule.max === undefined), { message: 'a range has both ends' })
  .refine((rule) => rule.min === undefined || (rule.min <= rule.fen && rule.fen <= (rule.max ?? rule.fen)), {
    message: 'the default lies in the range',
  });

export const categoryRule = z.union([bracketed, fixed]);
export type CategoryRule = z.output<typeof categoryRule>;

/** How a bracketed amount is rounded to the fen: half up (the default), always down, or always up. */
export const roundings = ['halfUp', 'down', 'up'] as const;
export type Rounding = (typeof roundings)[number];

/** A calendar month, YYYY-MM. */
export const monthInput = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const ruleSet = z.strictObject({
  /** The first month it is in force. */
  effectiveFrom: monthInput,
  rounding: z.enum(roundings),
  categories: z.strictObject(
    Object.fromEntries(duesCategories.map((c) => [c, categoryRule])) as Record<DuesCategory, typeof categoryRule>,
  ),
});
export type RuleSet = z.output<typeof ruleSet>;
