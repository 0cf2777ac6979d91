// @vitest-environment happy-dom
// The ledger against a mocked API: entries newest first, a correction naming the entry it reverses (its amount in red)
// and the corrected entry naming it, neither offering "correct" again; correcting asks for the reason and sends it;
// verifying reads a township's whole subtree and a branch's own books, and says what it found in words.
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EntryListInput, VerifyResult } from '../common/api-types';
import { branch, entryRow, testUnits, township } from '../testing/fixtures';
import { accessOf, settle } from '../testing/render';
import { type Answers, byTestId, loadDialogs, renderWithApi, typeInto, until } from '../testing/render-with-api';
import { LedgerPage } from './ledger-page';

beforeAll(async () => {
  await loadDialogs();
  await import('./correct-modal');
}, 60_000);

const entries = [
  entryRow(9, {
    kind: 'remittanceIn',
    memberId: null,
    memberName: null,
    counterpartUnitId: branch,
    counterpartName: '城关镇机关支部',
    receiptNo: null,
  }),
  entryRow(8, {
    kind: 'remittanceOut',
    memberId: null,
    memberName: null,
    counterpartUnitId: township,
    counterpartName: '城关镇',
    receiptNo: null,
  }),
  entryRow(7, { amountFen: -4000, reversesSeq: 5, receiptNo: null, note: '金额记错', on: '2026-11-20' }),
  entryRow(6, { kind: 'assessment', amountFen: 2000, receiptNo: null, actorName: null }),
  entryRow(5, { reversedBySeq: 7 }),
];

async function openLedger(
  unitId: number,
  answers: Answers = {},
  allowed: Record<string, number[]> = { 'dues.record': [township, branch] },
) {
  const drawn = renderWithApi(<LedgerPage basePath="/dues" unitId={unitId} />, {
    answers: {
      'dues.ledger.list': () => ({ items: entries, total: entries.length, totalIsBound: false }),
      'identity.units.tree': () => testUnits,
      ...answers,
    },
    at: '/dues/ledger',
    route: '/dues/ledger',
    access: accessOf({ 'dues.read': [township, branch], ...allowed }, unitId),
  });
  await until(() => byTestId('ledger-amount-5') !== null, 'the ledger');
  return drawn;
}

const click = (testId: string) => act(() => byTestId(testId)?.click());
const callsTo = (drawn: ReturnType<typeof renderWithApi>, path: string) =>
  drawn.calls.filter((c) => c.path === path).map((c) => c.input);

