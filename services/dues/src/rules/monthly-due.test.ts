// The rule engine against worked examples of the rules of 2008 (every bracket's edge, a fen either side: 3,000.00 and
// 3,000.01 yuan; retirees at 5,000; farmers; students), the roundings, the rule set in force in a month, and properties
// over any base and any valid rule set: amounts are whole fen, never negative, never more than the base, and never
// fall as the base rises within a category.
import { type DuesCategory, duesCategories } from '@strata/contract';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inForce, monthlyDue } from './monthly-due';
import { type RuleSet, ruleSet } from './rule-set';
import { rules2008 } from './rules-2008';

const due = (category: DuesCategory, baseFen: number, setFen?: number) =>
  monthlyDue(rules2008, { category, baseFen, setFen });

describe('the rules of 2008', () => {
  // [category, base in fen, amount in fen]
  const examples: [DuesCategory, number, number][] = [
    ['salaried', 0, 0],
    ['salaried', 1, 0],
    ['salaried', 150_000, 750],
    // 2,999.99 yuan at 0.5 %: 14.99995, half up to 15.00.
    ['salaried', 299_999, 1_500],
    ['salaried', 300_000, 1_500],
    // One fen over 3,000: the whole base at 1 %.
    ['salaried', 300_001, 3_000],
    // 4,321.50 at 1 %: 43.215, half up to 43.22.
    ['salaried', 432_150, 4_322],
    ['salaried', 500_000, 5_000],
    ['salaried', 500_001, 7_500],
    ['salaried', 1_000_000, 15_000],
    ['salaried', 1_000_001, 20_000],
    ['salaried', 2_500_000, 50_000],
    ['annualSalary', 300_000, 1_500],
    ['annualSalary', 300_001, 3_000],
    ['selfEmployed', 800_000, 12_000],
    ['retired', 400_000, 2_000],
    ['retired', 500_000, 2_500],
    ['retired', 500_001, 5_000],
    ['retired', 800_000, 8_000],
    ['farmer', 0, 20],
    ['farmer', 5_000_000, 20],
    ['student', 0, 20],
    ['student', 300_000, 20],
  ];
  it.each(examples)('%s on a base of %i fen pays %i fen', (category, base, amount) => {
    expect(due(category, base)).toBe(amount);
  });

  it('lets a branch set a farmer’s amount within 0.20-1.00 yuan, and holds it to that range; a student’s is fixed', () => {
    expect(due('farmer', 0, 50)).toBe(50);
    expect(due('farmer', 0, 100)).toBe(100);
    expect(due('farmer', 0, 500)).toBe(100);
    expect(due('farmer', 0, 10)).toBe(20);
    expect(due('student', 0, 50)).toBe(20);
  });

  it('refuses a base or an amount that is no whole number of fen', () => {
    expect(() => due('salaried', 300_000.5)).toThrow(RangeError);
    expect(() => due('salaried', -1)).toThrow(RangeError);
    expect(() => due('farmer', 0, 20.5)).toThrow(RangeError);
  });

  it('is a valid rule set', () => {
    expect(ruleSet.parse(rules2008)).toEqual(rules2008);
  });
});

describe('rounding', () => {
  const rounded = (rounding: RuleSet['rounding'], base: number) =>
    monthlyDue({ ...rules2008, rounding }, { category: 'salaried', baseFen: base });
  it('rounds half up, down or up to the fen, and leaves a whole amount as it is', () => {
    expect([rounded('halfUp', 432_150), rounded('down', 432_150), rounded('up', 432_150)]).toEqual([
      4_322, 4_321, 4_322,
    ]);
    // 4,321.49 at 1 %: 43.2149.
    expect([rounded('halfUp', 432_149), rounded('down', 432_149), rounded('up', 432_149)]).toEqual([
      4_321, 4_321, 4_322,
    ]);
    expect([rounded('halfUp', 300_000), rounded('down', 300_000), rounded('up', 300_000)]).toEqual([
      1_500, 1_500, 1_500,
    ]);
  });
});

describe('the rule set in force in a month', () => {
  const later = { ...rules2008, effectiveFrom: '2025-01' };
  const sets = [later, rules2008];
  it('is the newest in force from that month or earlier; none before the first', () => {
    expect(inForce(sets, '2008-03')).toBeUndefined();
    expect(inForce(sets, '2008-04')).toBe(rules2008);
    expect(inForce(sets, '2024-12')).toBe(rules2008);
    expect(inForce(sets, '2025-01')).toBe(later);
    expect(inForce(sets, '2026-11')).toBe(later);
  });
});

