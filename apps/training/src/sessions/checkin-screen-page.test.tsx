// @vitest-environment happy-dom
// The check-in screen against a mocked API: while the session's window is open and no code is valid it asks for one,
// shows it with the QR link to /training/checkin/<session>?code=… and the seats booked and attended; before the window
// it says when codes show and asks for none; a session the server does not give reads as not found, with the way back
// to the reader's learning.
import { describe, expect, it } from 'vitest';
import { accessOf } from '../testing/render';
import { type Answers, byTestId, refusal, renderWithApi, until } from '../testing/render-with-api';
import { SessionCheckinScreen } from './checkin-screen-page';
import type { Roster } from './session-types';

const township = 2;
const minute = 60_000;

const session = (startsInMinutes: number, over: Partial<Roster> = {}): Roster => ({
  id: 5,
  unitId: township,
  courseId: 7,
  courseTitle: '网站安全基础',
  title: '第一期面授',
  place: '镇政府三楼会议室',
  startsAt: new Date(Date.now() + startsInMinutes * minute).toISOString(),
  endsAt: new Date(Date.now() + (startsInMinutes + 120) * minute).toISOString(),
  capacity: 30,
  booked: 12,
  trainerName: '王老师',
  status: 'scheduled',
  seats: [],
  ...over,
});

function openScreen(answers: Answers) {
  return renderWithApi(<SessionCheckinScreen basePath="/training" />, {
    answers,
    at: '/training/sessions/5/checkin',
    route: '/training/sessions/:id/checkin',
    access: accessOf({ 'training.teach': [township] }, township),
  });
}

const asked = (drawn: ReturnType<typeof renderWithApi>, path: string) =>
  drawn.calls.filter((c) => c.path === path).map((c) => c.input);

describe('a session’s check-in screen', { timeout: 30_000 }, () => {
  it('asks for a code when none is valid, and shows it with the counts', async () => {
    const code = {
      code: '482913',
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
      link: '/training/checkin/5?code=482913',
    };
    let issued = false;
    const drawn = openScreen({
      'training.sessions.roster': () => session(-5),
      'training.sessions.screen': () => ({ current: issued ? code : null, booked: 12, attended: 4 }),
      'training.sessions.screenCode': () => {
        issued = true;
        return code;
      },
    });
    await until(() => document.body.textContent?.includes('482913') === true, 'the code');
    expect(asked(drawn, 'training.sessions.screenCode')[0]).toEqual({ id: 5 });
    expect(byTestId('checkin-count')?.textContent).toBe('已签到 4 人 / 已预约 12 人');
    expect(byTestId('checkin-closed')).toBeNull();
  });

  it('says when codes show before the window opens, and asks for none', async () => {
    const drawn = openScreen({
      'training.sessions.roster': () => session(24 * 60),
      'training.sessions.screen': () => ({ current: null, booked: 12, attended: 0 }),
    });
    await until(() => byTestId('checkin-closed') !== null, 'the closed screen');
    await until(() => asked(drawn, 'training.sessions.screen').length > 0, 'the poll');
    expect(byTestId('checkin-closed')?.textContent).toContain('开课前 30 分钟');
    expect(asked(drawn, 'training.sessions.screenCode')).toEqual([]);
  });

  it('reads a session outside the reader’s courses as not found, and asks for no code', async () => {
    const drawn = openScreen({
      'training.sessions.roster': () => {
        throw refusal('面授课不存在或不在您的管理范围内', 'NOT_FOUND');
      },
    });
    await until(() => byTestId('session-not-found') !== null, 'the not-found page');
    expect(asked(drawn, 'training.sessions.roster')).toEqual([{ id: 5 }]);
    expect(byTestId('session-not-found')?.textContent).toContain('这场面授课不存在，或不是您讲授的课程。');
    expect(byTestId('session-not-found')?.querySelector('a')?.getAttribute('href')).toBe('/training/learn');
    expect(asked(drawn, 'training.sessions.screenCode')).toEqual([]);
    expect(byTestId('checkin-screen')).toBeNull();
  });

  it('says a cancelled session shows no code', async () => {
    const drawn = openScreen({
      'training.sessions.roster': () => session(-5, { status: 'cancelled' }),
      'training.sessions.screen': () => ({ current: null, booked: 0, attended: 0 }),
    });
    await until(() => byTestId('checkin-closed') !== null, 'the closed screen');
    expect(byTestId('checkin-closed')?.textContent).toBe('这场面授课已取消');
    expect(asked(drawn, 'training.sessions.screenCode')).toEqual([]);
  });
});
