// @vitest-environment happy-dom
// A session's page against a mocked API: its details and roster (names and units only), each seat's attendance with
// the late flag; the trainer marks a seat attended, takes a mark back only once asked, and is told when attendance
// opens; a session outside the reader's courses reads as not found.
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessOf } from '../testing/render';
import { type Answers, byTestId, loadDialogs, refusal, renderWithApi, until } from '../testing/render-with-api';
import { SessionPage } from './session-page';
import type { Roster } from './session-types';

beforeAll(async () => {
  await loadDialogs();
}, 60_000);

const township = 2;
const minute = 60_000;

const roster = (startsInMinutes: number, over: Partial<Roster> = {}): Roster => ({
  id: 5,
  unitId: township,
  courseId: 7,
  courseTitle: '网站安全基础',
  title: '第一期面授',
  place: '镇政府三楼会议室',
  startsAt: new Date(Date.now() + startsInMinutes * minute).toISOString(),
  endsAt: new Date(Date.now() + (startsInMinutes + 120) * minute).toISOString(),
  capacity: 30,
  booked: 3,
  trainerName: '王老师',
  status: 'scheduled',
  seats: [
    {
      id: 11,
      learnerName: '李明',
      unitName: '城关镇',
      status: 'booked',
      attendedAt: new Date().toISOString(),
      attendedBy: 'code',
      late: true,
    },
    {
      id: 12,
      learnerName: '张华',
      unitName: '东关村',
      status: 'booked',
      attendedAt: null,
      attendedBy: null,
      late: false,
    },
    {
      id: 13,
      learnerName: '赵强',
      unitName: '西街社区',
      status: 'cancelled',
      attendedAt: null,
      attendedBy: null,
      late: false,
    },
  ],
  ...over,
});

function openPage(answers: Answers, allowed: Record<string, number[]> = { 'training.teach': [township] }) {
  return renderWithApi(<SessionPage basePath="/training" />, {
    answers,
    at: '/training/sessions/5',
    route: '/training/sessions/:id',
    access: accessOf(allowed, township),
  });
}

const text = (testId: string) => byTestId(testId)?.textContent;
const click = (testId: string) => act(() => byTestId(testId)?.click());
const marks = (drawn: ReturnType<typeof renderWithApi>) =>
  drawn.calls.filter((c) => c.path === 'training.sessions.mark').map((c) => c.input);
const marked = {
  attendedAt: new Date().toISOString(),
  late: false,
  enrolmentStatus: 'in_progress',
  completedNow: false,
};

describe('a session’s page', { timeout: 30_000 }, () => {
  it('shows the roster with each seat’s attendance, and marks a seat attended', async () => {
    const drawn = openPage({
      'training.sessions.roster': () => roster(-10),
      'training.sessions.mark': () => ({ id: 12, attendedBy: 'trainer', ...marked }),
    });
    await until(() => byTestId('seat-name-12') !== null, 'the roster');
    expect(text('session-places')).toBe('3 / 30');
    expect(text('session-attended')).toBe('1');
    expect(text('seat-attendance-11')).toContain('扫码签到');
    expect(byTestId('seat-late-11')).not.toBeNull();
    expect(text('seat-attendance-13')).toContain('已取消预约');
    expect(byTestId('seat-mark-13')).toBeNull();
    expect(byTestId('session-checkin-screen')?.getAttribute('data-permission')).toBe('training.teach');
    expect(byTestId('session-mark-not-yet')).toBeNull();
    click('seat-mark-12');
    await until(() => marks(drawn).length > 0, 'the mark');
    expect(marks(drawn)).toEqual([{ seatId: 12, attended: true }]);
  });

  it('takes a mark back only once asked', async () => {
    const drawn = openPage({
      'training.sessions.roster': () => roster(-10),
      'training.sessions.mark': () => ({ id: 11, ...marked, attendedAt: null, attendedBy: null }),
    });
    await until(() => byTestId('seat-unmark-11') !== null, 'the roster');
    click('seat-unmark-11');
    await until(() => byTestId('seat-unmark-ok') !== null, 'the question');
    expect(marks(drawn)).toEqual([]);
    click('seat-unmark-ok');
    await until(() => marks(drawn).length > 0, 'the mark');
    expect(marks(drawn)).toEqual([{ seatId: 11, attended: false }]);
  });

  it('says when attendance opens, and offers no mark before then', async () => {
    openPage({ 'training.sessions.roster': () => roster(24 * 60) });
    await until(() => byTestId('seat-mark-12') !== null, 'the roster');
    expect(byTestId('session-mark-not-yet')).not.toBeNull();
    expect(byTestId<HTMLButtonElement>('seat-mark-12')?.disabled).toBe(true);
  });

  it('reads a session outside the reader’s courses as not found', async () => {
    openPage({
      'training.sessions.roster': () => {
        throw refusal('面授课不存在或不在您的管理范围内', 'NOT_FOUND');
      },
    });
    await until(() => byTestId('session-not-found') !== null, 'the not-found page');
    expect(text('session-not-found')).toContain('这场面授课不存在，或不是您讲授的课程。');
    // Back to the reader's learning, not to the courses a trainer may not manage.
    expect(byTestId('session-not-found')?.querySelector('a')?.getAttribute('href')).toBe('/training/learn');
    expect(byTestId('session-not-found')?.querySelector('a')?.textContent).toBe('回到我的学习');
    expect(byTestId('session-roster')).toBeNull();
  });
});
