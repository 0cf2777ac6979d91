// A member's months: owed from the month of admission, under the base and the rules in force in each month (a raise
// from its month on, a new rule set from its month on, earlier months unchanged); the months a payment may cover (six
// back, the quarter ahead); arrears oldest first with what is left of each, flagged at six months.
import { describe, expect, it } from 'vitest';
import { arrearsIn, type DeclaredBase, dueFor, monthNumber, monthText, payableIn } from './member-month';
import type { RuleSet } from './rule-set';
import { rules2008 } from './rules-2008';

const bases: DeclaredBase[] = [
  { effectiveFrom: '2025-03', category: 'salaried', baseFen: 280_000 },
  // A raise first received in September 2025.
  { effectiveFrom: '2025-09', category: 'salaried', baseFen: 450_000 },
];
// A later rule set from 2026: 0.4 % up to 3,000 (the others as in 2008).
const rules2026: RuleSet = {
  ...rules2008,
  effectiveFrom: '2026-01',
  categories: {
    ...rules2008.categories,
    salaried: {
      kind: 'brackets',
      brackets: [
        { upTo: 300_000, rateBp: 40 },
        { upTo: 500_000, rateBp: 90 },
        { upTo: null, rateBp: 200 },
      ],
    },
  },
};
const member = { admittedMonth: '2025-04', bases };
const owed = (month: string, sets: readonly RuleSet[] = [rules2008, rules2026]) => {
  const due = dueFor(month, member, sets);
  return due.due === null ? due.why : due.due;
};

describe('what a member owes for a month', () => {
  it('is nothing before admission or before a base was declared, and nothing without a rule set in force', () => {
    expect(owed('2025-03')).toBe('notAdmitted');
    expect(dueFor('2025-06', { admittedMonth: null, bases }, [rules2008]).due).toBeNull();
    expect(dueFor('2025-04', { admittedMonth: '2025-01', bases: [] }, [rules2008])).toEqual({
      due: null,
      why: 'noBase',
    });
    expect(dueFor('2008-03', { admittedMonth: '2000-01', bases }, [rules2008])).toEqual({ due: null, why: 'noBase' });
    expect(dueFor('2025-06', member, [])).toEqual({ due: null, why: 'noRules' });
  });

  it('follows the base in force each month and the rules in force each month; earlier months keep theirs', () => {
    // 2,800 yuan at 0.5 % from admission; 4,500 at 1 % from the raise; 4,500 at 0.9 % under the 2026 rules.
    expect(['2025-04', '2025-08', '2025-09', '2025-12', '2026-01'].map((m) => owed(m))).toEqual([
      1_400, 1_400, 4_500, 4_500, 4_050,
    ]);
    // A rule set added later does not move the months before it.
    expect(owed('2025-12', [rules2008])).toBe(owed('2025-12'));
  });
});

describe('the months a payment may cover', () => {
  it('reaches six months back and the quarter ahead, across a year’s end', () => {
    expect(payableIn('2026-02', '2025-08')).toBe(true);
    expect(payableIn('2026-02', '2025-07')).toBe(false);
    expect(payableIn('2026-02', '2026-04')).toBe(true);
    expect(payableIn('2026-02', '2026-05')).toBe(false);
    expect(payableIn('2025-12', '2026-02')).toBe(true);
  });

  it('counts months as numbers and back', () => {
    expect(monthNumber('2026-01') - monthNumber('2025-12')).toBe(1);
    expect(monthText(monthNumber('2025-12') + 1)).toBe('2026-01');
    expect(monthText(monthNumber('2026-03'))).toBe('2026-03');
  });
});

describe('arrears', () => {
  const months = (from: string, count: number) =>
    Array.from({ length: count }, (_, i) => monthText(monthNumber(from) + i));
  it('lists the past months not paid in full, oldest first, with what is left, and flags six of them', () => {
    const owedMap = new Map(months('2025-07', 8).map((m) => [m, 1_500]));
    const paidMap = new Map([
      ['2025-07', 1_500],
      ['2025-08', 1_000],
      ['2025-10', 2_000],
    ]);
    const behind = arrearsIn(owedMap, paidMap, '2026-02');
    expect(behind.months).toEqual([
      { month: '2025-08', leftFen: 500 },
      { month: '2025-09', leftFen: 1_500 },
      { month: '2025-11', leftFen: 1_500 },
      { month: '2025-12', leftFen: 1_500 },
      { month: '2026-01', leftFen: 1_500 },
    ]);
    expect(behind.totalFen).toBe(6_500);
    expect(behind.flagged).toBe(false);
    // The current month is not behind yet; one more unpaid past month makes six.
    expect(arrearsIn(owedMap, paidMap, '2026-03').flagged).toBe(true);
    expect(arrearsIn(new Map(), new Map(), '2026-03')).toEqual({ months: [], totalFen: 0, flagged: false });
  });
});
