// @vitest-environment happy-dom
// A course's sessions tab against a mocked API: it asks for the course's sessions in the URL's order and filters, shows
// each one's time in Shanghai, its trainer, seats booked of its places and its state, and leads to its page; the
// course's editors schedule one (the wall-clock times sent as instants), change one, and cancel one after being asked.
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessOf, settle } from '../testing/render';
import { type Answers, byTestId, loadDialogs, renderWithApi, typeInto, until } from '../testing/render-with-api';
import type { SessionRow } from './session-types';
import { SessionsTab } from './sessions-tab';

beforeAll(async () => {
  await loadDialogs();
}, 60_000);

const township = 2;
const courseId = 7;

const row = (id: number, over: Partial<SessionRow> = {}): SessionRow => ({
  id,
  courseId,
  courseTitle: '网站安全基础',
  unitId: township,
  unitName: '城关镇',
  title: `第 ${id} 期面授`,
  place: '镇政府三楼会议室',
  // 2027-01-10 09:00 to 11:30 in Shanghai.
  startsAt: '2027-01-10T01:00:00.000Z',
  endsAt: '2027-01-10T03:30:00.000Z',
  capacity: 30,
  booked: 12,
  trainerId: 40,
  trainerName: '王老师',
  status: 'scheduled',
  ...over,
});

const rows = [row(1), row(2, { trainerId: null, trainerName: null, status: 'cancelled', booked: 0 })];

function openTab({
  canManage = true,
  allowed = { 'training.manage': [township] },
  answers = {} as Answers,
  at = '/training/courses/7',
} = {}) {
  return renderWithApi(
    <SessionsTab courseId={courseId} unitId={township} basePath="/training" canManage={canManage} />,
    {
      answers: {
        'training.sessions.list': () => ({ items: rows, total: rows.length, totalIsBound: false }),
        ...answers,
      },
      at,
      route: '/training/courses/:id',
      access: accessOf(allowed, township),
    },
  );
}

const text = (testId: string) => byTestId(testId)?.textContent;
const click = (testId: string) => act(() => byTestId(testId)?.click());
const asked = (drawn: ReturnType<typeof renderWithApi>, path: string) =>
  drawn.calls.filter((c) => c.path === path).map((c) => c.input);

describe('a course’s sessions tab', { timeout: 30_000 }, () => {
  it('lists the course’s sessions by start, with their time in Shanghai, places, trainer and state', async () => {
    const drawn = openTab({
      at: '/training/courses/7?tab=sessions&status=scheduled&from=2027-01-01&sort=startsAt&order=desc',
    });
    await until(() => byTestId('session-link-2') !== null, 'the sessions');
    expect(asked(drawn, 'training.sessions.list')[0]).toEqual({
      courseId,
      status: 'scheduled',
      from: '2027-01-01',
      sort: 'startsAt',
      order: 'desc',
      page: 1,
      pageSize: 20,
    });
    expect(text('session-time-1')).toContain('09:00');
    expect(text('session-time-1')).toContain('11:30');
    expect(text('session-places-1')).toBe('12 / 30');
    expect(byTestId('session-link-1')?.getAttribute('href')).toBe('/training/sessions/1');
    expect(text('session-status-2')).toBe('已取消');
    expect(byTestId('sessions')?.textContent).toContain('未指定');
    // A cancelled session is changed no more.
    expect(byTestId('session-edit-1')?.getAttribute('data-permission')).toBe('training.manage');
    expect(byTestId('session-edit-2')).toBeNull();
  });

  it('schedules a session, sending its wall-clock times as instants', async () => {
    const drawn = openTab({ answers: { 'training.sessions.create': () => ({ id: 9 }) } });
    await until(() => byTestId('sessions-create') !== null, 'the schedule button');
    click('sessions-create');
    await until(() => byTestId('session-form-title') !== null, 'the form');
    typeInto('session-form-title', '第三期面授');
    typeInto('session-form-place', '党校二楼');
    typeInto('session-form-starts', '2030-03-01T09:00');
    typeInto('session-form-ends', '2030-03-01T11:30');
    await settle(20);
    click('session-form-save');
    await until(() => asked(drawn, 'training.sessions.create').length > 0, 'the schedule');
    expect(asked(drawn, 'training.sessions.create')[0]).toEqual({
      courseId,
      title: '第三期面授',
      place: '党校二楼',
      startsAt: '2030-03-01T01:00:00.000Z',
      endsAt: '2030-03-01T03:30:00.000Z',
      capacity: 30,
      trainerId: null,
    });
  });

  it('keeps an edited session’s trainer, and refuses an end before the start', async () => {
    const drawn = openTab({ answers: { 'training.sessions.update': () => ({ id: 1 }) } });
    await until(() => byTestId('session-edit-1') !== null, 'the sessions');
    click('session-edit-1');
    await until(() => byTestId('session-form-trainer') !== null, 'the form');
    expect(text('session-form-trainer')).toBe('王老师');
    typeInto('session-form-ends', '2027-01-10T08:00');
    await settle(20);
    click('session-form-save');
    await until(() => document.body.textContent?.includes('结束时间须晚于开始时间') === true, 'the refusal');
    expect(asked(drawn, 'training.sessions.update')).toEqual([]);
    typeInto('session-form-ends', '2027-01-10T12:00');
    typeInto('session-form-capacity', '40');
    await settle(20);
    click('session-form-save');
    await until(() => asked(drawn, 'training.sessions.update').length > 0, 'the update');
    expect(asked(drawn, 'training.sessions.update')[0]).toMatchObject({
      id: 1,
      startsAt: '2027-01-10T01:00:00.000Z',
      endsAt: '2027-01-10T04:00:00.000Z',
      trainerId: 40,
    });
  });

  it('cancels a session only once asked, saying how many seats went with it', async () => {
    const drawn = openTab({ answers: { 'training.sessions.cancel': () => ({ id: 1, seatsCancelled: 12 }) } });
    await until(() => byTestId('session-cancel-1') !== null, 'the sessions');
    click('session-cancel-1');
    await until(() => byTestId('session-cancel-ok') !== null, 'the question');
    expect(document.body.textContent).toContain('已有 12 人预约');
    expect(asked(drawn, 'training.sessions.cancel')).toEqual([]);
    click('session-cancel-ok');
    await until(() => asked(drawn, 'training.sessions.cancel').length > 0, 'the cancel');
    expect(asked(drawn, 'training.sessions.cancel')[0]).toEqual({ id: 1 });
  });

  it('says what sessions are for when there are none, offering to schedule only to the course’s editors', async () => {
    const none = { 'training.sessions.list': () => ({ items: [], total: 0, totalIsBound: false }) };
    openTab({ answers: none });
    await until(() => byTestId('sessions-none') !== null, 'the empty state');
    expect(byTestId('sessions-create-first')?.getAttribute('data-permission')).toBe('training.manage');
  });

  it('offers no schedule, edit or cancel on an archived course', async () => {
    openTab({ canManage: false });
    await until(() => byTestId('session-link-1') !== null, 'the sessions');
    expect(byTestId('sessions-create')).toBeNull();
    expect(byTestId('session-edit-1')).toBeNull();
    expect(byTestId('session-cancel-1')).toBeNull();
  });
});
