// A category's rule in words: each bracket as "≤ 3,000.00 元: 0.5 %" (the last as above the one before), or the fixed
// amount, or the range the branch sets it within.
import { formatFen } from '@strata/contract';
import type { TFunction } from 'i18next';
import type { CategoryRule } from '../common/api-types';
import { formatRate } from '../common/rate';

export function ruleLines(rule: CategoryRule, t: TFunction): string[] {
  if (rule.kind === 'fixed')
    return [
      rule.min !== undefined && rule.max !== undefined
        ? t('dues:rules.fixedRange', {
            min: formatFen(rule.min),
            max: formatFen(rule.max),
            amount: formatFen(rule.fen),
          })
        : t('dues:rules.fixed', { amount: formatFen(rule.fen) }),
    ];
  return rule.brackets.map((bracket, i) => {
    const rate = formatRate(bracket.rateBp);
    if (bracket.upTo !== null) return t('dues:rules.bracket', { upTo: formatFen(bracket.upTo), rate });
    const before = rule.brackets[i - 1]?.upTo;
    return before === undefined || before === null
      ? t('dues:rules.bracketAll', { rate })
      : t('dues:rules.bracketAbove', { from: formatFen(before), rate });
  });
}
