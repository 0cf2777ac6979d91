// @vitest-environment happy-dom
// A course's page against a mocked API: the draft's outline for its editors, publishing it after a confirmation that
// says what happens to learners in progress, a published version shown read-only with the way to a new draft, the
// versions, another tab opened on its own list (not the last tab's page and filters), and a course the reader cannot
// see.
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessOf, settle } from '../testing/render';
import { type Answers, byTestId, loadDialogs, refusal, renderWithApi, until } from '../testing/render-with-api';
import { county, courseDetail, outline, withDraft } from './course-fixtures';
import { CoursePage } from './course-page';
import type { CourseDetail } from './course-types';

beforeAll(async () => {
  await loadDialogs();
  // The outline tab and its editor come lazily: loaded once here, so no test waits on them.
  await Promise.all([
    import('./outline-tab'),
    import('./versions-tab'),
    import('./lesson-form-modal'),
    import('../sessions/sessions-tab'),
    import('../enrolments/class-list-tab'),
  ]);
}, 60_000);

function openCourse(course: CourseDetail, at = '/training/courses/5', answers: Answers = {}) {
  return renderWithApi(<CoursePage basePath="/training" />, {
    answers: {
      'training.courses.get': () => course,
      'training.courses.outline': (input) => outline((input as { versionId: number }).versionId),
      ...answers,
    },
    at,
    route: '/training/courses/:id',
    access: accessOf({ 'training.manage': [county], 'training.teach': [county] }, county),
  });
}

const text = (testId: string) => byTestId(testId)?.textContent ?? '';
const calls = (drawn: ReturnType<typeof openCourse>, path: string) =>
  drawn.calls.filter((c) => c.path === path).map((c) => c.input);

