import { describe, expect, it } from 'vitest';
import {
  criteriaEmpty,
  discardProblem,
  editProblem,
  httpUrl,
  inserted,
  kindFields,
  lessonProblem,
  moved,
  renumbered,
  restoredStatus,
} from './course-rules';

describe('what may change', () => {
  it('changes a draft of a course that is not archived, nothing else', () => {
    expect(editProblem('draft', 'draft')).toBeNull();
    expect(editProblem('draft', 'published')).toBeNull();
    expect(editProblem('published', 'published')).toBe('courseVersionNotDraft');
    expect(editProblem('retired', 'published')).toBe('courseVersionNotDraft');
    expect(editProblem('draft', 'archived')).toBe('courseArchived');
  });
  it('restores a course as it was', () => {
    expect(restoredStatus(12)).toBe('published');
    expect(restoredStatus(null)).toBe('draft');
  });
  it('asks completion for something', () => {
    expect(criteriaEmpty({ lessonsRequired: false, minScore: null, sessionsRequired: 0 })).toBe(true);
    expect(criteriaEmpty({ lessonsRequired: true, minScore: null, sessionsRequired: 0 })).toBe(false);
    expect(criteriaEmpty({ lessonsRequired: false, minScore: 0, sessionsRequired: 0 })).toBe(false);
    expect(criteriaEmpty({ lessonsRequired: false, minScore: null, sessionsRequired: 1 })).toBe(false);
  });
  it("discards a later draft nobody takes, never a never-published course's first", () => {
    expect(discardProblem(2, 5, 0)).toBeNull();
    expect(discardProblem(1, null, 0)).toBe('courseFirstDraft');
    expect(discardProblem(3, 5, 1)).toBe('courseVersionInUse');
  });
});

describe('lessons', () => {
  const none = { bodyShows: false, fileId: null, url: '' };
  it('needs what its kind shows', () => {
    expect(lessonProblem('text', none)).toEqual({ field: 'body', key: 'courseLessonBodyRequired' });
    expect(lessonProblem('text', { ...none, bodyShows: true })).toBeNull();
    expect(lessonProblem('file', none)).toEqual({ field: 'fileId', key: 'courseLessonFileRequired' });
    expect(lessonProblem('video', none)).toEqual({ field: 'fileId', key: 'courseLessonVideoRequired' });
    expect(lessonProblem('video', { ...none, fileId: 3 })).toBeNull();
    expect(lessonProblem('link', { ...none, url: 'javascript:alert(1)' })?.key).toBe('courseLessonUrlInvalid');
    expect(lessonProblem('link', { ...none, url: 'https://example.org/a' })).toBeNull();
  });
  it('takes http and https addresses with a host only', () => {
    expect(httpUrl('http://example.org')).toBe('http://example.org');
    expect(httpUrl('https://例子.中国/课程?id=1')).toBe('https://例子.中国/课程?id=1');
    for (const bad of [
      'ftp://example.org',
      'mailto:a@b.c',
      'data:text/html,x',
      '/files/1/a.pdf',
      'example.org',
      'http://',
    ])
      expect(httpUrl(bad)).toBeNull();
  });
  it("keeps only the fields of the lesson's kind", () => {
    expect(kindFields('text', 4, 'https://x.org')).toEqual({ fileId: null, url: '' });
    expect(kindFields('file', 4, 'https://x.org')).toEqual({ fileId: 4, url: '' });
    expect(kindFields('video', 4, '')).toEqual({ fileId: 4, url: '' });
    expect(kindFields('link', 4, 'https://x.org')).toEqual({ fileId: null, url: 'https://x.org' });
  });
});

describe('moving', () => {
  it('moves up, down and to a place', () => {
    expect(moved([1, 2, 3], 2, 'up')).toEqual({ order: [2, 1, 3] });
    expect(moved([1, 2, 3], 2, 'down')).toEqual({ order: [1, 3, 2] });
    expect(moved([1, 2, 3], 3, 1)).toEqual({ order: [3, 1, 2] });
    expect(moved([1, 2, 3], 1, 3)).toEqual({ order: [2, 3, 1] });
    expect(moved([1, 2, 3], 2, 2)).toEqual({ order: [1, 2, 3] });
  });
  it('refuses past either end', () => {
    expect(moved([1, 2, 3], 1, 'up')).toEqual({ problem: 'courseMoveAtEdge' });
    expect(moved([1, 2, 3], 3, 'down')).toEqual({ problem: 'courseMoveAtEdge' });
    expect(moved([1, 2, 3], 1, 4)).toEqual({ problem: 'courseMoveOutOfRange', max: 3 });
  });
  it('inserts at a place up to one past the last', () => {
    expect(inserted([1, 2], 9, 1)).toEqual({ order: [9, 1, 2] });
    expect(inserted([1, 2], 9, 3)).toEqual({ order: [1, 2, 9] });
    expect(inserted([], 9, 1)).toEqual({ order: [9] });
    expect(inserted([1, 2], 9, 4)).toEqual({ problem: 'courseMoveOutOfRange', max: 3 });
  });
  it('numbers 1, 2, 3... writing only the places that change', () => {
    const positions = new Map([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(renumbered([2, 1, 3], positions)).toEqual([
      [2, 1],
      [1, 2],
    ]);
    expect(renumbered([1, 3], positions)).toEqual([[3, 2]]);
  });
});
