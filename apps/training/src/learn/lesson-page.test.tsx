// @vitest-environment happy-dom
// A lesson against a mocked API: a video in the browser's player (its metadata only, until played), a document's open
// and download links, a link opening in a new tab; marking it done shows the progress after and, when it completed
// the course, the certificate's number; the lessons before and after it; a lesson outside my courses, and one of a
// course I withdrew from, refused in words.
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { accessOf, settle } from '../testing/render';
import { type Answers, byTestId, refusal, renderWithApi, until } from '../testing/render-with-api';
import { ownCourse, ownLesson } from './learn-fixtures';
import { LessonPage } from './lesson-page';

function openLesson(answers: Answers, at = '/training/learn/5/lessons/12') {
  return renderWithApi(<LessonPage basePath="/training" />, {
    answers: { 'training.learning.course': () => ownCourse(), ...answers },
    at,
    route: '/training/learn/:courseId/lessons/:lessonId',
    access: accessOf({}),
  });
}

const text = (testId: string) => byTestId(testId)?.textContent ?? '';
const click = (testId: string) => act(() => byTestId(testId)?.click());
const callsTo = (drawn: ReturnType<typeof openLesson>, path: string) =>
  drawn.calls.filter((c) => c.path === path).map((c) => c.input);

describe('a lesson', { timeout: 30_000 }, () => {
  it('plays a video, marks it done with the progress after and the certificate, and moves on', async () => {
    const drawn = openLesson({
      'training.learning.lesson': () => ownLesson(),
      'training.learning.completeLesson': () => ({
        lessonId: 12,
        enrolmentId: 50,
        status: 'completed',
        progress: 100,
        lessonsDone: 3,
        certificateNumber: 'PX2026-000123',
      }),
    });
    await until(() => byTestId('lesson-video') !== null, 'the video');
    expect(callsTo(drawn, 'training.learning.lesson')).toEqual([{ lessonId: 12 }]);
    const video = byTestId<HTMLVideoElement>('lesson-video');
    expect(video?.getAttribute('src')).toBe('/files/300');
    expect(video?.getAttribute('preload')).toBe('metadata');
    expect(video?.hasAttribute('controls')).toBe(true);
    await until(() => text('lesson-page').includes('第 2 / 3 课时'), 'its place in the course');
    click('lesson-complete');
    await until(() => byTestId('lesson-completed') !== null, 'the progress after');
    expect(callsTo(drawn, 'training.learning.completeLesson')).toEqual([{ lessonId: 12 }]);
    expect(text('lesson-completed')).toContain('已学完 3 个课时');
    expect(text('lesson-course-completed')).toContain('您已完成这门课程');
    expect(byTestId('lesson-certificate')?.getAttribute('href')).toBe('/site/verify/training/PX2026-000123');
    click('lesson-next');
    await settle();
    expect(drawn.path()).toBe('/training/learn/5/lessons/13');
  });

  it('opens a document, or a link in a new tab; a lesson done says so', async () => {
    openLesson({
      'training.learning.lesson': () =>
        ownLesson({
          id: 13,
          kind: 'file',
          title: '规范全文',
          file: {
            id: 301,
            name: '规范.pdf',
            kind: 'document',
            mime: 'application/pdf',
            size: 1_572_864,
            url: '/files/301',
          },
          done: true,
          nextId: null,
        }),
    });
    await until(() => byTestId('lesson-file') !== null, 'the document');
    expect(byTestId('lesson-file-open')?.getAttribute('href')).toBe('/files/301');
    expect(byTestId('lesson-file-download')?.getAttribute('download')).toBe('规范.pdf');
    expect(byTestId('lesson-file-size')?.textContent).toBe('1.5 MB');
    expect(byTestId('lesson-done')).not.toBeNull();
    expect(byTestId('lesson-complete')).toBeNull();
    expect(byTestId<HTMLButtonElement>('lesson-next')?.disabled).toBe(true);
  });

  it('shows a text lesson’s body read-only, as its editor wrote it', async () => {
    openLesson({
      'training.learning.lesson': () =>
        ownLesson({
          id: 11,
          kind: 'text',
          title: '审校流程',
          file: null,
          body: '<h2>三审三校</h2><p>初审、复审、终审。</p>',
          previousId: null,
        }),
    });
    await until(() => byTestId('lesson-text')?.querySelector('h2') != null, 'the body');
    const body = byTestId('lesson-text');
    expect(body?.querySelector('h2')?.textContent).toBe('三审三校');
    expect(body?.querySelector('[contenteditable="true"]')).toBeNull();
    expect(byTestId<HTMLButtonElement>('lesson-previous')?.disabled).toBe(true);
  });

  it('opens a link lesson in a new tab', async () => {
    openLesson({
      'training.learning.lesson': () =>
        ownLesson({ id: 14, kind: 'link', title: '外部规范', file: null, url: 'https://example.org/rules' }),
    });
    await until(() => byTestId('lesson-link-open') !== null, 'the link');
    const link = byTestId<HTMLAnchorElement>('lesson-link-open');
    expect(link?.href).toBe('https://example.org/rules');
    expect(link?.target).toBe('_blank');
    expect(link?.rel).toContain('noopener');
  });

  it('refuses a lesson of a course I withdrew from in the server’s words, with the way back', async () => {
    openLesson({
      'training.learning.lesson': () => {
        throw refusal('您已退出这门课程，请重新报名后再学习', 'CONFLICT');
      },
    });
    await until(() => byTestId('lesson-refused-note') !== null, 'the refusal');
    expect(text('lesson-refused-note')).toContain('您已退出这门课程');
    expect(byTestId('lesson-to-course')?.getAttribute('href')).toBe('/training/learn/5');
  });
});
