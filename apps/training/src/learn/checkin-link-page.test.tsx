// @vitest-environment happy-dom
// The QR code's link against a mocked API: the session named and the code filled in; the server's refusal in its
// words; a check-in that works says whether I was late and when it completed the course.
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { accessOf } from '../testing/render';
import { type Answers, byTestId, refusal, renderWithApi, typeInto, until } from '../testing/render-with-api';
import { CheckinLinkPage } from './checkin-link-page';
import { page, upcoming } from './learn-fixtures';

function openLink(answers: Answers, at: string) {
  return renderWithApi(<CheckinLinkPage basePath="/training" />, {
    answers: { 'training.sessions.upcoming': () => page([upcoming(21)]), ...answers },
    at,
    route: '/training/checkin/:sessionId',
    access: accessOf({}),
  });
}

const text = (testId: string) => byTestId(testId)?.textContent ?? '';
const click = (testId: string) => act(() => byTestId(testId)?.click());
const callsTo = (drawn: ReturnType<typeof openLink>, path: string) =>
  drawn.calls.filter((c) => c.path === path).map((c) => c.input);

describe('checking in by the QR code’s link', { timeout: 30_000 }, () => {
  it('fills in the code, shows the refusal in the server’s words, and a late check-in that completed the course', async () => {
    let tries = 0;
    const drawn = openLink(
      {
        'training.sessions.checkIn': () => {
          tries += 1;
          if (tries === 1) throw refusal('签到码已过期，请使用屏幕上的新签到码', 'BAD_REQUEST');
          return {
            seatId: 3,
            attendedAt: '2026-12-04T01:15:00.000Z',
            late: true,
            enrolmentStatus: 'completed',
            completedNow: true,
          };
        },
      },
      '/training/checkin/21?code=012345',
    );
    await until(() => byTestId('checkin-link-session') !== null, 'the session');
    expect(byTestId('checkin-link-page')?.querySelector('[data-own]')).not.toBeNull();
    expect(text('checkin-link-page')).toContain('签到：审校实操课');
    expect(byTestId<HTMLInputElement>('checkin-link-code')?.value).toBe('012345');
    click('checkin-link-submit');
    await until(() => byTestId('checkin-link-refused') !== null, 'the refusal');
    expect(text('checkin-link-refused')).toContain('签到码已过期');
    typeInto('checkin-link-code', '654321');
    click('checkin-link-submit');
    await until(() => byTestId('checkin-link-done') !== null, 'the check-in');
    expect(callsTo(drawn, 'training.sessions.checkIn')).toEqual([
      { sessionId: 21, code: '012345' },
      { sessionId: 21, code: '654321' },
    ]);
    expect(text('checkin-link-done')).toContain('签到成功（迟到）');
    expect(text('checkin-link-done')).toContain('证书已发放');
  });
});
