// The dues team's service (issue 11). So far its rule engine: rule sets, the rules of 2008, a member's monthly amount.
export { type Declared, monthlyDue, ruleSetFor } from './rules/monthly-due';
export { type CategoryRule, type RuleSet, ruleSet } from './rules/rule-set';
export { rules2008 } from './rules/rules-2008';