describe('the ledger', { timeout: 30_000 }, () => {
  it("asks for the current unit's books, newest entry first", async () => {
    const drawn = await openLedger(branch);
    expect(callsTo(drawn, 'dues.ledger.list')[0] as EntryListInput).toEqual({
      unitId: branch,
      page: 1,
      pageSize: 20,
      order: 'descend',
    });
  });

  it('names a correction and the entry it corrected, and offers to correct neither again', async () => {
    await openLedger(branch);
    expect(byTestId('ledger-kind-7')?.textContent).toContain('冲正 #5');
    expect(byTestId('ledger-kind-5')?.textContent).toContain('已被 #7 冲正');
    expect(byTestId('ledger-kind-6')?.textContent).toBe('核定应缴');
    // The reversal's amount is negative, in red; the hash shows its first eight characters.
    expect(byTestId('ledger-amount-7')?.textContent).toBe('-40.00');
    expect(byTestId('ledger-amount-7')?.className).toContain('ant-typography-danger');
    expect(byTestId('ledger-amount-6')?.className).not.toContain('ant-typography-danger');
    expect(byTestId('ledger-hash-6')?.textContent).toBe('06ab34cd');
    expect(byTestId('ledger-correct-6')).not.toBeNull();
    expect(byTestId('ledger-correct-5')).toBeNull();
    expect(byTestId('ledger-correct-7')).toBeNull();
  });

  it('names the unit a remittance went to or came from', async () => {
    await openLedger(branch);
    expect(byTestId('ledger-counterpart-8')?.textContent).toBe('上缴至 城关镇');
    expect(byTestId('ledger-counterpart-9')?.textContent).toBe('来自 城关镇机关支部');
  });

  it('offers no action that records dues to a reader, who may still verify', async () => {
    await openLedger(branch, {}, {});
    expect(byTestId('ledger-correct-6')).toBeNull();
    expect(byTestId('ledger-assess')).toBeNull();
    expect(byTestId('ledger-close')).toBeNull();
    expect(byTestId('ledger-verify')).not.toBeNull();
  });

  it('corrects an entry with the reason given, and not without one', async () => {
    const drawn = await openLedger(branch, { 'dues.ledger.correct': () => ({ seq: 8 }) });
    click('ledger-correct-6');
    await until(() => byTestId('ledger-correct-note') !== null, 'the correction dialog');
    expect(byTestId('ledger-correct-text')?.textContent).toContain('-20.00');
    click('ledger-correct-confirm');
    await settle(50);
    await until(
      () =>
        byTestId('ledger-correct-note')?.closest('.ant-form-item')?.textContent?.includes('请填写冲正原因') ?? false,
      'the reason required',
    );
    expect(callsTo(drawn, 'dues.ledger.correct')).toEqual([]);
    typeInto('ledger-correct-note', ' 重复核定 ');
    click('ledger-correct-confirm');
    await until(() => callsTo(drawn, 'dues.ledger.correct').length === 1, 'the correction sent');
    expect(callsTo(drawn, 'dues.ledger.correct')[0]).toEqual({ unitId: branch, seq: 6, note: '重复核定' });
    await until(() => document.body.textContent?.includes('已记冲正账目 #8') ?? false, 'the correction named');
  });
});

describe('verifying the chain', { timeout: 30_000 }, () => {
  it('reads every chain below a township and says they hold, with the counts and the time', async () => {
    const ok: VerifyResult = { units: 3, entries: 120, broken: [], totalsOff: [], ms: 45 };
    const drawn = await openLedger(township, { 'dues.ledger.verify': () => ok });
    await until(() => callsTo(drawn, 'identity.units.tree').length > 0, 'the units');
    await settle(20);
    click('ledger-verify');
    await until(() => byTestId('ledger-verify-ok') !== null, 'the verdict');
    expect(callsTo(drawn, 'dues.ledger.verify')).toEqual([{ unitId: township, subtree: true }]);
    expect(byTestId('ledger-verify-ok')?.textContent).toBe(
      '账本完整：3 个单位、120 笔账目全部校验通过（用时 45 毫秒）',
    );
    expect(byTestId('ledger-verify-broken')).toBeNull();
  });

  it("reads a branch's own books and names each broken unit's first bad entry and why, in words", async () => {
    const broken: VerifyResult = {
      units: 1,
      entries: 40,
      broken: [{ unitId: branch, unitName: '城关一支部', ok: false, seq: 17, reason: 'link' }],
      totalsOff: [{ unitId: branch, unitName: '城关一支部' }],
      ms: 8,
    };
    const drawn = await openLedger(branch, { 'dues.ledger.verify': () => broken }, {});
    await until(() => callsTo(drawn, 'identity.units.tree').length > 0, 'the units');
    await settle(20);
    click('ledger-verify');
    await until(() => byTestId('ledger-verify-broken') !== null, 'the verdict');
    expect(callsTo(drawn, 'dues.ledger.verify')).toEqual([{ unitId: branch, subtree: false }]);
    expect(byTestId('ledger-verify-broken')?.textContent).toContain('发现 1 个单位的账本不完整');
    expect(byTestId(`ledger-verify-unit-${branch}`)?.textContent).toBe(
      '城关一支部：自第 17 笔账目起不可信。与上一笔账目的链接断开（中间可能有账目被删除或替换）',
    );
    expect(byTestId('ledger-verify-ok')).toBeNull();
    expect(byTestId('ledger-verify-totals-off')?.textContent).toBe(
      '以下单位的汇总数与账目不符，报表可能不准（账目本身完整）：城关一支部',
    );
  });
});
