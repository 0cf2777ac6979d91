// @vitest-environment happy-dom
// The courses list against a mocked API: it asks for the current unit's subtree with the URL's filters and order,
// draws each course (its link, state, versions, lessons and learners), offers the first course when there is none,
// and its dialog checks a new course before asking the server, then opens the course it made.
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessOf, settle } from '../testing/render';
import { type Answers, byTestId, loadDialogs, renderWithApi, typeInto, until } from '../testing/render-with-api';
import { county, courseRow, township, units } from './course-fixtures';
import type { CourseListInput } from './course-types';
import { CoursesPage } from './courses-page';

beforeAll(async () => {
  await loadDialogs();
}, 60_000);

const rows = [
  courseRow(1),
  courseRow(2, {
    title: '办公软件进阶',
    category: 'office',
    status: 'draft',
    currentVersion: null,
    draftVersion: 1,
    lessonCount: 3,
    enrolled: 0,
    unitId: township,
    unitName: '城关一支部',
  }),
  courseRow(3, { title: '保密常识', status: 'archived', draftVersion: 3 }),
];

const manager = { 'training.manage': [county, township] };

function openList(at = '/training/courses', answers: Answers = {}, allowed: Record<string, number[]> = manager) {
  return renderWithApi(<CoursesPage basePath="/training" unitId={county} />, {
    answers: {
      'training.courses.list': () => ({ items: rows, total: rows.length, totalIsBound: false }),
      'identity.units.tree': () => units,
      ...answers,
    },
    at,
    route: '/training/courses',
    access: accessOf(allowed, county),
  });
}

const text = (testId: string) => byTestId(testId)?.textContent;
const listCalls = (drawn: ReturnType<typeof openList>) =>
  drawn.calls.filter((c) => c.path === 'training.courses.list').map((c) => c.input as CourseListInput);

async function save() {
  act(() => byTestId('course-form-save')?.click());
  await settle(50);
}

describe('the courses list', { timeout: 30_000 }, () => {
  it('asks for the current unit’s subtree with the URL’s filters and order', async () => {
    const drawn = openList(
      `/training/courses?q=保密&status=published&category=safety&audience=unit&isPublic=yes&required=no&unitId=${township}&sort=title&order=asc&page=2`,
    );
    await until(() => byTestId('course-link-3') !== null, 'the courses');
    expect(listCalls(drawn)[0]).toEqual({
      unitId: township,
      q: '保密',
      status: 'published',
      category: 'safety',
      audience: 'unit',
      isPublic: true,
      required: false,
      sort: 'title',
      order: 'asc',
      page: 2,
      pageSize: 20,
    });
  });

  it('reads a bad filter as none and lists the current unit by last change', async () => {
    const drawn = openList('/training/courses?status=deleted&isPublic=maybe');
    await until(() => byTestId('course-link-1') !== null, 'the courses');
    expect(listCalls(drawn)[0]).toEqual({ unitId: county, sort: 'updatedAt', order: 'desc', page: 1, pageSize: 20 });
  });

  it('draws each course with its link, state, versions and figures', async () => {
    openList();
    await until(() => byTestId('course-link-3') !== null, 'the courses');
    expect(byTestId('course-link-1')?.getAttribute('href')).toBe('/training/courses/1');
    expect(text('course-status-1')).toBe('已发布');
    expect(text('course-status-2')).toBe('草稿');
    expect(text('course-status-3')).toBe('已归档');
    expect(text('course-draft-1')).toBe('—');
    expect(text('course-draft-2')).toBe('第 1 版');
    const table = byTestId('courses-table')?.textContent ?? '';
    expect(table).toContain('办公软件进阶');
    expect(table).toContain('城关一支部');
    expect(table).toContain('办公信息化');
    expect(table).toContain('第 2 版');
    expect(byTestId('courses-create')?.getAttribute('data-permission')).toBe('training.manage');
    expect(byTestId('courses-create')?.getAttribute('data-unit')).toBe(String(county));
  });

  it('offers the first course when the unit has none, and says nothing matched when filtered', async () => {
    const empty = () => ({ items: [], total: 0, totalIsBound: false });
    openList('/training/courses', { 'training.courses.list': empty });
    await until(() => byTestId('courses-none') !== null, 'the empty state');
    expect(text('courses-none')).toContain('还没有课程');
    expect(byTestId('courses-create-first')).not.toBeNull();
    document.body.innerHTML = '';
    openList('/training/courses?q=无此课程', { 'training.courses.list': empty });
    await until(() => byTestId('courses-empty') !== null, 'the filtered empty state');
    expect(text('courses-empty')).toContain('没有符合条件的数据');
    expect(byTestId('courses-create-first')).toBeNull();
  });

  it('checks a new course before asking the server, then opens the course made', async () => {
    let created: unknown;
    const drawn = openList('/training/courses', {
      'training.courses.create': (input) => {
        created = input;
        return { id: 44 };
      },
    });
    await until(() => byTestId('courses-create') !== null, 'the list');
    act(() => byTestId('courses-create')?.click());
    await until(() => byTestId('course-form-title') !== null, 'the dialog');
    await save();
    await until(() => document.body.textContent?.includes('请填写课程名称') ?? false, 'the title asked for');
    expect(document.body.textContent).toContain('请选择类别');
    expect(drawn.calls.some((c) => c.path === 'training.courses.create')).toBe(false);

    typeInto('course-form-title', '  网页无障碍改造  ');
    const category = byTestId('course-form-category') as HTMLElement;
    act(() => {
      (category.querySelector('input') ?? category).dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    });
    await until(() => document.querySelectorAll('.ant-select-item-option').length >= 5, 'the categories');
    act(() => document.querySelector<HTMLElement>('.ant-select-item-option[title="网站运营"]')?.click());
    await settle(10);
    await save();
    await until(() => drawn.path() === '/training/courses/44', 'the new course');
    expect(created).toEqual({
      unitId: county,
      title: '网页无障碍改造',
      summary: '',
      category: 'site',
      audience: 'subtree',
      isPublic: false,
      required: false,
    });
  });

  it('offers no new course to a reader who may not manage training here', async () => {
    openList('/training/courses', {}, { 'training.manage': [township] });
    await until(() => byTestId('course-link-1') !== null, 'the courses');
    expect(byTestId('courses-create')).toBeNull();
  });
});
