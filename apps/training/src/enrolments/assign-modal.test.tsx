// @vitest-environment happy-dom
// Assigning a course from the staff's training page against a mocked API: offered to an assigner of the current unit
// only; the courses open to the unit's people, found by title and shown with their unit; the subtree's people for the
// course chosen, found by name and paged, those taking it or done with it shown so and not choosable; a due day from
// today on; the assignment sent as chosen, its count said and the list asked again; a refusal kept in the dialog with
// every choice; and no more chosen at once than the server takes.
import { calendarDay, dayNumber, dayText } from '@strata/i18n/days';
import { Form } from 'antd';
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
import { AssignPeople, withinCap } from './assign-people';
import type { PeopleInput, PersonRow } from './enrolment-types';
import { EnrolmentsPage } from './enrolments-page';

beforeAll(async () => {
  await loadDialogs();
}, 60_000);

const township = 2;
const village = 5;

const courses = [
  { id: 7, title: '网站安全基础', unitName: '县委网信办', required: true },
  { id: 8, title: '公文写作', unitName: '城关镇', required: false },
];

/** The subtree's people; their status in course 7 (nobody has taken course 8). */
const people: PersonRow[] = [
  { id: 31, name: '张三', unitId: village, unitName: '东关村', enrolmentStatus: null },
  { id: 32, name: '李四', unitId: village, unitName: '东关村', enrolmentStatus: 'in_progress' },
  { id: 33, name: '王五', unitId: township, unitName: '城关镇', enrolmentStatus: 'completed' },
  { id: 34, name: '赵六', unitId: township, unitName: '城关镇', enrolmentStatus: 'withdrawn' },
  { id: 35, name: '张小明', unitId: township, unitName: '城关镇', enrolmentStatus: 'enrolled' },
];

/** training.enrolments.people as the server answers it: narrowed by name, a page at a time. */
const answerPeople = (input: unknown) => {
  const { q, courseId, page, pageSize } = input as PeopleInput & { page: number; pageSize: number };
  const found = people
    .filter((p) => !q || p.name.includes(q))
    .map((p) => (courseId === 7 ? p : { ...p, enrolmentStatus: null }));
  return { items: found.slice((page - 1) * pageSize, page * pageSize), total: found.length };
};

function openPage({ answers = {} as Answers, allowed = { 'training.assign': [township, village] } } = {}) {
  return renderWithApi(<EnrolmentsPage basePath="/training" unitId={township} />, {
    answers: {
      'training.enrolments.list': () => ({ items: [], total: 0, totalIsBound: false }),
      'identity.units.tree': () => [],
      'training.enrolments.assignableCourses': () => courses,
      'training.enrolments.people': answerPeople,
      ...answers,
    },
    at: '/training/enrolments',
    route: '/training/enrolments',
    access: accessOf({ 'training.read': [township, village], ...allowed }, township),
  });
}

const click = (testId: string) => act(() => byTestId(testId)?.click());
const asked = (drawn: { calls: { path: string; input: unknown }[] }, path: string) =>
  drawn.calls.filter((c) => c.path === path).map((c) => c.input);
const today = calendarDay(new Date());
const daysFromToday = (days: number) => dayText(dayNumber(today) + days);

/** The person's check box in the people table. */
const box = (id: number) =>
  byTestId(`assign-person-${id}`)?.closest('tr')?.querySelector<HTMLInputElement>('input[type="checkbox"]') ?? null;
const tick = async (id: number) => {
  act(() => box(id)?.click());
  await settle(10);
};
/** The error (or hint) under the form item holding `testId`. */
const itemText = (testId: string) => byTestId(testId)?.closest('.ant-form-item')?.textContent ?? '';

async function openDialog() {
  await until(() => byTestId('enrolments-assign') !== null, 'the assign button');
  click('enrolments-assign');
  await until(() => byTestId('assign-course') !== null, 'the dialog');
}

/** Opens the course picker and waits for its options. */
async function openCourses() {
  const select = byTestId('assign-course') as HTMLElement;
  act(() => {
    (select.querySelector('input') ?? select).dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
  });
  await until(() => byTestId('assign-course-7') !== null, 'the courses');
}
async function chooseCourse(id: number) {
  await openCourses();
  act(() => byTestId(`assign-course-${id}`)?.closest<HTMLElement>('.ant-select-item-option')?.click());
  await until(() => byTestId('assign-people-table') !== null, 'the people');
}

/** A dialog with course 7, 张三 and 赵六 chosen, due in a month. */
async function fillDialog(drawn: ReturnType<typeof openPage>) {
  await openDialog();
  await chooseCourse(7);
  await until(() => box(34) !== null, 'the people');
  await tick(31);
  await tick(34);
  typeInto('assign-due', daysFromToday(30));
  await settle(20);
  return drawn;
}

