// @vitest-environment happy-dom
// A course's sessions tab against a mocked API: it asks for the course's sessions in the URL's order and filters, shows
// each one's time in Shanghai, its trainer, seats booked of its places and its state, and leads to its page; the
// course's editors schedule one (the wall-clock times sent as instants, a trainer chosen among those who may teach the
// course), change one (its trainer kept, changed or cleared), and cancel one after being asked.
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

/** Who may teach the course, as training.sessions.trainers answers, narrowed by `q` as the server narrows it. */
const trainers = [
  { id: 40, name: '王老师', unitName: '城关镇' },
  { id: 41, name: '李讲师', unitName: '县委网信办' },
  { id: 42, name: '赵干事', unitName: '城关镇' },
];
const answerTrainers = (input: unknown) => {
  const q = (input as { q?: string }).q;
  return trainers.filter((a) => !q || a.name.includes(q));
};

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
        'training.sessions.trainers': answerTrainers,
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

const trainerPicker = () => byTestId('session-form-trainer') as HTMLElement;
/** The trainer picker's choices as drawn (its list open). */
const trainerOptions = () =>
  [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].map((o) => o.textContent);
/** Opens the trainer picker, waiting for the choices to read `expected`. */
async function openTrainers(expected: string[]) {
  act(() => {
    (trainerPicker().querySelector('input') ?? trainerPicker()).dispatchEvent(
      new MouseEvent('mousedown', { bubbles: true }),
    );
  });
  await until(() => JSON.stringify(trainerOptions()) === JSON.stringify(expected), 'the trainers');
}
async function chooseTrainer(label: string) {
  const option = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find(
    (o) => o.textContent === label,
  );
  if (!option) throw new Error(`no trainer ${label}: ${trainerOptions().join(', ')}`);
  act(() => option.click());
  await settle(10);
}

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
    // The trainers who may teach the course are offered, each with their unit; a name narrows them on the server.
    expect(trainerPicker().textContent).toContain('未指定');
    await openTrainers(['王老师 · 城关镇', '李讲师 · 县委网信办', '赵干事 · 城关镇']);
    expect(asked(drawn, 'training.sessions.trainers')[0]).toEqual({ courseId });
    const search = trainerPicker().querySelector('input') as HTMLInputElement;
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(search, '李');
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await until(() => asked(drawn, 'training.sessions.trainers').some((i) => (i as { q?: string }).q === '李'), 'q');
    await until(() => JSON.stringify(trainerOptions()) === JSON.stringify(['李讲师 · 县委网信办']), 'the one found');
    await chooseTrainer('李讲师 · 县委网信办');
    expect(trainerPicker().textContent).toContain('李讲师');
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
      trainerId: 41,
    });
  });

  it('schedules a session without a trainer when none is chosen', async () => {
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
    expect(asked(drawn, 'training.sessions.create')[0]).toMatchObject({ trainerId: null });
  });

  it('keeps an edited session’s trainer, and refuses an end before the start', async () => {
    const drawn = openTab({ answers: { 'training.sessions.update': () => ({ id: 1 }) } });
    await until(() => byTestId('session-edit-1') !== null, 'the sessions');
    click('session-edit-1');
    await until(() => byTestId('session-form-trainer') !== null, 'the form');
    await until(() => trainerPicker().textContent?.includes('王老师 · 城关镇') === true, 'the current trainer');
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

  it('changes an edited session’s trainer, or clears it', async () => {
    const drawn = openTab({ answers: { 'training.sessions.update': () => ({ id: 1 }) } });
    await until(() => byTestId('session-edit-1') !== null, 'the sessions');
    click('session-edit-1');
    await until(() => byTestId('session-form-trainer') !== null, 'the form');
    await openTrainers(['王老师 · 城关镇', '李讲师 · 县委网信办', '赵干事 · 城关镇']);
    await chooseTrainer('赵干事 · 城关镇');
    click('session-form-save');
    await until(() => asked(drawn, 'training.sessions.update').length > 0, 'the update');
    expect(asked(drawn, 'training.sessions.update')[0]).toMatchObject({ id: 1, trainerId: 42 });

    // Cleared: the session has no trainer.
    await until(() => byTestId('session-form-title') === null, 'the dialog closed');
    click('session-edit-1');
    await until(() => trainerPicker()?.textContent?.includes('王老师') === true, 'the form again');
    const clear = trainerPicker().querySelector<HTMLElement>('.ant-select-clear');
    if (!clear) throw new Error('no clear button');
    act(() => {
      clear.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
      clear.click();
    });
    await settle(10);
    expect(trainerPicker().textContent).toContain('未指定');
    click('session-form-save');
    await until(() => asked(drawn, 'training.sessions.update').length > 1, 'the second update');
    expect(asked(drawn, 'training.sessions.update')[1]).toMatchObject({ id: 1, trainerId: null });
  });

  it('still offers a trainer the session has who is no longer among those who may teach it', async () => {
    const drawn = openTab({
      answers: {
        'training.sessions.list': () => ({
          items: [row(1, { trainerId: 77, trainerName: '钱老师' })],
          total: 1,
          totalIsBound: false,
        }),
        'training.sessions.update': () => ({ id: 1 }),
      },
    });
    await until(() => byTestId('session-edit-1') !== null, 'the sessions');
    click('session-edit-1');
    await until(() => trainerPicker()?.textContent?.includes('钱老师') === true, 'the current trainer');
    await openTrainers(['钱老师', '王老师 · 城关镇', '李讲师 · 县委网信办', '赵干事 · 城关镇']);
    click('session-form-save');
    await until(() => asked(drawn, 'training.sessions.update').length > 0, 'the update');
    expect(asked(drawn, 'training.sessions.update')[0]).toMatchObject({ id: 1, trainerId: 77 });
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
