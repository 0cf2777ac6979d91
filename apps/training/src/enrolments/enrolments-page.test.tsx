// @vitest-environment happy-dom
// The staff's training list against a mocked API: it asks for the current unit's subtree with the URL's filters, shows
// each enrolment with the learner's name and unit, the course, state, progress and due day; withdrawing an assignment
// is offered for assigned, unfinished ones to an assigner of the learner's unit, asked first; a course's title filters
// by it; an empty list says what fills it.
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessOf } from '../testing/render';
import { type Answers, byTestId, loadDialogs, renderWithApi, until } from '../testing/render-with-api';
import type { EnrolmentRow } from './enrolment-types';
import { EnrolmentsPage } from './enrolments-page';

beforeAll(async () => {
  await loadDialogs();
}, 60_000);

const township = 2;
const village = 5;

const row = (id: number, over: Partial<EnrolmentRow> = {}): EnrolmentRow => ({
  id,
  learnerName: `学员${id}`,
  unitId: village,
  unitName: '东关村',
  courseId: 7,
  courseTitle: '网站安全基础',
  courseUnitName: '县委网信办',
  status: 'in_progress',
  progress: 40,
  source: 'assigned',
  dueOn: '2026-12-31',
  overdue: false,
  enrolledAt: '2026-11-02T02:00:00.000Z',
  completedAt: null,
  ...over,
});

const rows = [
  row(1),
  row(2, { status: 'completed', progress: 100, completedAt: '2026-11-20T08:00:00.000Z' }),
  row(3, { source: 'self', dueOn: null }),
];

function openPage({
  answers = {} as Answers,
  at = '/training/enrolments',
  allowed = {} as Record<string, number[]>,
} = {}) {
  return renderWithApi(<EnrolmentsPage basePath="/training" unitId={township} />, {
    answers: {
      'training.enrolments.list': () => ({ items: rows, total: rows.length, totalIsBound: false }),
      'identity.units.tree': () => [],
      ...answers,
    },
    at,
    route: '/training/enrolments',
    access: accessOf({ 'training.read': [township, village], ...allowed }, township),
  });
}

const text = (testId: string) => byTestId(testId)?.textContent;
const click = (testId: string) => act(() => byTestId(testId)?.click());
const asked = (drawn: ReturnType<typeof renderWithApi>, path: string) =>
  drawn.calls.filter((c) => c.path === path).map((c) => c.input);

describe('the staff’s training list', { timeout: 30_000 }, () => {
  it('asks for the current unit’s subtree with the URL’s filters', async () => {
    const drawn = openPage({
      at: '/training/enrolments?q=学员&status=in_progress&overdue=no&source=assigned&courseId=7&page=2',
    });
    await until(() => byTestId('enrolment-learner-3') !== null, 'the list');
    expect(asked(drawn, 'training.enrolments.list')[0]).toEqual({
      unitId: township,
      q: '学员',
      courseId: 7,
      status: 'in_progress',
      overdue: false,
      source: 'assigned',
      page: 2,
      pageSize: 20,
    });
    // The course filtered by is named, and can be cleared.
    expect(text('enrolments-course-filter')).toContain('网站安全基础');
  });

  it('filters by a course when its title is chosen in a row', async () => {
    const drawn = openPage();
    await until(() => byTestId('enrolment-course-1') !== null, 'the list');
    click('enrolment-course-1');
    await until(
      () => asked(drawn, 'training.enrolments.list').some((i) => (i as { courseId?: number }).courseId === 7),
      'the filter',
    );
    expect(drawn.history.location.search).toContain('courseId=7');
  });

  it('withdraws an unfinished assignment only once asked, offered to an assigner of the learner’s unit', async () => {
    const drawn = openPage({
      allowed: { 'training.assign': [township, village] },
      answers: { 'training.enrolments.unassign': () => ({ id: 1, status: 'withdrawn' }) },
    });
    await until(() => byTestId('enrolment-unassign-1') !== null, 'the list');
    expect(byTestId('enrolment-unassign-1')?.getAttribute('data-permission')).toBe('training.assign');
    expect(byTestId('enrolment-unassign-1')?.getAttribute('data-unit')).toBe(String(village));
    // Completed, or enrolled by themselves: nothing to withdraw.
    expect(byTestId('enrolment-unassign-2')).toBeNull();
    expect(byTestId('enrolment-unassign-3')).toBeNull();
    click('enrolment-unassign-1');
    await until(() => byTestId('enrolment-unassign-ok') !== null, 'the question');
    expect(asked(drawn, 'training.enrolments.unassign')).toEqual([]);
    click('enrolment-unassign-ok');
    await until(() => asked(drawn, 'training.enrolments.unassign').length > 0, 'the withdrawal');
    expect(asked(drawn, 'training.enrolments.unassign')[0]).toEqual({ id: 1 });
  });

  it('offers no withdrawal without training.assign', async () => {
    openPage();
    await until(() => byTestId('enrolment-learner-1') !== null, 'the list');
    expect(byTestId('enrolment-unassign-1')).toBeNull();
  });

  it('says what fills the list when the subtree has no training yet', async () => {
    openPage({ answers: { 'training.enrolments.list': () => ({ items: [], total: 0, totalIsBound: false }) } });
    await until(() => byTestId('enrolments-empty') !== null, 'the empty state');
    expect(text('enrolments-empty')).toContain('还没有培训记录');
  });
});