describe('assigning a course', { timeout: 30_000 }, () => {
  it('is offered to an assigner of the current unit, marked with the permission and unit', async () => {
    openPage();
    await until(() => byTestId('enrolments-assign') !== null, 'the assign button');
    expect(byTestId('enrolments-assign')?.getAttribute('data-permission')).toBe('training.assign');
    expect(byTestId('enrolments-assign')?.getAttribute('data-unit')).toBe(String(township));
    expect(byTestId('enrolments-assign')?.textContent).toContain('分配课程');
  });

  it('is not offered without training.assign at the current unit', async () => {
    // An assigner of the village only, on the township's page: nothing to assign here.
    openPage({ allowed: { 'training.assign': [village] } });
    await until(() => byTestId('enrolments-empty') !== null, 'the list');
    expect(byTestId('enrolments-assign')).toBeNull();
  });

  it('offers the unit’s courses with their unit, found by title, then the people for the course chosen', async () => {
    const drawn = openPage();
    await openDialog();
    await until(() => asked(drawn, 'training.enrolments.assignableCourses').length > 0, 'the courses asked');
    expect(asked(drawn, 'training.enrolments.assignableCourses')).toEqual([{ unitId: township }]);
    // No course yet: nobody offered, nobody asked for.
    expect(byTestId('assign-people-course-first')).not.toBeNull();
    expect(asked(drawn, 'training.enrolments.people')).toEqual([]);
    await openCourses();
    expect(byTestId('assign-course-7')?.textContent).toContain('县委网信办');
    expect(byTestId('assign-course-7')?.textContent).toContain('必修');
    expect(byTestId('assign-course-8')?.textContent).toContain('城关镇');
    const search = byTestId('assign-course')?.querySelector('input') as HTMLInputElement;
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(search, '公文');
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await until(() => byTestId('assign-course-7') === null, 'the search');
    expect(byTestId('assign-course-8')).not.toBeNull();
    act(() => byTestId('assign-course-8')?.closest<HTMLElement>('.ant-select-item-option')?.click());
    await until(() => asked(drawn, 'training.enrolments.people').length > 0, 'the people asked');
    expect(asked(drawn, 'training.enrolments.people')[0]).toEqual({
      unitId: township,
      courseId: 8,
      page: 1,
      pageSize: 10,
    });
    await until(() => box(35) !== null, 'the people');
    expect(box(32)?.disabled).toBe(false);
  });

  it('shows who is taking the course or done with it: those taking it may be given a due day, not those done', async () => {
    const drawn = openPage();
    await openDialog();
    await chooseCourse(7);
    await until(() => box(35) !== null, 'the people');
    expect(asked(drawn, 'training.enrolments.people').at(-1)).toEqual({
      unitId: township,
      courseId: 7,
      page: 1,
      pageSize: 10,
    });
    // Done with it: a tag, why, and no check box to tick.
    expect(box(33)?.disabled).toBe(true);
    expect(byTestId('assign-person-status-33')?.textContent).toContain('已结业');
    // Taking it, enrolled or under way: a tag, and the assignment gives them the due day.
    expect(box(32)?.disabled).toBe(false);
    expect(byTestId('assign-person-status-32')?.textContent).toContain('学习中');
    expect(byTestId('assign-person-status-32')?.textContent).toContain('分配后按截止日期完成');
    expect(box(35)?.disabled).toBe(false);
    expect(byTestId('assign-person-status-35')?.textContent).toContain('已报名');
    // Never in it, or left it: may be chosen.
    expect(box(31)?.disabled).toBe(false);
    expect(byTestId('assign-person-status-31')).toBeNull();
    expect(box(34)?.disabled).toBe(false);
    expect(byTestId('assign-person-status-34')?.textContent).toContain('接着学习');
    await tick(33);
    await tick(31);
    await tick(32);
    expect(byTestId('assign-people-chosen')?.textContent).toContain('已选 2 人');

    typeInto('assign-people-search', '张');
    await until(() => asked(drawn, 'training.enrolments.people').some((i) => (i as { q?: string }).q === '张'), 'q');
    expect(asked(drawn, 'training.enrolments.people').at(-1)).toEqual({
      unitId: township,
      q: '张',
      courseId: 7,
      page: 1,
      pageSize: 10,
    });
    await until(() => byTestId('assign-person-32') === null, 'the people found');
    // The choice holds through the search.
    expect(box(31)?.checked).toBe(true);
    expect(byTestId('assign-people-chosen')?.textContent).toContain('已选 2 人');
  });

  it('asks for a due day from today on, and sends the assignment as chosen', async () => {
    const drawn = openPage({
      answers: { 'training.enrolments.assign': () => ({ assigned: 2, updated: 0, skipped: 0 }) },
    });
    await openDialog();
    // Nothing chosen: each field says what it needs, nothing is sent.
    click('assign-ok');
    await until(() => itemText('assign-due').includes('请选择截止日期'), 'the rules');
    expect(document.body.textContent).toContain('请选择课程');
    await chooseCourse(7);
    await until(() => box(34) !== null, 'the people');
    click('assign-ok');
    await until(() => document.body.textContent?.includes('请至少选择一人') === true, 'the people rule');
    await tick(31);
    await tick(34);
    expect(byTestId('assign-due')?.getAttribute('min')).toBe(today);
    typeInto('assign-due', daysFromToday(-1));
    await settle(20);
    click('assign-ok');
    await until(() => itemText('assign-due').includes('截止日期不能早于今天'), 'the due-day rule');
    expect(asked(drawn, 'training.enrolments.assign')).toEqual([]);
    // Today will do.
    typeInto('assign-due', today);
    await settle(20);
    const listed = asked(drawn, 'training.enrolments.list').length;
    click('assign-ok');
    await until(() => asked(drawn, 'training.enrolments.assign').length > 0, 'the assignment');
    expect(asked(drawn, 'training.enrolments.assign')).toEqual([{ courseId: 7, userIds: [31, 34], dueOn: today }]);
    await until(() => document.body.textContent?.includes('已分配 2 人') === true, 'the message');
    await until(() => byTestId('assign-course') === null, 'the dialog closed');
    await until(() => asked(drawn, 'training.enrolments.list').length > listed, 'the list asked again');
  });

  it('keeps the dialog and every choice when the server refuses, its message shown', async () => {
    const drawn = openPage({
      answers: {
        'training.enrolments.assign': () => {
          throw refusal('所选人员中有 1 人已停用，请重新选择', 'CONFLICT');
        },
      },
    });
    await fillDialog(drawn);
    click('assign-ok');
    await until(() => asked(drawn, 'training.enrolments.assign').length > 0, 'the assignment');
    await until(() => document.body.textContent?.includes('所选人员中有 1 人已停用') === true, 'the refusal');
    expect(byTestId('assign-form')).not.toBeNull();
    expect(byTestId('assign-course')?.textContent).toContain('网站安全基础');
    expect(box(31)?.checked).toBe(true);
    expect(box(34)?.checked).toBe(true);
    expect(byTestId<HTMLInputElement>('assign-due')?.value).toBe(daysFromToday(30));
    expect(document.body.textContent).not.toContain('已分配');
  });

  it('shows the server’s refusal of a field on that field', async () => {
    const drawn = openPage({
      answers: {
        'training.enrolments.assign': () => {
          throw refusal('截止日期不能早于今天', 'BAD_REQUEST', { dueOn: ['截止日期不能早于今天（北京时间）'] });
        },
      },
    });
    await fillDialog(drawn);
    click('assign-ok');
    await until(() => itemText('assign-due').includes('截止日期不能早于今天（北京时间）'), 'the field’s refusal');
    expect(asked(drawn, 'training.enrolments.assign')[0]).toEqual({
      courseId: 7,
      userIds: [31, 34],
      dueOn: daysFromToday(30),
    });
    expect(box(31)?.checked).toBe(true);
  });
});

