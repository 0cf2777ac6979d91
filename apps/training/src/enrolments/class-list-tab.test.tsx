// @vitest-environment happy-dom
// A course's class list against a mocked API: it asks for the course's learners with the URL's filters and order,
// shows each one's name and unit, state, progress bar, figures and due day (in red once overdue); an empty course says
// how learners come.
import { describe, expect, it } from 'vitest';
import { accessOf } from '../testing/render';
import { type Answers, byTestId, renderWithApi, until } from '../testing/render-with-api';
import { ClassListTab } from './class-list-tab';
import type { ClassListRow } from './enrolment-types';

const township = 2;
const courseId = 7;

const row = (id: number, over: Partial<ClassListRow> = {}): ClassListRow => ({
  id,
  learnerName: `学员${id}`,
  unitName: '东关村',
  status: 'in_progress',
  progress: 40,
  lessonsDone: 2,
  bestScore: 85,
  sessionsAttended: 1,
  source: 'assigned',
  dueOn: '2026-12-31',
  overdue: false,
  enrolledAt: '2026-11-02T02:00:00.000Z',
  completedAt: null,
  ...over,
});

const rows = [
  row(1),
  row(2, { status: 'enrolled', progress: 0, bestScore: null, dueOn: '2026-11-30', overdue: true }),
  row(3, { status: 'completed', progress: 100, source: 'self', dueOn: null, completedAt: '2026-11-20T08:00:00.000Z' }),
];

function openTab(answers: Answers = {}, at = '/training/courses/7?tab=learners') {
  return renderWithApi(<ClassListTab courseId={courseId} unitId={township} basePath="/training" canManage />, {
    answers: {
      'training.enrolments.classList': () => ({ items: rows, total: rows.length, totalIsBound: false }),
      ...answers,
    },
    at,
    route: '/training/courses/:id',
    access: accessOf({ 'training.manage': [township], 'training.teach': [township] }, township),
  });
}

const text = (testId: string) => byTestId(testId)?.textContent;

describe('a course’s class list', { timeout: 30_000 }, () => {
  it('asks for the course’s learners with the URL’s filters and order', async () => {
    const drawn = openTab(
      {},
      '/training/courses/7?tab=learners&q=李&status=in_progress&overdue=yes&sort=progress&order=asc',
    );
    await until(() => byTestId('class-learner-3') !== null, 'the learners');
    const asked = drawn.calls.filter((c) => c.path === 'training.enrolments.classList').map((c) => c.input);
    expect(asked[0]).toEqual({
      courseId,
      q: '李',
      status: 'in_progress',
      overdue: true,
      sort: 'progress',
      order: 'asc',
      page: 1,
      pageSize: 20,
    });
  });

  it('shows each learner’s name, unit, state, progress and due day, the overdue in red', async () => {
    openTab();
    await until(() => byTestId('class-learner-3') !== null, 'the learners');
    expect(text('class-learner-1')).toBe('学员1');
    expect(text('class-status-3')).toBe('已结业');
    expect(byTestId('class-progress-1')?.textContent).toContain('40%');
    expect(text('class-score-2')).toBe('—');
    expect(byTestId('class-due-2')?.getAttribute('data-overdue')).toBe('true');
    expect(text('class-due-2')).toContain('已逾期');
    expect(byTestId('class-due-1')?.getAttribute('data-overdue')).toBeNull();
    expect(byTestId('class-list-export')).not.toBeNull();
  });

  it('says how learners come when none has enrolled', async () => {
    openTab({ 'training.enrolments.classList': () => ({ items: [], total: 0, totalIsBound: false }) });
    await until(() => byTestId('class-list-empty') !== null, 'the empty state');
    expect(text('class-list-empty')).toContain('还没有学员报名这门课程');
  });
});
