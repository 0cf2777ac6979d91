// @vitest-environment happy-dom
// My learning against a mocked API: my courses with progress, state, due day (overdue in red, the days left) and
// certificate; an empty list leading to the catalogue; enrolling from the catalogue (asked first) and a course already
// taken showing its state; booking a classroom seat and giving it back (asked first); my certificates linking to their
// public verification page in a new tab. Everything sits in a `data-own` section.
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessOf, settle } from '../testing/render';
import { type Answers, byTestId, loadDialogs, renderWithApi, until } from '../testing/render-with-api';
import { catalogueRow, certificate, dayFromNow, enrolment, page, upcoming } from './learn-fixtures';
import { LearnPage } from './learn-page';

beforeAll(async () => {
  await loadDialogs();
}, 60_000);

function openPage(at: string, answers: Answers) {
  return renderWithApi(<LearnPage basePath="/training" />, {
    answers,
    at,
    route: '/training/learn',
    access: accessOf({}),
  });
}

const text = (testId: string) => byTestId(testId)?.textContent ?? '';
const click = (testId: string) => act(() => byTestId(testId)?.click());
const callsTo = (drawn: ReturnType<typeof openPage>, path: string) =>
  drawn.calls.filter((c) => c.path === path).map((c) => c.input);
/** Clicks the OK button of the confirm dialog open now. */
async function confirm(testId: string) {
  await until(() => byTestId(testId) !== null, 'the confirmation');
  click(testId);
  await settle(20);
}

describe('my learning', { timeout: 30_000 }, () => {
  it('shows my courses with progress, state, due day and certificate, and opens one', async () => {
    const drawn = openPage('/training/learn', {
      'training.learning.mine': () =>
        page([
          enrolment(5, { source: 'assigned', dueOn: dayFromNow(5) }),
          enrolment(6, {
            courseTitle: '保密常识',
            source: 'assigned',
            dueOn: '2026-01-10',
            overdue: true,
            progress: 10,
          }),
          enrolment(7, {
            courseTitle: '办公软件',
            status: 'completed',
            progress: 100,
            completedAt: '2026-11-20T02:00:00.000Z',
            certificateNumber: 'PX2026-000007',
          }),
        ]),
    });
    await until(() => byTestId('my-course-5') !== null, 'my courses');
    expect(byTestId('learn-page')?.querySelector('[data-own]')).not.toBeNull();
    expect(callsTo(drawn, 'training.learning.mine')[0]).toEqual({ page: 1, pageSize: 20 });
    expect(text('my-course-status-5')).toBe('学习中');
    expect(text('my-course-5')).toContain('指派');
    expect(text('my-course-due-5')).toContain('还剩 5 天');
    // Overdue: the day in red with the word, and no days left.
    expect(byTestId('my-course-due-6')?.querySelector('[data-overdue]')).not.toBeNull();
    expect(text('my-course-due-6')).toContain('已逾期');
    expect(text('my-course-due-6')).not.toContain('还剩');
    const certificateLink = byTestId<HTMLAnchorElement>('my-course-certificate-7');
    expect(certificateLink?.getAttribute('href')).toBe('/site/verify/training/PX2026-000007');
    expect(certificateLink?.target).toBe('_blank');
    click('my-course-open-5');
    await settle();
    expect(drawn.path()).toBe('/training/learn/5');
  });

  it('says what to do with no courses, and leads to the catalogue', async () => {
    const drawn = openPage('/training/learn', {
      'training.learning.mine': () => page([]),
      'training.learning.catalogue': () => page([catalogueRow(9)]),
    });
    await until(() => byTestId('my-courses-empty') !== null, 'the empty state');
    expect(text('my-courses-empty')).toContain('还没有报名任何课程');
    click('my-courses-browse');
    await until(() => byTestId('catalogue-9') !== null, 'the catalogue');
    expect(window.location.search).toBe('?tab=catalogue');
    expect(callsTo(drawn, 'training.learning.catalogue')[0]).toEqual({ page: 1, pageSize: 20 });
  });

  it('enrols from the catalogue once confirmed, and shows the state of a course already taken', async () => {
    const drawn = openPage('/training/learn?tab=catalogue&category=safety&q=保密', {
      'training.learning.catalogue': () =>
        page([
          catalogueRow(9),
          catalogueRow(5, {
            title: '网站内容安全规范',
            enrolment: { id: 50, status: 'in_progress', source: 'assigned', dueOn: dayFromNow(10) },
          }),
        ]),
      'training.learning.enrol': () => ({ id: 90, courseId: 9, status: 'enrolled' }),
    });
    await until(() => byTestId('catalogue-9') !== null, 'the catalogue');
    expect(callsTo(drawn, 'training.learning.catalogue')[0]).toEqual({
      category: 'safety',
      q: '保密',
      page: 1,
      pageSize: 20,
    });
    expect(text('catalogue-status-5')).toBe('学习中');
    expect(byTestId('catalogue-enrol-5')).toBeNull();
    expect(text('catalogue-5')).toContain('还剩 10 天');
    click('catalogue-enrol-9');
    await confirm('catalogue-enrol-ok');
    await until(() => drawn.path() === '/training/learn/9', 'the course’s page');
    expect(callsTo(drawn, 'training.learning.enrol')).toEqual([{ courseId: 9 }]);
  });

  it('books a classroom seat, and gives one back once confirmed', async () => {
    const drawn = openPage('/training/learn?tab=sessions', {
      'training.sessions.upcoming': () =>
        page([
          upcoming(21),
          upcoming(22, { title: '保密实操课', mySeat: { id: 3, status: 'booked', attendedAt: null, late: false } }),
          upcoming(23, { title: '满员课', placesLeft: 0 }),
        ]),
      'training.sessions.book': () => ({ seatId: 4, placesLeft: 11 }),
      'training.sessions.cancelSeat': () => ({ seatId: 3, placesLeft: 13 }),
    });
    await until(() => byTestId('my-sessions-21') !== null, 'my sessions');
    expect(text('my-sessions-21-places')).toContain('余 12 个名额');
    expect(text('my-sessions-22-seat')).toBe('已预约');
    expect(byTestId<HTMLButtonElement>('my-sessions-23-book')?.disabled).toBe(true);
    click('my-sessions-21-book');
    await until(() => callsTo(drawn, 'training.sessions.book').length > 0, 'the booking');
    expect(callsTo(drawn, 'training.sessions.book')).toEqual([{ sessionId: 21 }]);
    click('my-sessions-22-give-back');
    await confirm('my-sessions-give-back-ok');
    await until(() => callsTo(drawn, 'training.sessions.cancelSeat').length > 0, 'the seat given back');
    expect(callsTo(drawn, 'training.sessions.cancelSeat')).toEqual([{ sessionId: 22 }]);
  });

  it('lists my certificates with their public verification links', async () => {
    openPage('/training/learn?tab=certificates', {
      'training.certificates.mine': () => [certificate(1), certificate(2, { number: 'PX2026-000124', revoked: true })],
    });
    await until(() => byTestId('my-certificate-1') !== null, 'my certificates');
    const link = byTestId<HTMLAnchorElement>('my-certificate-number-1');
    expect(link?.getAttribute('href')).toBe('/site/verify/training/PX2026-000123');
    expect(link?.target).toBe('_blank');
    expect(link?.rel).toContain('noopener');
    expect(text('my-certificate-2')).toContain('已撤销');
  });
});