/** The people picker alone in a form, taking at most three, telling each choice. */
function CappedPicker({ onChosen }: { onChosen: (ids: number[]) => void }) {
  return (
    <Form initialValues={{ userIds: [] }} onValuesChange={(_, all: { userIds: number[] }) => onChosen(all.userIds)}>
      <Form.Item name="userIds">
        <AssignPeople unitId={township} courseId={8} max={3} />
      </Form.Item>
    </Form>
  );
}

describe('choosing people within the cap', { timeout: 30_000 }, () => {
  it('keeps those chosen before and as many new ones as there is room for', () => {
    expect(withinCap([1, 2], [1, 2, 3], 5)).toEqual({ ids: [1, 2, 3], capped: false });
    expect(withinCap([1, 2], [1, 2, 3, 4, 5], 3)).toEqual({ ids: [1, 2, 3], capped: true });
    expect(withinCap([1, 2, 3], [2, 3, 4, 5], 3)).toEqual({ ids: [2, 3, 4], capped: true });
  });

  it('says so when a page’s “select all” goes past the cap, choosing no more than it', async () => {
    const chosen: number[][] = [];
    renderWithApi(<CappedPicker onChosen={(ids) => chosen.push(ids)} />, {
      answers: { 'training.enrolments.people': answerPeople, 'identity.units.tree': () => [] },
      at: '/x',
      route: '/x',
      access: accessOf({ 'training.assign': [township] }, township),
    });
    await until(() => box(35) !== null, 'the people');
    await tick(33);
    const all = document.querySelector<HTMLInputElement>('thead input[type="checkbox"]');
    act(() => all?.click());
    await settle(20);
    expect(chosen.at(-1)).toEqual([33, 31, 32]);
    await until(() => document.body.textContent?.includes('一次最多分配 3 人') === true, 'the message');
    expect(byTestId('assign-people-chosen')?.textContent).toContain('已选 3 人');
    expect(box(34)?.checked).toBe(false);
  });
});
