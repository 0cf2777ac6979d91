// @vitest-environment happy-dom
// The rules against a mocked API: every version, the newest first, the one in force marked, each category's rule in
// words; a version is added only by whoever holds dues.rules at the top unit, from the newest version's rules, a rate
// typed as a percentage sent as whole basis points, a rate with three decimals refused in the form, and the server's
// error on a bracket shown on that bracket's field.
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NewRuleSet, RuleSetRow } from '../common/api-types';
import { branch, testUnits, township } from '../testing/fixtures';
import { accessOf, settle } from '../testing/render';
import {
  type Answers,
  byTestId,
  loadDialogs,
  refusal,
  renderWithApi,
  typeInto,
  until,
} from '../testing/render-with-api';
import { RulesPage } from './rules-page';

beforeAll(async () => {
  await loadDialogs();
  await import('./add-rules-modal');
}, 60_000);

const top = 1;
const units = [
  { id: top, parentId: null, kind: 'municipality', name: '市委', path: '/1/', depth: 0, archivedAt: null },
  ...testUnits,
];

const pay = {
  kind: 'brackets' as const,
  brackets: [
    { upTo: 300_000, rateBp: 50 },
    { upTo: null, rateBp: 100 },
  ],
};
const version = (id: number, effectiveFrom: string): RuleSetRow => ({
  id,
  effectiveFrom,
  rounding: 'halfUp',
  categories: {
    salaried: pay,
    annualSalary: pay,
    selfEmployed: pay,
    retired: pay,
    farmer: { kind: 'fixed', fen: 20, min: 20, max: 100 },
    student: { kind: 'fixed', fen: 20 },
  },
  note: id === 2 ? '按新规定调整' : '',
  createdAt: '2026-01-01T00:00:00.000Z',
});
// One version in force, one to come.
const versions = [version(1, '2008-04'), version(2, '2099-01')];

async function openRules(answers: Answers, allowed: Record<string, number[]>) {
  const drawn = renderWithApi(<RulesPage />, {
    answers: { 'dues.rules.list': () => versions, 'identity.units.tree': () => units, ...answers },
    at: '/dues/rules',
    route: '/dues/rules',
    access: accessOf({ 'dues.read': [top, township, branch], ...allowed }, township),
  });
  await until(() => byTestId('rules-2008-04-farmer') !== null, 'the rules');
  await until(() => drawn.calls.some((c) => c.path === 'identity.units.tree'), 'the units');
  await settle(20);
  return drawn;
}

const click = (testId: string) => act(() => byTestId(testId)?.click());
const fieldError = (testId: string) =>
  byTestId(testId)?.closest('.ant-form-item')?.querySelector('.ant-form-item-explain')?.textContent ?? '';

describe('the rules', { timeout: 30_000 }, () => {
  it('shows every version, the newest first, the one in force marked, each rule in words', async () => {
    await openRules({}, {});
    const cards = [...document.querySelectorAll('[data-testid^="rules-version-"]')].map((c) =>
      c.getAttribute('data-testid'),
    );
    expect(cards).toEqual(['rules-version-2099-01', 'rules-version-2008-04']);
    expect(byTestId('rules-version-2008-04')?.textContent).toContain('现行');
    expect(byTestId('rules-version-2099-01')?.textContent).not.toContain('现行');
    expect(byTestId('rules-version-2099-01')?.textContent).toContain('按新规定调整');
    expect(byTestId('rules-2008-04-salaried')?.textContent).toBe('≤ 3,000.00 元：0.5 %> 3,000.00 元：1 %');
    expect(byTestId('rules-2008-04-student')?.textContent).toBe('每月 0.20 元');
  });

  it('offers a new version only to whoever holds dues.rules at the top unit', async () => {
    await openRules({}, { 'dues.rules': [township, branch] });
    expect(byTestId('rules-add')).toBeNull();
    document.body.innerHTML = '';
    await openRules({}, { 'dues.rules': [top] });
    expect(byTestId('rules-add')?.getAttribute('data-unit')).toBe(String(top));
  });

  it('sends rates as whole basis points, refuses three decimals, and shows the server’s error on its field', async () => {
    let refuse = true;
    const drawn = await openRules(
      {
        'dues.rules.add': () => {
          if (refuse)
            throw refusal('输入有误', 'BAD_REQUEST', {
              'categories.retired.brackets.1.rateBp': ['比例不能低于上一档'],
            });
          return { id: 3 };
        },
      },
      { 'dues.rules': [top] },
    );
    click('rules-add');
    await until(() => byTestId('rules-form-month') !== null, 'the form');
    // After the newest version: its next month.
    expect(byTestId<HTMLInputElement>('rules-form-month')?.value).toBe('2099-02');
    expect(byTestId<HTMLInputElement>('rules-form-salaried-rate-0')?.value).toBe('0.5');
    typeInto('rules-form-salaried-rate-0', '1.255');
    click('rules-form-save');
    await settle(50);
    await until(() => fieldError('rules-form-salaried-rate-0').includes('最多两位小数'), 'three decimals refused');
    typeInto('rules-form-salaried-rate-0', '1.5');
    await settle(20);
    click('rules-form-save');
    await until(() => fieldError('rules-form-salaried-rate-1') === '比例不能低于上一档', 'a falling rate refused');

    typeInto('rules-form-salaried-rate-0', '0.75');
    click('rules-form-save');
    await until(
      () => fieldError('rules-form-retired-rate-1') === '比例不能低于上一档',
      'the server’s error on its field',
    );
    const sent = drawn.calls.filter((c) => c.path === 'dues.rules.add').map((c) => c.input as NewRuleSet);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.effectiveFrom).toBe('2099-02');
    expect(sent[0]?.categories.salaried).toEqual({
      kind: 'brackets',
      brackets: [
        { upTo: 300_000, rateBp: 75 },
        { upTo: null, rateBp: 100 },
      ],
    });
    expect(sent[0]?.categories.farmer).toEqual({ kind: 'fixed', fen: 20, min: 20, max: 100 });
    refuse = false;
    click('rules-form-save');
    await until(
      () => document.body.textContent?.includes('已新增自 2099年2月 起执行的党费标准') ?? false,
      'the version added',
    );
  });
});
