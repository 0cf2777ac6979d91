// @vitest-environment happy-dom
// Dues reductions against a mocked API: the list asks for the current unit's requests in the state the URL names, a
// waiver reads "免交"; the decision is offered only on a request the server says the reader decides (and only with
// dues.approve at its branch), a decline needs an answer; a reduction proposed from the collection list sends the
// months and whole fen, refuses more than twelve months before sending, and shows the server's refusal on its field.

import { openAtOf, pathAt } from '@strata/contract';
import { useAddressParams } from '@strata/ui/list-page';
import { act, useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HardshipListInput, ProposeHardshipInput } from '../common/api-types';
import { DuesMembersPage } from '../members/dues-members-page';
import { branch, duesMemberRow, hardshipRow, township } from '../testing/fixtures';
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
import { HardshipPage } from './hardship-page';

beforeAll(async () => {
  await loadDialogs();
  await import('./decide-hardship-modal');
  await import('./propose-hardship-modal');
}, 60_000);

const requests = [
  hardshipRow(1, { canDecide: true }),
  hardshipRow(2, { memberId: 4, memberName: '李红', payFen: 1050 }),
  hardshipRow(3, {
    state: 'declined',
    decidedAt: '2026-06-25T02:00:00.000Z',
    answer: '收入未中断，不符合条件',
  }),
];

async function openPage(answers: Answers = {}, allowed: Record<string, number[]> = {}, at = '/dues/hardship') {
  const drawn = renderWithApi(<HardshipPage basePath="/dues" unitId={township} />, {
    answers: {
      'dues.hardship.list': () => ({ items: requests, total: requests.length, totalIsBound: false }),
      ...answers,
    },
    at,
    route: '/dues/hardship',
    access: accessOf({ 'dues.read': [township, branch], ...allowed }, township),
  });
  await until(() => byTestId('hardship-member-3') !== null, 'the requests');
  return drawn;
}

const click = (testId: string) => act(() => byTestId(testId)?.click());
const callsTo = (drawn: ReturnType<typeof renderWithApi>, path: string) =>
  drawn.calls.filter((c) => c.path === path).map((c) => c.input);
const fieldError = (testId: string) =>
  byTestId(testId)?.closest('.ant-form-item')?.querySelector('.ant-form-item-explain')?.textContent ?? '';

/** Set by UnitFromShell: the unit the switcher would choose. */
let choose: (unitId: number) => void = () => undefined;

/**
 * The reductions list under the unit the shell would give it: the one the address opens at (`?at=`, read in the same
 * render as the address), else the one chosen in the switcher.
 */
function UnitFromShell() {
  const [search] = useAddressParams();
  const [chosen, setChosen] = useState(township);
  choose = setChosen;
  return <HardshipPage basePath="/dues" unitId={openAtOf(search) ?? chosen} />;
}

describe('the reductions list', { timeout: 30_000 }, () => {
  it("asks for the current unit's requests in the state the URL names, and reads a waiver as such", async () => {
    const drawn = await openPage({}, {}, '/dues/hardship?state=proposed&page=2');
    expect(callsTo(drawn, 'dues.hardship.list')[0] as HardshipListInput).toEqual({
      unitId: township,
      state: 'proposed',
      page: 2,
      pageSize: 20,
    });
    expect(byTestId('hardship-pay-1')?.textContent).toBe('免交');
    expect(byTestId('hardship-pay-2')?.textContent).toBe('10.50');
    expect(byTestId('hardship-member-2')?.getAttribute('href')).toBe('/dues/members/4');
    expect(document.body.textContent).toContain('收入未中断，不符合条件');
  });

  it('keeps the filters a link brings with a new unit, and starts over when only the unit changes', async () => {
    const drawn = renderWithApi(<UnitFromShell />, {
      answers: { 'dues.hardship.list': () => ({ items: requests, total: requests.length, totalIsBound: false }) },
      at: '/dues/hardship',
      route: '/dues/hardship',
      access: accessOf({ 'dues.read': [township, branch] }, township),
    });
    await until(() => byTestId('hardship-member-3') !== null, 'the requests');
    const lastCall = () => callsTo(drawn, 'dues.hardship.list').at(-1) as HardshipListInput;

    // A notice's link: the branch's proposed requests.
    act(() => drawn.history.push(pathAt('/dues/hardship?state=proposed', branch)));
    await until(() => lastCall().unitId === branch, 'the branch asked for');
    expect(lastCall()).toEqual({ unitId: branch, state: 'proposed', page: 1, pageSize: 20 });
    // The shell takes the unit out of the address, as the chosen one: nothing changes for the list.
    act(() => {
      choose(branch);
      drawn.history.replace('/dues/hardship?state=proposed');
    });
    await settle(50);
    expect(drawn.history.location.search).toBe('?state=proposed');
    expect(lastCall()).toEqual({ unitId: branch, state: 'proposed', page: 1, pageSize: 20 });

    // The switcher: the list starts over, unfiltered, at the township.
    act(() => choose(township));
    await until(() => lastCall().unitId === township, 'the township asked for');
    expect(lastCall()).toEqual({ unitId: township, page: 1, pageSize: 20 });
    expect(drawn.history.location.search).toBe('');
  });

  it('offers the decision only on a request the reader decides, and only with dues.approve at its branch', async () => {
    await openPage({}, { 'dues.approve': [township, branch] });
    expect(byTestId('hardship-decide-1')).not.toBeNull();
    expect(byTestId('hardship-decide-1')?.getAttribute('data-permission')).toBe('dues.approve');
    expect(byTestId('hardship-decide-1')?.getAttribute('data-unit')).toBe(String(branch));
    // Proposed, but the server says this reader does not decide it; decided already.
    expect(byTestId('hardship-decide-2')).toBeNull();
    expect(byTestId('hardship-decide-3')).toBeNull();
    document.body.innerHTML = '';
    await openPage({}, {});
    expect(byTestId('hardship-decide-1')).toBeNull();
  });

  it('declines only with an answer, and says what was decided', async () => {
    const drawn = await openPage(
      { 'dues.hardship.decide': () => ({ id: 1, state: 'declined', reduced: 0 }) },
      { 'dues.approve': [township, branch] },
    );
    click('hardship-decide-1');
    await until(() => byTestId('hardship-decide-answer') !== null, 'the decision dialog');
    expect(byTestId('hardship-decide-summary')?.textContent).toContain('城关一支部，2026年7月 至 2026年12月');
    expect(byTestId('hardship-decide-summary')?.textContent).toContain('免交');
    const decline = [
      ...document.querySelectorAll<HTMLInputElement>('[data-testid="hardship-decide-decision"] input'),
    ].find((input) => input.value === 'decline');
    act(() => decline?.click());
    await settle(20);
    click('hardship-decide-save');
    await until(() => fieldError('hardship-decide-answer').includes('审批意见'), 'the answer required');
    expect(callsTo(drawn, 'dues.hardship.decide')).toEqual([]);
    typeInto('hardship-decide-answer', ' 收入未中断 ');
    click('hardship-decide-save');
    await until(() => callsTo(drawn, 'dues.hardship.decide').length === 1, 'the decision sent');
    expect(callsTo(drawn, 'dues.hardship.decide')[0]).toEqual({ id: 1, approve: false, answer: '收入未中断' });
    await until(() => document.body.textContent?.includes('不批准的意见') ?? false, 'the decision said');
  });
});

