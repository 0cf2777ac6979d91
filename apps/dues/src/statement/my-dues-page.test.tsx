// @vitest-environment happy-dom
// A member's own dues page against a mocked API: their months and receipts from dues.statements.mine (asked with no
// member id: the server finds the member by the account), nothing to print, take back or enter, and an account
// linked to no member told so rather than shown an error.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Statement } from '../common/api-types';
import { branch } from '../testing/fixtures';
import { accessOf } from '../testing/render';
import { byTestId, loadDialogs, refusal, renderWithApi, until } from '../testing/render-with-api';
import { MyDuesPage } from './my-dues-page';

const statement: Statement = {
  member: { id: 5, name: '李秀英', unitId: branch, unitName: '城关一支部' },
  base: {
    id: 1,
    effectiveFrom: '2025-01',
    category: 'salaried',
    baseFen: 402_400,
    setFen: null,
    source: 'form',
    dueFen: 4024,
  },
  months: [
    { month: '2026-11', assessedFen: 4024, reducedFen: 0, paidFen: 0, extraFen: 0, leftFen: 4024 },
    { month: '2026-10', assessedFen: 4024, reducedFen: 0, paidFen: 4024, extraFen: 0, leftFen: 0 },
  ],
  arrears: { months: [{ month: '2026-11', leftFen: 4024 }], totalFen: 4024, flagged: false },
  payments: [
    { id: 31, receiptNo: 'R-u7-2026-000031', amountFen: 4024, paidOn: '2026-10-08', payer: 'self', reversed: false },
  ],
};

beforeAll(loadDialogs, 60_000);

const open = (answer: () => unknown) =>
  renderWithApi(<MyDuesPage basePath="/dues" />, {
    answers: { 'dues.statements.mine': answer },
    at: '/dues/mine',
    route: '/dues/mine',
    // A plain member: no dues permission anywhere.
    access: accessOf({}, branch),
  });

describe('my dues', { timeout: 20_000 }, () => {
  it('shows the member their own months and receipts, with nothing to act on', async () => {
    const drawn = open(() => statement);
    await until(() => byTestId('statement-months') !== null, 'the months');
    expect(drawn.calls.find((c) => c.path === 'dues.statements.mine')?.input).toEqual({});
    // The officers' statement asks for the bases too; the member's own page asks nothing else.
    expect(drawn.calls.map((c) => c.path)).toEqual(['dues.statements.mine']);
    expect(byTestId('my-dues-page')?.textContent).toContain('李秀英');
    expect(byTestId('statement-arrears')?.textContent).toContain('40.24');
    expect(byTestId('statement-receipts')?.textContent).toContain('R-u7-2026-000031');
    expect(byTestId('statement-print-31')).toBeNull();
    expect(byTestId('statement-void-31')).toBeNull();
    expect(byTestId('statement-bases')).toBeNull();
  });

  it('tells an account linked to no member so, with no error', async () => {
    open(() => {
      throw refusal('您的账号未关联党员', 'NOT_FOUND');
    });
    // The notice's illustration comes with it, on demand.
    await until(() => byTestId('my-dues-unlinked')?.textContent?.includes('尚未关联') === true, 'the unlinked notice');
    expect(byTestId('error-alert')).toBeNull();
  });

  it('offers a retry when the service fails', async () => {
    open(() => {
      throw refusal('服务暂时不可用', 'INTERNAL_SERVER_ERROR');
    });
    await until(() => byTestId('error-alert') !== null, 'the failure');
    expect(byTestId('my-dues-unlinked')).toBeNull();
  });
});
