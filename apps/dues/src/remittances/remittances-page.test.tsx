// @vitest-environment happy-dom
// Remittances against a mocked API: each tab asks for its direction at the current unit; a remittance not yet received
// reads "待确认", a received one its difference (red when not nil); confirming is offered on the received tab only,
// for what has not arrived, to whoever records dues at the unit, and the form offers the amount sent (typed over, it
// sends what was typed, in whole fen); remitting a month refuses a month that has not ended.
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RemittanceListInput } from '../common/api-types';
import { branch, remittanceRow, township } from '../testing/fixtures';
import { accessOf, settle } from '../testing/render';
import { type Answers, byTestId, loadDialogs, renderWithApi, typeInto, until } from '../testing/render-with-api';
import { RemittancesPage } from './remittances-page';

beforeAll(async () => {
  await loadDialogs();
  await import('./receive-modal');
  await import('./remit-modal');
}, 60_000);

const remittances = [
  remittanceRow(5),
  remittanceRow(6, {
    unitId: 8,
    unitName: '城关二支部',
    receivedFen: 99_900,
    receivedOn: '2026-11-08',
    amountFen: 100_000,
    differenceFen: -100,
  }),
  remittanceRow(7, { period: '2026-09', receivedFen: 50_000, receivedOn: '2026-10-08', differenceFen: 0 }),
];

async function openPage(at: string, answers: Answers = {}, allowed: Record<string, number[]> = {}) {
  const drawn = renderWithApi(<RemittancesPage unitId={township} />, {
    answers: {
      'dues.remittances.list': () => ({ items: remittances, total: remittances.length, totalIsBound: false }),
      ...answers,
    },
    at,
    route: '/dues/remittances',
    access: accessOf({ 'dues.read': [township, branch], ...allowed }, township),
  });
  await until(() => byTestId('remittance-difference-7') !== null, 'the remittances');
  return drawn;
}

const click = (testId: string) => act(() => byTestId(testId)?.click());
const callsTo = (drawn: ReturnType<typeof renderWithApi>, path: string) =>
  drawn.calls.filter((c) => c.path === path).map((c) => c.input);
const fieldError = (testId: string) =>
  byTestId(testId)?.closest('.ant-form-item')?.querySelector('.ant-form-item-explain')?.textContent ?? '';

describe('remittances', { timeout: 30_000 }, () => {
  it('lists what the subtree sent up, with what arrived and the difference, and offers no confirming there', async () => {
    const drawn = await openPage('/dues/remittances', {}, { 'dues.record': [township] });
    expect(callsTo(drawn, 'dues.remittances.list')[0] as RemittanceListInput).toEqual({
      unitId: township,
      direction: 'sent',
      page: 1,
      pageSize: 20,
    });
    expect(byTestId('remittance-difference-5')?.textContent).toBe('待确认');
    expect(byTestId('remittance-difference-6')?.textContent).toBe('-1.00');
    expect(byTestId('remittance-difference-6')?.className).toContain('ant-typography-danger');
    expect(byTestId('remittance-difference-7')?.textContent).toBe('0.00');
    expect(byTestId('remittance-difference-7')?.className).not.toContain('ant-typography-danger');
    expect(byTestId('remittance-confirm-5')).toBeNull();
    expect(byTestId('remittances-remit')).not.toBeNull();
  });

  it('offers confirming what has not arrived on the received tab, only to whoever records dues at the unit', async () => {
    const drawn = await openPage('/dues/remittances?tab=received&period=2026-10', {}, { 'dues.record': [township] });
    expect(callsTo(drawn, 'dues.remittances.list')[0]).toEqual({
      unitId: township,
      direction: 'received',
      period: '2026-10',
      page: 1,
      pageSize: 20,
    });
    expect(byTestId('remittance-confirm-5')).not.toBeNull();
    expect(byTestId('remittance-confirm-6')).toBeNull();
    expect(byTestId('remittance-confirm-7')).toBeNull();
    document.body.innerHTML = '';
    await openPage('/dues/remittances?tab=received', {}, { 'dues.record': [branch] });
    expect(byTestId('remittance-confirm-5')).toBeNull();
    expect(byTestId('remittances-remit')).toBeNull();
  });

  it('confirms with the amount sent offered, and sends what was typed over it in whole fen', async () => {
    const drawn = await openPage(
      '/dues/remittances?tab=received',
      { 'dues.remittances.receive': () => ({ id: 5 }) },
      { 'dues.record': [township] },
    );
    click('remittance-confirm-5');
    await until(() => byTestId('receive-amount') !== null, 'the confirm dialog');
    expect(byTestId<HTMLInputElement>('receive-amount')?.value).toBe('1234.50');
    expect(byTestId('receive-sent')?.textContent).toContain('上缴 1,234.50 元');
    const today = byTestId<HTMLInputElement>('receive-received-on')?.value ?? '';
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    click('receive-save');
    await until(() => callsTo(drawn, 'dues.remittances.receive').length === 1, 'the confirmation sent');
    expect(callsTo(drawn, 'dues.remittances.receive')[0]).toEqual({
      id: 5,
      receivedFen: 123_450,
      receivedOn: today,
      note: '',
    });
    await until(() => document.body.textContent?.includes('已确认收到城关一支部') ?? false, 'the confirmation said');

    click('remittance-confirm-5');
    await until(() => byTestId<HTMLInputElement>('receive-amount')?.value === '1234.50', 'the dialog again');
    typeInto('receive-amount', '1,200');
    typeInto('receive-note', '少 34.50 元，待核实');
    click('receive-save');
    await until(() => callsTo(drawn, 'dues.remittances.receive').length === 2, 'the second confirmation');
    expect(callsTo(drawn, 'dues.remittances.receive')[1]).toMatchObject({
      receivedFen: 120_000,
      note: '少 34.50 元，待核实',
    });
  });

  it('remits only a month that has ended', async () => {
    const drawn = await openPage(
      '/dues/remittances',
      { 'dues.remittances.send': () => ({ id: 9 }) },
      {
        'dues.record': [township],
      },
    );
    click('remittances-remit');
    await until(() => byTestId('remit-period') !== null, 'the remit dialog');
    const lastMonth = byTestId<HTMLInputElement>('remit-period')?.value ?? '';
    expect(byTestId('remit-period')?.getAttribute('max')).toBe(lastMonth);
    // A browser's picker stops at `max`, typing does not (happy-dom would empty a value past it).
    byTestId('remit-period')?.removeAttribute('max');
    typeInto('remit-period', '2999-01');
    typeInto('remit-amount', '300');
    click('remit-save');
    await settle(50);
    await until(() => fieldError('remit-period') === '只能选择已经过去的月份', 'a month ahead refused');
    expect(callsTo(drawn, 'dues.remittances.send')).toEqual([]);
    typeInto('remit-period', lastMonth);
    click('remit-save');
    await until(() => callsTo(drawn, 'dues.remittances.send').length === 1, 'the remittance sent');
    expect(callsTo(drawn, 'dues.remittances.send')[0]).toMatchObject({
      unitId: township,
      period: lastMonth,
      amountFen: 30_000,
    });
  });
});
