// @vitest-environment happy-dom
// A volunteer's page against a mocked API: the ID number, phone and address masked as the server sends them; the
// reveal offered only with volunteers.pii at the volunteer's unit, asked first, and once confirmed the values shown in
// place with the word that the viewing was recorded.
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { branch, emptyRecord, volunteerProfile } from '../testing/fixtures';
import { accessOf, settle } from '../testing/render';
import { byTestId, loadDialogs, renderWithApi, until } from '../testing/render-with-api';
import { VolunteerPage } from './volunteer-page';

beforeAll(async () => {
  await loadDialogs();
}, 60_000);

const revealed = { idNumber: '110105198005121234', phone: '13812345678', address: '城关镇人民路 1 号' };

async function openProfile(allowed: Record<string, number[]>) {
  const drawn = renderWithApi(<VolunteerPage basePath="/volunteers" />, {
    answers: {
      'volunteers.people.get': () => volunteerProfile(),
      'volunteers.people.reveal': () => revealed,
      'volunteers.records.get': () => emptyRecord,
    },
    at: '/volunteers/people/3',
    route: '/volunteers/people/:id',
    access: accessOf({ 'volunteers.read': [branch], ...allowed }, branch),
  });
  await until(() => byTestId('volunteer-masked') !== null, 'the profile');
  return drawn;
}

const text = (testId: string) => byTestId(testId)?.textContent;
const click = (testId: string) => act(() => byTestId(testId)?.click());
const reveals = (drawn: ReturnType<typeof renderWithApi>) =>
  drawn.calls.filter((c) => c.path === 'volunteers.people.reveal').map((c) => c.input);

describe('a volunteer’s page', { timeout: 30_000 }, () => {
  it('shows the personal data masked, and no reveal without volunteers.pii at the volunteer’s unit', async () => {
    await openProfile({ 'volunteers.pii': [99] });
    expect(text('volunteer-id-number')).toBe('110***********1234');
    expect(text('volunteer-phone')).toBe('138****5678');
    expect(text('volunteer-address')).toBe('城关镇****');
    expect(text('volunteer-masked')).toContain('部分隐藏');
    expect(byTestId('volunteer-reveal')).toBeNull();
  });

  it('reveals in place once confirmed, saying the viewing was recorded', async () => {
    const drawn = await openProfile({ 'volunteers.pii': [branch] });
    expect(byTestId('volunteer-reveal')?.getAttribute('data-permission')).toBe('volunteers.pii');
    click('volunteer-reveal');
    await until(() => byTestId('volunteer-reveal-ok') !== null, 'the question');
    expect(reveals(drawn)).toEqual([]);
    click('volunteer-reveal-ok');
    await settle(20);
    await until(() => text('volunteer-id-number') === revealed.idNumber, 'the values');
    expect(reveals(drawn)).toEqual([{ id: 3 }]);
    expect(byTestId('volunteer-phone')?.getAttribute('href')).toBe('tel:13812345678');
    expect(text('volunteer-address')).toBe('城关镇人民路 1 号');
    expect(text('volunteer-revealed')).toContain('已记入审计日志');
  });
});
