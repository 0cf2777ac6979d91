// A member's dues for one month, from the rule set in force then: integer arithmetic only (BigInt for the product of
// a base and a rate, so no intermediate is ever a fraction), the result a whole number of fen.
import type { DuesCategory } from '@strata/contract';
import type { CategoryRule, Rounding, RuleSet } from './rule-set';

/** What a member declared for the month: their base in fen, or, for a fixed category, the amount their branch set. */
export type Declared = { category: DuesCategory; baseFen: number; setFen?: number | null };

const divide = (numerator: bigint, denominator: bigint, rounding: Rounding): bigint => {
  const whole = numerator / denominator; // whole numbers: BigInt division truncates
  const rest = numerator % denominator;
  if (rest === 0n || rounding === 'down') return whole;
  if (rounding === 'up') return whole + 1n;
  return rest * 2n >= denominator ? whole + 1n : whole;
};

/** The rate (basis points) of the bracket a base falls in: the first whose upper bound it does not pass. */
export function bracketRate(rule: Extract<CategoryRule, { kind: 'brackets' }>, baseFen: number): number {
  const found = rule.brackets.find((b) => b.upTo === null || baseFen <= b.upTo);
  if (!found) throw new RangeError('a rule set without an unbounded last bracket');
  return found.rateBp;
}

/** The month's amount in fen. A base or set amount that is no whole number of fen, or negative, is refused. */
export function monthlyDue(rules: RuleSet, declared: Declared): number {
  const rule = rules.categories[declared.category];
  if (rule.kind === 'fixed') {
    const set = declared.setFen;
    // Only a rule with a range lets the branch set the amount; outside the range, it is held to it.
    if (set === undefined || set === null || rule.min === undefined || rule.max === undefined) return rule.fen;
    if (!Number.isSafeInteger(set) || set < 0) throw new RangeError('an amount is a whole number of fen');
    return Math.min(rule.max, Math.max(rule.min, set));
  }
  const base = declared.baseFen;
  if (!Number.isSafeInteger(base) || base < 0) throw new RangeError('a base is a whole number of fen');
  return Number(divide(BigInt(base) * BigInt(bracketRate(rule, base)), 10_000n, rules.rounding));
}

/** What is in force in `month` (YYYY-MM) of versions each in force from a month (rule sets, a member's bases): the
 * newest in force from it or earlier; none before the first. */
export function inForce<T extends Pick<RuleSet, 'effectiveFrom'>>(sets: readonly T[], month: string): T | undefined {
  let found: T | undefined;
  for (const set of sets)
    if (set.effectiveFrom <= month && (found === undefined || set.effectiveFrom > found.effectiveFrom)) found = set;
  return found;
}