describe('a rule set', () => {
  const with_ = (salaried: unknown) => ({ ...rules2008, categories: { ...rules2008.categories, salaried } });
  it('refuses brackets that do not rise, rates that fall, a bounded last bracket, fractions and a range without its default', () => {
    const refused = [
      with_({
        kind: 'brackets',
        brackets: [
          { upTo: 100, rateBp: 50 },
          { upTo: 100, rateBp: 60 },
          { upTo: null, rateBp: 70 },
        ],
      }),
      with_({
        kind: 'brackets',
        brackets: [
          { upTo: 100, rateBp: 60 },
          { upTo: null, rateBp: 50 },
        ],
      }),
      with_({ kind: 'brackets', brackets: [{ upTo: 100, rateBp: 50 }] }),
      with_({
        kind: 'brackets',
        brackets: [
          { upTo: null, rateBp: 50 },
          { upTo: null, rateBp: 60 },
        ],
      }),
      with_({ kind: 'brackets', brackets: [{ upTo: null, rateBp: 0.5 }] }),
      with_({ kind: 'fixed', fen: 20.5 }),
      with_({ kind: 'fixed', fen: 200, min: 20, max: 100 }),
      with_({ kind: 'fixed', fen: 20, min: 20 }),
      { ...rules2008, effectiveFrom: '2008-13' },
      { ...rules2008, rounding: 'nearest' },
    ];
    for (const set of refused) expect(ruleSet.safeParse(set).success, JSON.stringify(set)).toBe(false);
  });
});

/** Any valid rule set: rising brackets with rates that never fall, fixed amounts with or without a range. */
const anyRuleSet: fc.Arbitrary<RuleSet> = (() => {
  const brackets = fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 1, max: 100_000_000 }), { maxLength: 5 }),
      fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 6, maxLength: 6 }),
    )
    .map(([bounds, rates]) => {
      const ups = [...bounds].sort((a, b) => a - b);
      const sorted = [...rates].sort((a, b) => a - b);
      return {
        kind: 'brackets' as const,
        brackets: [...ups, null].map((upTo, i) => ({ upTo, rateBp: sorted[i] as number })),
      };
    });
  const fixed = fc
    .tuple(
      fc.integer({ min: 0, max: 10_000 }),
      fc.integer({ min: 0, max: 10_000 }),
      fc.integer({ min: 0, max: 10_000 }),
    )
    .map(([a, b, c]) => {
      const [min, fen, max] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
      return { kind: 'fixed' as const, fen, min, max };
    });
  const rule = fc.oneof(brackets, fixed);
  return fc.record({
    effectiveFrom: fc.constant('2008-04'),
    rounding: fc.constantFrom('halfUp' as const, 'down' as const, 'up' as const),
    categories: fc.record(
      Object.fromEntries(duesCategories.map((c) => [c, rule])) as Record<DuesCategory, typeof rule>,
    ),
  });
})();

describe('properties', () => {
  const base = fc.integer({ min: 0, max: 1_000_000_000 });
  const category = fc.constantFrom(...duesCategories);

  it('generates only valid rule sets (the properties below hold for what an admin may enter)', () => {
    fc.assert(fc.property(anyRuleSet, (set) => ruleSet.safeParse(set).success));
  });

  it('answers a whole, non-negative number of fen, never more than the base of a bracketed category', () => {
    fc.assert(
      fc.property(anyRuleSet, category, base, (set, c, b) => {
        const amount = monthlyDue(set, { category: c, baseFen: b });
        return Number.isSafeInteger(amount) && amount >= 0 && (set.categories[c].kind === 'fixed' || amount <= b);
      }),
    );
  });

  it('never asks less of a higher base within a category', () => {
    fc.assert(
      fc.property(anyRuleSet, category, base, base, (set, c, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        return monthlyDue(set, { category: c, baseFen: low }) <= monthlyDue(set, { category: c, baseFen: high });
      }),
    );
    // And the rules of 2008 in particular, over every base up to 20,000 yuan.
    fc.assert(
      fc.property(category, fc.integer({ min: 0, max: 2_000_000 }), fc.nat({ max: 10_000 }), (c, b, step) => {
        return due(c, b) <= due(c, b + step);
      }),
    );
  });
});
