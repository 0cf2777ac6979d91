// @vitest-environment happy-dom
// A receipt's print page against a mocked API: the months and amounts, the total in figures and in capital figures,
// the proxy by name, a reversed receipt marked void, print rules that leave the receipt alone on the sheet, and a
// receipt outside the reader's scope answered as missing.
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Receipt } from '../common/api-types';
import { branch, township } from '../testing/fixtures';
import { accessOf, settle } from '../testing/render';
import { byTestId, loadDialogs, refusal, renderWithApi, typeInto, until } from '../testing/render-with-api';
import { ReceiptPage } from './receipt-page';

const receipt: Receipt = {
  id: 11,
  receiptNo: 'R-u7-2026-000011',
  unitId: branch,
  unitName: '城关一支部',
  memberId: 3,
  memberName: '张建国',
  amountFen: 4010,
  extraFen: 10,
  lines: [
    { month: '2026-10', fen: 2000 },
    { month: '2026-11', fen: 2000 },
  ],
  paidOn: '2026-11-20',
  payer: 'proxy',
  proxyName: '张小明',
  recordedBy: '王会计',
  note: '',
  reversed: false,
};

beforeAll(async () => {
  await loadDialogs();
  await import('./void-payment-modal');
}, 60_000);

function openReceipt(
  answer: () => unknown,
  allowed: Record<string, number[]> = {},
  answers: Record<string, (input: unknown) => unknown> = {},
) {
  return renderWithApi(<ReceiptPage basePath="/dues" />, {
    answers: { 'dues.payments.get': answer, ...answers },
    at: '/dues/receipts/11',
    route: '/dues/receipts/:id',
    access: accessOf({ 'dues.read': [township, branch], ...allowed }, township),
  });
}

describe('a receipt', { timeout: 20_000 }, () => {
  it('prints the months, the total in figures and capitals, and who paid', async () => {
    const drawn = openReceipt(() => receipt);
    await until(() => byTestId('receipt') !== null, 'the receipt');
    expect(drawn.calls.find((c) => c.path === 'dues.payments.get')?.input).toEqual({ id: 11 });
    expect(byTestId('receipt-no')?.textContent).toBe('R-u7-2026-000011');
    expect(byTestId('receipt-line-2026-10')?.textContent).toContain('20.00');
    expect(byTestId('receipt-extra')?.textContent).toContain('0.10');
    expect(byTestId('receipt-total')?.textContent).toBe('40.10 元');
    expect(byTestId('receipt-capital')?.textContent).toBe('肆拾元壹角整');
    expect(byTestId('receipt-payer')?.textContent).toBe('他人代缴：张小明');
    expect(byTestId('receipt-reversed')).toBeNull();
    // Printing shows the receipt alone: the console's chrome and the rest of the page are hidden.
    const rules = [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n');
    expect(rules).toContain('@media print');
    expect(rules).toContain('.ant-layout-sider');
    expect(byTestId('receipt')?.hasAttribute('data-print-area')).toBe(true);
    expect(byTestId('receipt-print')?.hasAttribute('data-neutral')).toBe(true);
  });

  it('marks a reversed receipt void', async () => {
    openReceipt(() => ({ ...receipt, reversed: true, payer: 'self', proxyName: '' }));
    await until(() => byTestId('receipt') !== null, 'the receipt');
    expect(byTestId('receipt-reversed')).not.toBeNull();
    expect(byTestId('receipt-payer')?.textContent).toBe('本人缴纳');
  });

  it('answers a receipt outside the scope as a missing one', async () => {
    openReceipt(() => {
      throw refusal('缴费记录不存在或不在您的管理范围内', 'NOT_FOUND');
    });
    await until(() => byTestId('receipt-not-found') !== null, 'not found');
  });
});

describe('taking a payment back', { timeout: 30_000 }, () => {
  it("is offered only to whoever records dues at the receipt's unit, and not on a reversed receipt", async () => {
    openReceipt(() => receipt, { 'dues.record': [township] });
    await until(() => byTestId('receipt') !== null, 'the receipt');
    expect(byTestId('receipt-void')).toBeNull();
    document.body.innerHTML = '';
    openReceipt(() => receipt, { 'dues.record': [branch] });
    await until(() => byTestId('receipt') !== null, 'the receipt');
    expect(byTestId('receipt-void')?.getAttribute('data-permission')).toBe('dues.record');
    expect(byTestId('receipt-void')?.getAttribute('data-unit')).toBe(String(branch));
    document.body.innerHTML = '';
    openReceipt(() => ({ ...receipt, reversed: true }), { 'dues.record': [branch] });
    await until(() => byTestId('receipt') !== null, 'the receipt');
    expect(byTestId('receipt-void')).toBeNull();
  });

  it('takes it back with the reason required, and the receipt then reads reversed', async () => {
    let reversed = false;
    const drawn = openReceipt(
      () => ({ ...receipt, reversed }),
      { 'dues.record': [branch] },
      {
        'dues.payments.void': () => {
          reversed = true;
          return { id: 11, entries: 3 };
        },
      },
    );
    await until(() => byTestId('receipt-void') !== null, 'the receipt');
    act(() => byTestId('receipt-void')?.click());
    await until(() => byTestId('void-payment-note') !== null, 'the dialog');
    act(() => byTestId('void-payment-confirm')?.click());
    await settle(50);
    await until(
      () => byTestId('void-payment-note')?.closest('.ant-form-item')?.textContent?.includes('请填写撤销原因') ?? false,
      'the reason required',
    );
    const voids = () => drawn.calls.filter((c) => c.path === 'dues.payments.void').map((c) => c.input);
    expect(voids()).toEqual([]);
    typeInto('void-payment-note', ' 重复记录 ');
    act(() => byTestId('void-payment-confirm')?.click());
    await until(() => voids().length === 1, 'the payment taken back');
    expect(voids()[0]).toEqual({ id: 11, note: '重复记录' });
    await until(() => byTestId('receipt-reversed') !== null, 'the receipt reversed');
    expect(byTestId('receipt-void')).toBeNull();
    expect(document.body.textContent).toContain('已撤销收据 R-u7-2026-000011 的缴费');
  });
});
