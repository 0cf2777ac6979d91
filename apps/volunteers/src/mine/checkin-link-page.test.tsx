// @vitest-environment happy-dom
// Checking in with a code, against a mocked API: the QR code's link fills the code in; a code that is not six digits
// is refused before sending; the server's refusal (a code used by someone else) shows in its words; a code that works
// says so, with its flag (late, early).
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
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
import { CheckinLinkPage } from './checkin-link-page';

beforeAll(async () => {
  await loadDialogs();
}, 60_000);

const activity = {
  id: 9,
  title: '社区敬老助餐',
  unitId: 7,
  unitName: '城关一支部',
  teamName: null,
  place: '东街社区食堂',
  startsAt: '2026-12-05T01:00:00.000Z',
  endsAt: '2026-12-05T03:30:00.000Z',
  signupDeadline: null,
  mode: 'recruit' as const,
  approval: false,
  capacity: 20,
  placesLeft: 8,
  requiredSkills: [],
  description: '',
  lng: null,
  lat: null,
  attendancePercent: 60,
  registered: true,
  mySignup: { id: 5, status: 'confirmed' as const, position: null },
  myAttendance: null,
};

async function openLink(answers: Answers, at: string) {
  const drawn = renderWithApi(<CheckinLinkPage basePath="/volunteers" />, {
    answers: { 'volunteers.activities.open': () => activity, ...answers },
    at,
    route: '/volunteers/checkin/:id',
    access: accessOf({}, 7),
  });
  await until(() => byTestId('checkin-link-code') !== null, 'the form');
  return drawn;
}

const click = (testId: string) => act(() => byTestId(testId)?.click());
const callsTo = (drawn: ReturnType<typeof renderWithApi>, path: string) =>
  drawn.calls.filter((c) => c.path === path).map((c) => c.input);

describe('checking in with a code', { timeout: 30_000 }, () => {
  it('fills in the link’s code and shows the server’s refusal in its words', async () => {
    const drawn = await openLink(
      {
        'volunteers.checkin.checkIn': () => {
          throw refusal('这个签到码已被其他志愿者使用，请使用签到屏上的新签到码', 'CONFLICT');
        },
      },
      '/volunteers/checkin/9?code=012345&purpose=in',
    );
    expect(byTestId<HTMLInputElement>('checkin-link-code')?.value).toBe('012345');
    click('checkin-link-submit');
    await until(() => byTestId('checkin-link-refused') !== null, 'the refusal');
    expect(callsTo(drawn, 'volunteers.checkin.checkIn')).toEqual([{ activityId: 9, code: '012345' }]);
    expect(byTestId('checkin-link-refused')?.textContent).toContain('签到未成功');
    expect(byTestId('checkin-link-refused')?.textContent).toContain('已被其他志愿者使用');
  });

  it('refuses a code that is not six digits before sending, and checks out with a good one', async () => {
    const drawn = await openLink(
      { 'volunteers.checkin.checkOut': () => ({ checkedOutAt: '2026-12-05T03:10:00.000Z', early: true }) },
      '/volunteers/checkin/9?purpose=out',
    );
    typeInto('checkin-link-code', '12a4');
    click('checkin-link-submit');
    await settle(50);
    await until(() => document.body.textContent?.includes('签到码是六位数字') ?? false, 'the format refused');
    expect(callsTo(drawn, 'volunteers.checkin.checkOut')).toEqual([]);
    typeInto('checkin-link-code', '654321');
    click('checkin-link-submit');
    await until(() => byTestId('checkin-link-done') !== null, 'done');
    expect(callsTo(drawn, 'volunteers.checkin.checkOut')).toEqual([{ activityId: 9, code: '654321' }]);
    // The early check-out is said on the page, not only in the passing message.
    expect(byTestId('checkin-link-done')?.textContent).toContain('签退成功（早退）');
  });
});
