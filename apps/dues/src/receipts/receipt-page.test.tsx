// @vitest-environment happy-dom
// A receipt's print page against a mocked API: the months and amounts, the total in figures and in capital figures,
// the proxy by name, a reversed receipt marked void, print rules that leave the receipt alone on the sheet, and a
// receipt outside the reader's scope answered as missing.
import { describe, expect, it } from 'vitest';
import type { Receipt } from '../common/api-types';
import { branch, township } from '../testing/fixtures';
import { accessOf } from '../testing/render';
import { byTestId, refusal, renderWithApi, until } from '../testing/render-with-api';
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

function openReceipt(answer: () => unknown) {
  return renderWithApi(<ReceiptPage basePath="/dues" />, {
    answers: { 'dues.payments.get': answer },
    at: '/dues/receipts/11',
    route: '/dues/receipts/:id',
    access: accessOf({ 'dues.read': [township, branch] }, township),
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
