import { describe, expect, it } from 'vitest';
import { widgets } from './home-widgets';
import type { RouterOutputs } from './trpc';

type Statement = RouterOutputs['dues']['statements']['mine'];

const month = (m: string, assessedFen: number, paidFen: number) => ({
  month: m,
  assessedFen,
  reducedFen: 0,
  paidFen,
  extraFen: 0,
  leftFen: assessedFen - paidFen,
});
const payment = (id: number, amountFen: number, paidOn: string, reversed = false) => ({
  id,
  receiptNo: `DF-2026-${id}`,
  amountFen,
  paidOn,
  payer: 'self' as const,
  reversed,
});

// As statements.mine answers: the months newest first, the arrears oldest first, the receipts newest first.
const statement = (arrears: Statement['arrears'], payments: Statement['payments']): Statement => ({
  member: { id: 7, name: '林晓燕', unitId: 12, unitName: '城关镇机关支部' },
  base: {
    id: 3,
    effectiveFrom: '2025-01',
    category: 'salaried',
    baseFen: 500_000,
    setFen: null,
    source: 'declared',
    dueFen: 2_500,
  },
  months: [month('2026-11', 2_500, 0), month('2026-10', 2_500, 1_000), month('2026-09', 2_500, 2_500)],
  arrears,
  payments,
});

const owing = statement(
  {
    months: ['2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-10'].map((m) => ({
      month: m,
      leftFen: m === '2026-10' ? 1_500 : 2_500,
    })),
    totalFen: 14_000,
    flagged: true,
  },
  [payment(4, 1_000, '2026-10-08'), payment(3, 5_000, '2026-02-03', true), payment(2, 7_500, '2026-01-10')],
);

// A tRPC client error as the shell's query throws it: the server's code in `data`.
const clientError = (code: string, httpStatus: number) =>
  Object.assign(new Error('没有找到'), {
    shape: { code: -32004 },
    data: { code, httpStatus, path: 'dues.statements.mine' },
  });

describe('the member’s own dues card', () => {
  it('shows what the member owes now, paid this year and pays a month, and the months still owed, oldest first', async () => {
    const asked: unknown[] = [];
    const data = await widgets.mine?.load({
      unitId: 1,
      locale: 'zh-CN',
      today: '2026-11-29',
      query: async (path, input) => {
        asked.push([path, input]);
        return owing;
      },
    });
    // The caller's own statement, by their account: no id goes with it.
    expect(asked).toEqual([['dues.statements.mine', {}]]);
    expect(data?.figures).toEqual([
      { label: '当前欠缴', value: 14_000, format: 'fen' },
      // This year's receipts, less the one taken back.
      { label: '今年已缴', value: 8_500, format: 'fen' },
      { label: '每月应缴', value: 2_500, format: 'fen' },
    ]);
    expect(data?.list?.label).toBe('欠缴月份');
    expect(data?.list?.empty).toBe('没有欠缴');
    // At most five, oldest first, each opening the member's own statement.
    expect(data?.list?.items).toEqual(
      ['2026年3月', '2026年4月', '2026年5月', '2026年6月', '2026年7月'].map((title) => ({
        title,
        path: '/dues/mine',
        meta: '25.00 元',
        tone: 'danger',
      })),
    );
    expect(data?.link).toEqual({ label: '查看我的党费', path: '/dues/mine' });
  });

  it('with nothing owed shows 0 and the last payments, newest first, in the locale', async () => {
    const paid = statement({ months: [], totalFen: 0, flagged: false }, [
      payment(9, 2_500, '2027-01-05'),
      payment(8, 7_500, '2026-12-20', true),
      payment(7, 3_000_050, '2026-12-02'),
    ]);
    const data = await widgets.mine?.load({
      unitId: 1,
      locale: 'en-US',
      today: '2027-01-15',
      query: async () => paid,
    });
    expect(data?.figures.map((f) => [f.label, f.value])).toEqual([
      ['Owed now', 0],
      ['Paid this year', 2_500],
      ['Monthly dues', 2_500],
    ]);
    expect(data?.list).toEqual({
      label: 'Last payments',
      items: [
        { title: '¥25.00', path: '/dues/mine', meta: 'Jan 5, 2027', tone: 'success' },
        { title: '¥30,000.50', path: '/dues/mine', meta: 'Dec 2, 2026', tone: 'success' },
      ],
      empty: 'Nothing owed',
    });
  });

  it('with nothing owed nor paid, and no base, shows the card empty', async () => {
    const data = await widgets.mine?.load({
      unitId: 1,
      locale: 'zh-CN',
      today: '2026-11-29',
      query: async () => ({ ...statement({ months: [], totalFen: 0, flagged: false }, []), base: null }),
    });
    expect(data?.figures.map((f) => f.value)).toEqual([0, 0, null]);
    expect(data?.list).toEqual({ label: '最近缴纳', items: [], empty: '没有欠缴' });
  });

  it('answers null for an account that is no member’s (the service’s not found)', async () => {
    const data = await widgets.mine?.load({
      unitId: 1,
      locale: 'zh-CN',
      today: '2026-11-29',
      query: () => Promise.reject(clientError('NOT_FOUND', 404)),
    });
    expect(data).toBeNull();
  });

  it('passes any other error on, for the card’s own fallback', async () => {
    for (const error of [
      clientError('INTERNAL_SERVER_ERROR', 500),
      clientError('UNAUTHORIZED', 401),
      new Error('down'),
    ])
      await expect(
        widgets.mine?.load({ unitId: 1, locale: 'zh-CN', today: '2026-11-29', query: () => Promise.reject(error) }),
      ).rejects.toBe(error);
  });
});