describe('a course’s page', { timeout: 30_000 }, () => {
  it('lets its editors change the draft’s outline', async () => {
    openCourse(withDraft());
    await until(() => byTestId('lesson-32') !== null, 'the draft’s outline');
    expect(text('course-status')).toBe('已发布');
    expect(text('course-versions-line')).toBe('当前版本：第 2 版；草稿：第 3 版');
    expect(text('outline-note')).toContain('正在编辑第 3 版（草稿）');
    expect(text('module-21')).toContain('第 1 单元　审核与发布');
    expect(text('lesson-32')).toContain('视频');
    expect(text('lesson-32')).toContain('保密要求.mp4');
    expect(text('lesson-32')).toContain('30 分钟');
    // Each action is marked for the per-role walk, and the edges cannot be passed.
    expect(byTestId('lesson-edit-31')?.getAttribute('data-permission')).toBe('training.manage');
    expect(byTestId<HTMLButtonElement>('lesson-up-31')?.disabled).toBe(true);
    expect(byTestId<HTMLButtonElement>('lesson-down-31')?.disabled).toBe(false);
    expect(byTestId('lesson-up-31')?.getAttribute('aria-label')).toBe('上移课时“信息发布审核流程”');
    expect(byTestId('lesson-add-22')).not.toBeNull();
    expect(byTestId('criteria-form')?.getAttribute('data-permission')).toBe('training.manage');
  });

  it('moves a lesson down and reads the outline again', async () => {
    let outlines = 0;
    const drawn = openCourse(withDraft(), '/training/courses/5', {
      'training.courses.outline': (input) => {
        outlines += 1;
        return outline((input as { versionId: number }).versionId);
      },
      'training.courses.moveLesson': () => ({ id: 31 }),
    });
    await until(() => byTestId('lesson-down-31') !== null, 'the outline');
    act(() => byTestId('lesson-down-31')?.click());
    await until(() => outlines === 2, 'the outline read again');
    expect(calls(drawn, 'training.courses.moveLesson')).toEqual([{ id: 31, to: 'down' }]);
  });

  it('publishes the draft once confirmed, saying learners in progress keep their version', async () => {
    const drawn = openCourse(withDraft(), '/training/courses/5', {
      'training.courses.publish': () => ({ id: 13 }),
    });
    await until(() => byTestId('course-publish') !== null, 'the page');
    act(() => byTestId('course-publish')?.click());
    await until(() => byTestId('course-publish-ok') !== null, 'the confirmation');
    const dialog = document.querySelector('.ant-modal-confirm')?.textContent ?? '';
    expect(dialog).toContain('发布第 3 版？');
    expect(dialog).toContain('第 2 版停用，已报名、正在学习的学员继续学完原来的版本');
    expect(calls(drawn, 'training.courses.publish')).toEqual([]);
    act(() => byTestId('course-publish-ok')?.click());
    await until(() => calls(drawn, 'training.courses.publish').length === 1, 'the publication');
    expect(calls(drawn, 'training.courses.publish')).toEqual([{ versionId: 13 }]);
  });

  it('shows a published version read-only, with the way to a new draft', async () => {
    const drawn = openCourse(courseDetail(), '/training/courses/5', {
      'training.courses.startDraft': () => ({ id: 13 }),
    });
    await until(() => byTestId('lesson-32') !== null, 'the current version');
    expect(calls(drawn, 'training.courses.outline')).toEqual([{ versionId: 12 }]);
    expect(text('outline-note')).toContain('显示的是第 2 版的内容。已发布的版本不能修改。');
    for (const testId of [
      'lesson-edit-31',
      'lesson-up-32',
      'lesson-add-21',
      'module-add',
      'module-more-21',
      'criteria-form',
    ])
      expect(byTestId(testId), testId).toBeNull();
    expect(text('criteria-card')).toContain('80 分及以上');
    expect(byTestId('course-publish')).toBeNull();
    expect(byTestId('course-discard')).toBeNull();
    act(() => byTestId('outline-start-draft')?.click());
    await until(() => calls(drawn, 'training.courses.startDraft').length === 1, 'the new draft');
    expect(calls(drawn, 'training.courses.startDraft')).toEqual([{ courseId: 5 }]);
  });

  it('offers only restoring an archived course', async () => {
    openCourse(courseDetail({ status: 'archived', canManage: false }));
    await until(() => byTestId('outline-note') !== null, 'the page');
    expect(byTestId('course-archived-note')).not.toBeNull();
    expect(byTestId('course-restore')?.getAttribute('data-permission')).toBe('training.manage');
    for (const testId of [
      'course-edit',
      'course-archive',
      'course-start-draft',
      'outline-start-draft',
      'lesson-edit-31',
    ])
      expect(byTestId(testId), testId).toBeNull();
  });

  it('lists the versions in the tab the URL names', async () => {
    openCourse(withDraft(), '/training/courses/5?tab=versions');
    await until(() => byTestId('versions-table') !== null, 'the versions');
    expect(text('version-status-13')).toBe('草稿');
    expect(text('version-status-12')).toBe('当前版本');
    expect(text('version-status-11')).toBe('已停用');
    expect(text('version-enrolled-11')).toBe('15');
    expect(text('versions-table')).toContain('第 1 版');
  });

  it('opens another tab on its own list, leaving the last tab’s page and filters behind', async () => {
    const page = { items: [], total: 0, totalIsBound: false };
    const drawn = openCourse(
      withDraft(),
      '/training/courses/5?unit=2&tab=learners&page=5&q=李&status=in_progress&overdue=yes&sort=progress&order=asc',
      {
        'training.enrolments.classList': () => page,
        'training.sessions.list': () => page,
        'training.sessions.trainers': () => [],
      },
    );
    await until(() => calls(drawn, 'training.enrolments.classList').length > 0, 'the learners');
    // The learners' list is read as the URL has it.
    expect(calls(drawn, 'training.enrolments.classList')[0]).toMatchObject({ page: 5, status: 'in_progress' });
    const sessionsTab = document.querySelector<HTMLElement>('[data-node-key="sessions"] [role="tab"]');
    act(() => sessionsTab?.click());
    await until(() => calls(drawn, 'training.sessions.list').length > 0, 'the sessions');
    expect(calls(drawn, 'training.sessions.list')).toEqual([
      { courseId: 5, sort: 'startsAt', order: 'asc', page: 1, pageSize: 20 },
    ]);
    // Only the tab changed hands: the shell's parameter stays, the learners' list left nothing behind.
    expect(Object.fromEntries(new URLSearchParams(drawn.history.location.search))).toEqual({
      unit: '2',
      tab: 'sessions',
    });
  });

  it('says so when the course is not there for the reader', async () => {
    openCourse(courseDetail(), '/training/courses/99', {
      'training.courses.get': () => {
        throw refusal('课程不存在', 'NOT_FOUND');
      },
    });
    await until(() => byTestId('course-not-found') !== null, 'the not-found page');
    expect(text('course-not-found')).toContain('没有找到这门课程');
    expect(text('course-not-found')).toContain('这门课程不存在，或不在您的管理范围内。');
    expect(byTestId('course-not-found')?.querySelector('a')?.getAttribute('href')).toBe('/training/courses');
    expect(byTestId('course-not-found')?.querySelector('a')?.textContent).toBe('返回课程列表');
    await settle(10);
  });
});
