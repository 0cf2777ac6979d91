// Courses as the training procedures answer them, for the courses pages' tests.
import type { CourseDetail, CourseRow, Outline, OutlineLesson, UnitRow } from './course-types';

export const county = 2;
export const township = 7;

export const units: UnitRow[] = [
  { id: county, parentId: null, name: '城关镇', path: '/1/2/', depth: 1, archivedAt: null } as UnitRow,
  { id: township, parentId: county, name: '城关一支部', path: '/1/2/7/', depth: 2, archivedAt: null } as UnitRow,
];

export function courseRow(id: number, changes: Partial<CourseRow> = {}): CourseRow {
  return {
    id,
    title: '网站内容安全规范',
    unitId: county,
    unitName: '城关镇',
    category: 'site',
    audience: 'subtree',
    isPublic: false,
    required: true,
    status: 'published',
    updatedAt: '2026-11-20T02:00:00.000Z',
    currentVersion: 2,
    draftVersion: null,
    lessonCount: 6,
    enrolled: 40,
    ...changes,
  };
}

/** A published course (version 2 current, version 1 retired) with no draft. */
export function courseDetail(changes: Partial<CourseDetail> = {}): CourseDetail {
  return {
    id: 5,
    unitId: county,
    unitName: '城关镇',
    title: '网站内容安全规范',
    summary: '网站信息发布的审核流程与保密要求。',
    category: 'site',
    audience: 'subtree',
    isPublic: true,
    required: true,
    status: 'published',
    createdAt: '2026-09-01T02:00:00.000Z',
    updatedAt: '2026-11-20T02:00:00.000Z',
    currentVersionId: 12,
    draftVersionId: null,
    versions: [
      {
        id: 12,
        number: 2,
        status: 'published',
        publishedAt: '2026-11-01T02:00:00.000Z',
        createdAt: '2026-10-20T02:00:00.000Z',
        lessonCount: 2,
        enrolled: 25,
      },
      {
        id: 11,
        number: 1,
        status: 'retired',
        publishedAt: '2026-09-05T02:00:00.000Z',
        createdAt: '2026-09-01T02:00:00.000Z',
        lessonCount: 1,
        enrolled: 15,
      },
    ],
    canManage: true,
    ...changes,
  };
}

/** The same course with version 3 started as a draft. */
export const withDraft = (): CourseDetail => {
  const published = courseDetail();
  return {
    ...published,
    draftVersionId: 13,
    versions: [
      {
        id: 13,
        number: 3,
        status: 'draft',
        publishedAt: null,
        createdAt: '2026-11-25T02:00:00.000Z',
        lessonCount: 2,
        enrolled: 0,
      },
      ...published.versions,
    ],
  };
};

export function lesson(id: number, changes: Partial<OutlineLesson> = {}): OutlineLesson {
  return {
    id,
    position: 1,
    kind: 'text',
    title: '信息发布审核流程',
    body: '<p>三审三校。</p>',
    fileId: null,
    fileName: null,
    fileUrl: null,
    url: '',
    minutes: 15,
    ...changes,
  };
}

export function outline(versionId: number, changes: Partial<Outline> = {}): Outline {
  const draft = versionId === 13;
  return {
    id: versionId,
    courseId: 5,
    courseTitle: '网站内容安全规范',
    unitId: county,
    number: draft ? 3 : 2,
    status: draft ? 'draft' : 'published',
    lessonsRequired: true,
    minScore: 80,
    sessionsRequired: 0,
    lessonCount: 2,
    publishedAt: draft ? null : '2026-11-01T02:00:00.000Z',
    editable: draft,
    modules: [
      {
        id: 21,
        position: 1,
        title: '审核与发布',
        lessons: [
          lesson(31),
          lesson(32, {
            position: 2,
            kind: 'video',
            title: '保密要求讲解',
            body: '',
            fileId: 90,
            fileName: '保密要求.mp4',
            fileUrl: '/files/90/保密要求.mp4',
            minutes: 30,
          }),
        ],
      },
      { id: 22, position: 2, title: '案例分析', lessons: [] },
    ],
    ...changes,
  };
}
