// A version of the rules as the form edits it and as the server takes it: amounts as yuan text (parseYuan), rates as
// percentage text (parseRate, to whole basis points), the last bracket without bound. The form starts from the newest
// version; the server's field errors (paths into the rule set) are put on the fields that hold them.
import { duesCategories, formatFen, parseYuan } from '@strata/contract';
import type { CategoryRule, DuesCategoryCode, NewRuleSet, Rounding, RuleSetRow } from '../common/api-types';
import { formatRate, parseRate } from '../common/rate';

export type BracketValues = { upTo: string; rate: string };
export type CategoryValues = {
  kind: CategoryRule['kind'];
  brackets: BracketValues[];
  fen: string;
  min: string;
  max: string;
};
export type RuleFormValues = {
  effectiveFrom: string;
  rounding: Rounding;
  note: string;
  categories: Record<DuesCategoryCode, CategoryValues>;
};

/** The most brackets a category takes (the server's schema). */
export const maxBrackets = 20;

const yuanField = (fen: number | null | undefined) =>
  fen === null || fen === undefined ? '' : formatFen(fen, { grouped: false });

function categoryValues(rule: CategoryRule | undefined): CategoryValues {
  if (!rule) return { kind: 'brackets', brackets: [{ upTo: '', rate: '' }], fen: '', min: '', max: '' };
  if (rule.kind === 'brackets')
    return {
      kind: 'brackets',
      brackets: rule.brackets.map((b) => ({ upTo: yuanField(b.upTo), rate: formatRate(b.rateBp) })),
      fen: '',
      min: '',
      max: '',
    };
  return {
    kind: 'fixed',
    brackets: [{ upTo: '', rate: '' }],
    fen: yuanField(rule.fen),
    min: yuanField(rule.min),
    max: yuanField(rule.max),
  };
}

/** The form's first values: the newest version's rules, from `month`. */
export function ruleFormValues(latest: RuleSetRow | undefined, month: string): RuleFormValues {
  return {
    effectiveFrom: month,
    rounding: latest?.rounding ?? 'halfUp',
    note: '',
    categories: Object.fromEntries(
      duesCategories.map((c) => [c, categoryValues(latest?.categories[c])]),
    ) as RuleFormValues['categories'],
  };
}

function categoryRule(values: CategoryValues): CategoryRule | null {
  if (values.kind === 'brackets') {
    const last = values.brackets.length - 1;
    const brackets = values.brackets.map((b, i) => ({
      upTo: i === last ? null : parseYuan(b.upTo),
      rateBp: parseRate(b.rate),
    }));
    if (brackets.length === 0 || brackets.some((b, i) => b.rateBp === null || (i < last && b.upTo === null)))
      return null;
    return { kind: 'brackets', brackets: brackets as { upTo: number | null; rateBp: number }[] };
  }
  const fen = parseYuan(values.fen);
  if (fen === null) return null;
  if (!values.min.trim() && !values.max.trim()) return { kind: 'fixed', fen };
  const min = parseYuan(values.min);
  const max = parseYuan(values.max);
  if (min === null || max === null) return null;
  return { kind: 'fixed', fen, min, max };
}

/** The rule set the form says, or null while a field cannot be read (the form's rules say which). */
export function ruleSetOf(values: RuleFormValues): NewRuleSet | null {
  const categories: Partial<Record<DuesCategoryCode, CategoryRule>> = {};
  for (const c of duesCategories) {
    const rule = categoryRule(values.categories[c]);
    if (!rule) return null;
    categories[c] = rule;
  }
  return {
    effectiveFrom: values.effectiveFrom,
    rounding: values.rounding,
    note: values.note.trim(),
    categories: categories as NewRuleSet['categories'],
  };
}

/**
 * The form field a server's error path names (`categories.salaried.brackets.1.rateBp` is the second bracket's rate
 * field): a bracket's bound or rate, a fixed amount or an end of its range; anything else of a category (a rule that
 * is not one: brackets that do not rise, a range with one end) goes on its kind.
 */
export function ruleFieldPath(serverPath: string): (string | number)[] {
  const parts = serverPath.split('.');
  if (parts[0] !== 'categories' || parts.length < 2) return parts;
  const category = parts[1] as string;
  const kind = ['categories', category, 'kind'];
  const [, , part, index, field] = parts;
  if (part === 'brackets' && index !== undefined && /^\d+$/.test(index) && (field === 'upTo' || field === 'rateBp'))
    return ['categories', category, 'brackets', Number(index), field === 'rateBp' ? 'rate' : 'upTo'];
  if (part === 'fen' || part === 'min' || part === 'max') return ['categories', category, part];
  return kind;
}
