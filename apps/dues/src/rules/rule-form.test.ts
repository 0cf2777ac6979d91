// A version of the rules between the form and the server: rates typed as percentages become whole basis points (no
// float), bounds whole fen, the last bracket unbounded; a fixed amount with or without its range; the newest version
// read back into the form; the server's error paths put on the fields that hold them; a rule in words.
import { describe, expect, it } from 'vitest';
import type { RuleSetRow } from '../common/api-types';
import { testI18n } from '../testing/render';
import { ruleFieldPath, ruleFormValues, ruleSetOf } from './rule-form';
import { ruleLines } from './rule-lines';

const pay = {
  kind: 'brackets' as const,
  brackets: [
    { upTo: 300_000, rateBp: 50 },
    { upTo: 500_000, rateBp: 100 },
    { upTo: 1_000_000, rateBp: 150 },
    { upTo: null, rateBp: 200 },
  ],
};
const rules2008: RuleSetRow = {
  id: 1,
  effectiveFrom: '2008-04',
  rounding: 'halfUp',
  categories: {
    salaried: pay,
    annualSalary: pay,
    selfEmployed: pay,
    retired: {
      kind: 'brackets',
      brackets: [
        { upTo: 500_000, rateBp: 50 },
        { upTo: null, rateBp: 100 },
      ],
    },
    farmer: { kind: 'fixed', fen: 20, min: 20, max: 100 },
    student: { kind: 'fixed', fen: 20 },
  },
  note: '',
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('a version of the rules in the form', () => {
  it('starts from the newest version, amounts as yuan and rates as percentages', () => {
    const values = ruleFormValues(rules2008, '2027-01');
    expect(values.effectiveFrom).toBe('2027-01');
    expect(values.categories.salaried.brackets).toEqual([
      { upTo: '3000.00', rate: '0.5' },
      { upTo: '5000.00', rate: '1' },
      { upTo: '10000.00', rate: '1.5' },
      { upTo: '', rate: '2' },
    ]);
    expect(values.categories.farmer).toMatchObject({ kind: 'fixed', fen: '0.20', min: '0.20', max: '1.00' });
    expect(values.categories.student).toMatchObject({ kind: 'fixed', fen: '0.20', min: '', max: '' });
  });

  it('reads back as the same rule set, and a changed rate as whole basis points', () => {
    const values = ruleFormValues(rules2008, '2027-01');
    expect(ruleSetOf(values)).toEqual({
      effectiveFrom: '2027-01',
      rounding: 'halfUp',
      note: '',
      categories: rules2008.categories,
    });
    values.categories.salaried.brackets[1] = { upTo: '6,000', rate: '1.25' };
    values.categories.retired = { kind: 'fixed', brackets: [], fen: '1', min: '', max: '' };
    // The last bracket takes no bound, whatever its field held.
    values.categories.selfEmployed.brackets[3] = { upTo: '99999', rate: '2' };
    const read = ruleSetOf({ ...values, note: ' 2027 年起 ' });
    expect(read?.categories.salaried).toEqual({
      kind: 'brackets',
      brackets: [
        { upTo: 300_000, rateBp: 50 },
        { upTo: 600_000, rateBp: 125 },
        { upTo: 1_000_000, rateBp: 150 },
        { upTo: null, rateBp: 200 },
      ],
    });
    expect(read?.categories.selfEmployed).toEqual(pay);
    expect(read?.categories.retired).toEqual({ kind: 'fixed', fen: 100 });
    expect(read?.note).toBe('2027 年起');
  });

  it('reads nothing while a rate or an amount cannot be read', () => {
    const values = ruleFormValues(rules2008, '2027-01');
    values.categories.annualSalary.brackets[0] = { upTo: '3000', rate: '1.255' };
    expect(ruleSetOf(values)).toBeNull();
    const range = ruleFormValues(rules2008, '2027-01');
    range.categories.farmer.max = 'abc';
    expect(ruleSetOf(range)).toBeNull();
  });

  it("puts the server's field errors on the fields that hold them", () => {
    expect(ruleFieldPath('categories.salaried.brackets.1.rateBp')).toEqual([
      'categories',
      'salaried',
      'brackets',
      1,
      'rate',
    ]);
    expect(ruleFieldPath('categories.retired.brackets.0.upTo')).toEqual([
      'categories',
      'retired',
      'brackets',
      0,
      'upTo',
    ]);
    expect(ruleFieldPath('categories.farmer.max')).toEqual(['categories', 'farmer', 'max']);
    expect(ruleFieldPath('categories.farmer')).toEqual(['categories', 'farmer', 'kind']);
    expect(ruleFieldPath('categories.salaried.brackets')).toEqual(['categories', 'salaried', 'kind']);
    expect(ruleFieldPath('effectiveFrom')).toEqual(['effectiveFrom']);
  });

  it('says a rule in words, in both languages', () => {
    const zh = testI18n('zh-CN').t;
    expect(ruleLines(pay, zh)).toEqual([
      '≤ 3,000.00 元：0.5 %',
      '≤ 5,000.00 元：1 %',
      '≤ 10,000.00 元：1.5 %',
      '> 10,000.00 元：2 %',
    ]);
    expect(ruleLines({ kind: 'brackets', brackets: [{ upTo: null, rateBp: 125 }] }, zh)).toEqual(['全部基数：1.25 %']);
    expect(ruleLines(rules2008.categories.farmer, zh)).toEqual([
      '每月 0.20 至 1.00 元，由支部确定（未确定按 0.20 元）',
    ]);
    expect(ruleLines(rules2008.categories.student, testI18n('en-US').t)).toEqual(['¥0.20 a month']);
  });
});
