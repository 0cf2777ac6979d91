// @vitest-environment happy-dom
// The hours queue against a mocked API: pending entries by default (another state and one activity from the URL, the
// activity named in its filter), an appeal's word shown; rows selected and approved in one call after a question
// (what is not for the reader to approve left out), the result said; a decline needs a reason before anything is sent.
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { activityRow, branch, hourRow, township } from '../testing/fixtures';
import { accessOf, settle } from '../testing/render';
import { type Answers, byTestId, loadDialogs, renderWithApi, typeInto, until } from '../testing/render-with-api';
import { HoursPage } from './hours-page';

beforeAll(async () => {
  await loadDialogs();
}, 60_000);

const other = 8;
const rows = [
  hourRow(1),
  hourRow(2, { minutes: 90 }),
  hourRow(3, {
    status: 'appealed',
    reason: '签退时间不足',
    appeal: '当天手机没电，签退由组织者确认',
    appealedAt: '2026-11-25T02:00:00.000Z',
  }),
  hourRow(4, { unitId: other, unitName: '城关二支部' }),
];

async function openQueue(answers: Answers = {}, at = '/volunteers/hours') {
  const drawn = renderWithApi(<HoursPage basePath="/volunteers" unitId={township} />, {
    answers: {
      'volunteers.hours.list': () => ({ items: rows, total: rows.length }),
      ...answers,
    },
    at,
    route: '/volunteers/hours',
    access: accessOf(
      { 'volunteers.read': [township, branch, other], 'volunteers.certify': [township, branch] },
      township,
    ),
  });
  await until(() => byTestId('hour-volunteer-4') !== null, 'the queue');
  return drawn;
}

const click = (testId: string) => act(() => byTestId(testId)?.click());
const callsTo = (drawn: ReturnType<typeof renderWithApi>, path: string) =>
  drawn.calls.filter((c) => c.path === path).map((c) => c.input);

describe('the hours queue', { timeout: 30_000 }, () => {
  it('lists the pending entries by default, another state from the URL, and shows an appeal', async () => {
    const drawn = await openQueue();
    expect(callsTo(drawn, 'volunteers.hours.list')[0]).toEqual({
      unitId: township,
      status: 'pending',
      page: 1,
      pageSize: 20,
    });
    expect(byTestId('hour-appeal-3')?.textContent).toContain('当天手机没电');
    // Another unit's entry: no decision offered where the reader does not certify.
    expect(byTestId('hour-approve-4')).toBeNull();
    expect(byTestId('hour-approve-1')?.getAttribute('data-permission')).toBe('volunteers.certify');
    document.body.innerHTML = '';
    const again = await openQueue({}, '/volunteers/hours?status=all');
    expect(callsTo(again, 'volunteers.hours.list')[0]).toEqual({ unitId: township, page: 1, pageSize: 20 });
  });

  it('narrows to the activity a link names, naming it in the filter, and searches activities by title', async () => {
    const activities = [activityRow(11, { title: '重阳敬老' }), activityRow(12, { title: '河道清洁' })];
    const drawn = await openQueue(
      {
        'volunteers.activities.list': (input) => {
          const { q } = input as { q?: string };
          return { items: activities.filter((a) => !q || a.title.includes(q)), total: 2 };
        },
        'volunteers.activities.get': () => activityRow(40, { title: '社区义诊' }),
      },
      '/volunteers/hours?status=appealed&activityId=40',
    );
    expect(callsTo(drawn, 'volunteers.hours.list')[0]).toEqual({
      unitId: township,
      status: 'appealed',
      activityId: 40,
      page: 1,
      pageSize: 20,
    });
    // Not among the newest activities: its title is asked for, and shown as the filter's value.
    await until(() => byTestId('hours-filter-activity')?.textContent?.includes('社区义诊') === true, 'its title');
    expect(callsTo(drawn, 'volunteers.activities.get')).toEqual([{ id: 40 }]);
    expect(callsTo(drawn, 'volunteers.activities.list')[0]).toMatchObject({ unitId: township, page: 1 });
    // Its label names its search box (a screen reader says 活动 on it).
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent === '活动');
    expect(label?.htmlFor).toBeTruthy();
    const named = document.getElementById(label?.htmlFor ?? '');
    expect(named?.closest('[data-testid="hours-filter-activity"]')).toBeTruthy();
  });

  it('approves the selected rows in one call once asked, leaving out what the reader does not certify', async () => {
    const drawn = await openQueue({
      'volunteers.hours.approve': (input) => ({ approved: (input as { ids: number[] }).ids.length, minutes: 390 }),
    });
    const boxes = [...document.querySelectorAll<HTMLInputElement>('tr.ant-table-row input[type="checkbox"]')];
    expect(boxes).toHaveLength(4);
    for (const box of boxes) act(() => box.click());
    await until(() => byTestId('hours-bulk-approve') !== null, 'the batch action');
    expect(byTestId('hours-bulk-approve')?.textContent).toContain('4');
    click('hours-bulk-approve');
    await until(() => byTestId('hours-bulk-ok') !== null, 'the question');
    expect(document.querySelector('.ant-modal-confirm')?.textContent).toContain('共 3 条，6.5 小时；1 条');
    expect(callsTo(drawn, 'volunteers.hours.approve')).toEqual([]);
    click('hours-bulk-ok');
    await until(() => callsTo(drawn, 'volunteers.hours.approve').length === 1, 'the approval');
    expect(callsTo(drawn, 'volunteers.hours.approve')[0]).toEqual({ ids: [1, 2, 3] });
    await until(() => byTestId('hours-bulk-done') !== null, 'the result');
    expect(byTestId('hours-bulk-done')?.textContent).toContain('已认定 3 条，共 6.5 小时');
  });

  it('declines only with a reason', async () => {
    const drawn = await openQueue({
      'volunteers.hours.decline': (input) => ({ id: (input as { id: number }).id, status: 'declined' }),
    });
    click('hour-decline-2');
    await until(() => byTestId('hour-decline-reason') !== null, 'the dialog');
    click('hour-decline-ok');
    await settle(50);
    await until(
      () =>
        (byTestId('hour-decline-reason')?.closest('.ant-form-item')?.textContent ?? '').includes(
          '请填写不予认定的原因',
        ),
      'the reason asked for',
    );
    expect(callsTo(drawn, 'volunteers.hours.decline')).toEqual([]);
    typeInto('hour-decline-reason', ' 未签退 ');
    click('hour-decline-ok');
    await until(() => callsTo(drawn, 'volunteers.hours.decline').length === 1, 'the decline');
    expect(callsTo(drawn, 'volunteers.hours.decline')[0]).toEqual({ id: 2, reason: '未签退' });
  });
});
