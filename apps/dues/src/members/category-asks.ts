// What a dues category asks a base form for in a month, from the rule set in force then: a base (a bracketed rate),
// an amount the branch sets within the rule's range (farmers), or nothing (a fixed amount).
import type { DuesCategoryCode } from '../common/api-types';

/** What a category asks for in a month: a base, an amount set within a range, or nothing (a fixed amount). */
export type CategoryAsks =
  | { kind: 'base' }
  | { kind: 'set'; min: number; max: number; fen: number }
  | { kind: 'fixed'; fen: number };

type Rule = { kind: 'brackets' } | { kind: 'fixed'; fen: number; min?: number | undefined; max?: number | undefined };
type RuleSetLike = { effectiveFrom: string; categories: Record<DuesCategoryCode, Rule> };

/** Before the rules have come: the rules of 2008 (farmers set between 0.20 and 1.00 yuan, students pay 0.20). */
const assumed: Partial<Record<DuesCategoryCode, CategoryAsks>> = {
  farmer: { kind: 'set', min: 20, max: 100, fen: 20 },
  student: { kind: 'fixed', fen: 20 },
};

/** What `category` asks for in `month` under the newest rule set in force then. */
export function categoryAsks(
  sets: readonly RuleSetLike[] | undefined,
  month: string,
  category: DuesCategoryCode,
): CategoryAsks {
  let found: RuleSetLike | undefined;
  for (const set of sets ?? [])
    if (set.effectiveFrom <= month && (!found || set.effectiveFrom > found.effectiveFrom)) found = set;
  const rule = found?.categories[category];
  if (!rule) return assumed[category] ?? { kind: 'base' };
  if (rule.kind === 'brackets') return { kind: 'base' };
  if (rule.min !== undefined && rule.max !== undefined)
    return { kind: 'set', min: rule.min, max: rule.max, fen: rule.fen };
  return { kind: 'fixed', fen: rule.fen };
}