describe('proposing a reduction from the collection list', { timeout: 30_000 }, () => {
  async function openList(answers: Answers, allowed: Record<string, number[]>) {
    const drawn = renderWithApi(<DuesMembersPage basePath="/dues" unitId={township} />, {
      answers: {
        'dues.members.list': () => ({ items: [duesMemberRow(3, '张建国')], total: 1, totalIsBound: false }),
        ...answers,
      },
      at: '/dues/members',
      route: '/dues/members',
      access: accessOf({ 'dues.read': [township, branch], ...allowed }, township),
    });
    await until(() => byTestId('dues-member-link-3') !== null, 'the list');
    return drawn;
  }

  it('is offered only where the user records dues at the member’s branch', async () => {
    await openList({}, { 'dues.record': [township] });
    expect(byTestId('dues-propose-3')).toBeNull();
    document.body.innerHTML = '';
    await openList({}, { 'dues.record': [branch] });
    expect(byTestId('dues-propose-3')?.getAttribute('data-permission')).toBe('dues.record');
  });

  it('sends the months and whole fen, refuses more than twelve months, and shows the server’s refusal', async () => {
    let refuse = true;
    const drawn = await openList(
      {
        'dues.hardship.propose': () => {
          if (refuse)
            throw refusal('该党员在这些月份已有减免申请', 'CONFLICT', {
              fromMonth: ['该党员在 2026-07 至 2026-09 已有减免申请'],
            });
          return { id: 9 };
        },
      },
      { 'dues.record': [branch] },
    );
    click('dues-propose-3');
    await until(() => byTestId('dues-propose-from') !== null, 'the proposal dialog');
    typeInto('dues-propose-from', '2026-01');
    typeInto('dues-propose-to', '2027-01');
    typeInto('dues-propose-pay', '0.005');
    click('dues-propose-save');
    await settle(50);
    await until(() => fieldError('dues-propose-to') === '一次最多减免 12 个月', 'thirteen months refused');
    expect(fieldError('dues-propose-pay')).toContain('最多两位小数');
    expect(fieldError('dues-propose-reason')).toContain('减免理由');
    expect(callsTo(drawn, 'dues.hardship.propose')).toEqual([]);

    typeInto('dues-propose-to', '2026-12');
    typeInto('dues-propose-pay', '0.5');
    typeInto('dues-propose-reason', '因病住院，收入中断');
    click('dues-propose-save');
    await until(() => fieldError('dues-propose-from').includes('已有减免申请'), 'the refusal on its field');
    const sent = callsTo(drawn, 'dues.hardship.propose') as ProposeHardshipInput[];
    expect(sent).toEqual([
      { memberId: 3, fromMonth: '2026-01', toMonth: '2026-12', payFen: 50, reason: '因病住院，收入中断' },
    ]);
    refuse = false;
    typeInto('dues-propose-from', '2026-10');
    typeInto('dues-propose-pay', '0');
    click('dues-propose-save');
    await until(() => callsTo(drawn, 'dues.hardship.propose').length === 2, 'the proposal sent again');
    expect((callsTo(drawn, 'dues.hardship.propose')[1] as ProposeHardshipInput).payFen).toBe(0);
    await until(() => document.body.textContent?.includes('已提交张建国的减免申请') ?? false, 'the proposal said');
  });
});
