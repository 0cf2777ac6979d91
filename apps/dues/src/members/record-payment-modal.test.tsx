// @vitest-environment happy-dom
// Recording a payment from the collection list against a mocked API: the amount typed in yuan goes to the server as
// whole fen (text it cannot read stays in the form), a proxy must be named, the key made when the dialog opened goes
// with every try (a retry after a failed save sends the same one; the next opening a new one), the server's field
// errors land on the fields, and once recorded the page names the receipt with a link to print it.
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PaymentInput } from '../common/api-types';
import { branch, duesMemberRow, township } from '../testing/fixtures';
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
import { DuesMembersPage } from './dues-members-page';

beforeAll(async () => {
  await loadDialogs();
  // The dialog's own chunk, so no test waits on it.
  await import('./record-payment-modal');
}, 60_000);

const members = [
  duesMemberRow(3, '张建国'),
  duesMemberRow(4, '李红', { flagged: true, arrearsMonths: 7, arrearsFen: 14_000 }),
];

async function openList(answers: Answers = {}, allowed: Record<string, number[]> = { 'dues.record': [branch] }) {
  const drawn = renderWithApi(<DuesMembersPage basePath="/dues" unitId={township} />, {
    answers: {
      'dues.members.list': () => ({ items: members, total: members.length, totalIsBound: false }),
      ...answers,
    },
    at: '/dues/members',
    route: '/dues/members',
    access: accessOf({ 'dues.read': [township, branch], ...allowed }, township),
  });
  await until(() => byTestId('dues-member-link-4') !== null, 'the list');
  return drawn;
}

const click = (testId: string) => act(() => byTestId(testId)?.click());
const payments = (drawn: ReturnType<typeof renderWithApi>) =>
  drawn.calls.filter((c) => c.path === 'dues.payments.record').map((c) => c.input as PaymentInput);
const fieldOf = (testId: string) => byTestId(testId)?.closest('.ant-form-item');
const fieldError = (testId: string) => fieldOf(testId)?.querySelector('.ant-form-item-explain')?.textContent ?? '';

async function openPayment(memberId = 3) {
  click(`dues-record-${memberId}`);
  await until(() => byTestId('dues-payment-amount') !== null, 'the payment dialog');
}

async function save() {
  click('dues-payment-save');
  await settle(50);
}

describe('recording a payment', { timeout: 30_000 }, () => {
  it('is offered only where the user records dues', async () => {
    await openList({}, {});
    expect(byTestId('dues-record-3')).toBeNull();
    expect(byTestId('dues-statement-3')?.getAttribute('href')).toBe('/dues/members/3');
  });

  it('sends the amount typed in yuan as whole fen, and refuses text it cannot read', async () => {
    const drawn = await openList({ 'dues.payments.record': () => ({ id: 11, receiptNo: 'R-u7-2026-000011' }) });
    await openPayment();
    typeInto('dues-payment-amount', '40.005');
    await save();
    await until(() => fieldError('dues-payment-amount').includes('最多两位小数'), 'the amount refused');
    typeInto('dues-payment-amount', '0');
    await save();
    await until(() => fieldError('dues-payment-amount') === '金额须大于零', 'zero refused');
    expect(payments(drawn)).toEqual([]);

    typeInto('dues-payment-amount', '1,040.5');
    await save();
    await until(() => payments(drawn).length === 1, 'the payment sent');
    const [sent] = payments(drawn);
    expect(sent).toMatchObject({
      memberId: 3,
      amountFen: 104_050,
      payer: 'self',
      proxyName: '',
      over: 'refuse',
      note: '',
    });
    expect(sent?.months).toBeUndefined();
    expect(sent?.paidOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Once recorded, the page names the receipt and links to its print page.
    await until(() => byTestId('dues-recorded') !== null, 'the receipt number');
    expect(byTestId('dues-recorded')?.textContent).toContain('R-u7-2026-000011');
    expect(byTestId('dues-recorded-print')?.getAttribute('href')).toBe('/dues/receipts/11');
  });

  it('requires the name of a proxy, and sends it only for a proxy', async () => {
    const drawn = await openList({ 'dues.payments.record': () => ({ id: 12, receiptNo: 'R-u7-2026-000012' }) });
    await openPayment();
    typeInto('dues-payment-amount', '20');
    const proxy = byTestId('dues-payment-payer')?.querySelector<HTMLInputElement>('input[value="proxy"]');
    act(() => proxy?.click());
    await until(() => byTestId('dues-payment-proxy-name') !== null, 'the proxy name field');
    await save();
    await until(() => fieldError('dues-payment-proxy-name') === '请填写代缴人姓名', 'the name required');
    expect(payments(drawn)).toEqual([]);
    typeInto('dues-payment-proxy-name', ' 张小明 ');
    await save();
    await until(() => payments(drawn).length === 1, 'the payment sent');
    expect(payments(drawn)[0]).toMatchObject({ amountFen: 2000, payer: 'proxy', proxyName: '张小明' });
  });

  it('sends the same key again when a failed save is retried, and a new one from the next opening', async () => {
    let tries = 0;
    const drawn = await openList({
      'dues.payments.record': () => {
        tries += 1;
        if (tries === 1) throw refusal('服务繁忙，请稍后重试', 'CONFLICT');
        return { id: 13, receiptNo: `R-u7-2026-0000${12 + tries}` };
      },
    });
    await openPayment();
    typeInto('dues-payment-amount', '20');
    await save();
    await until(() => document.body.textContent?.includes('服务繁忙') ?? false, 'the refusal above the form');
    // Still open, as typed: saving again is a retry.
    expect((byTestId('dues-payment-amount') as HTMLInputElement | null)?.value).toBe('20');
    await save();
    await until(() => payments(drawn).length === 2, 'the retry');
    const [first, retry] = payments(drawn);
    expect(first?.requestKey).toMatch(/^[A-Za-z0-9-]{8,64}$/);
    expect(retry?.requestKey).toBe(first?.requestKey);

    await until(() => byTestId('dues-recorded') !== null, 'recorded');
    await openPayment(4);
    typeInto('dues-payment-amount', '20');
    await save();
    await until(() => payments(drawn).length === 3, 'the next payment');
    expect(payments(drawn)[2]?.memberId).toBe(4);
    expect(payments(drawn)[2]?.requestKey).not.toBe(first?.requestKey);
  });

  it("shows the server's field errors on their fields", async () => {
    const drawn = await openList({
      'dues.payments.record': (input) => {
        const { months } = input as PaymentInput;
        if (months?.length)
          throw refusal('补缴最多追溯 6 个月', 'BAD_REQUEST', { months: ['补缴最多追溯 6 个月：2026-01 不在其内'] });
        throw refusal('缴纳金额比所选月份应缴的多 100 分', 'CONFLICT', {
          amountFen: ['缴纳金额比所选月份应缴的多 100 分；多出的部分可作为自愿多缴的党费记录'],
        });
      },
    });
    await openPayment();
    typeInto('dues-payment-amount', '21');
    await save();
    await until(() => fieldError('dues-payment-amount').includes('多 100 分'), 'the amount refused on its field');
    expect(payments(drawn)).toHaveLength(1);
    // The months offered are the payment day's window, oldest first; one picked goes to the server in order.
    const select = byTestId('dues-payment-months') as HTMLElement;
    act(() => {
      (select.querySelector('input') ?? select).dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    });
    await until(() => document.querySelectorAll('.ant-select-item-option').length === 9, 'the nine months');
    act(() => document.querySelector<HTMLElement>('.ant-select-item-option')?.click());
    await settle(10);
    await save();
    await until(() => fieldError('dues-payment-months').includes('不在其内'), 'the months refused on their field');
    expect(payments(drawn)[1]?.months).toHaveLength(1);
    expect(payments(drawn)[1]?.months?.[0]).toMatch(/^\d{4}-\d{2}$/);
  });
});
