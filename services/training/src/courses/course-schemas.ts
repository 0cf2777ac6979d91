// What the course procedures take and give: the catalogue (list, one course), a course's fields, its versions'
// completion criteria, and a draft's modules and lessons. Instants go out as ISO UTC text.
import { idInput, pageInput } from '@strata/api';
import {
  courseAudiences,
  courseStatuses,
  lessonKinds,
  trainingCategories,
  trainingLimits,
  versionStatuses,
} from '@strata/contract';
import { z } from 'zod';

const text = (max: number, min = 0) => z.string().trim().min(min).max(max);
const int = z.number().int();

const courseFields = {
  title: text(trainingLimits.titleMax, 1),
  summary: text(trainingLimits.summaryMax).default(''),
  category: z.enum(trainingCategories),
  audience: z.enum(courseAudiences).default('subtree'),
  isPublic: z.boolean().default(false),
  required: z.boolean().default(false),
};
export const newCourse = z.strictObject({ unitId: idInput, ...courseFields });
export const courseChanges = z.strictObject({ id: idInput, ...courseFields });
export type CourseFields = Omit<z.output<typeof newCourse>, 'unitId'>;

export const idRef = z.strictObject({ id: idInput });
export const courseRef = z.strictObject({ courseId: idInput });
export const versionRef = z.strictObject({ versionId: idInput });

export const courseSorts = ['title', 'updatedAt'] as const;
export const courseFilter = z.strictObject({
  ...pageInput.shape,
  /** The unit whose subtree is listed; unset: the whole scope. */
  unitId: idInput.optional(),
  status: z.enum(courseStatuses).optional(),
  category: z.enum(trainingCategories).optional(),
  audience: z.enum(courseAudiences).optional(),
  isPublic: z.boolean().optional(),
  required: z.boolean().optional(),
  /** Title contains. */
  q: text(trainingLimits.titleMax).optional(),
  sort: z.enum(courseSorts).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type CourseFilter = z.output<typeof courseFilter>;

const category = z.enum(trainingCategories);
const audience = z.enum(courseAudiences);
const courseStatus = z.enum(courseStatuses);
const versionStatus = z.enum(versionStatuses);

export const courseRow = z.object({
  id: int,
  title: z.string(),
  unitId: int,
  unitName: z.string(),
  category,
  audience,
  isPublic: z.boolean(),
  required: z.boolean(),
  status: courseStatus,
  updatedAt: z.string(),
  /** The number of the version learners enrol in now (null: never published). */
  currentVersion: int.nullable(),
  /** The number of the draft being edited, if any. */
  draftVersion: int.nullable(),
  /** Lessons of the current version (of the draft while none is published). */
  lessonCount: int,
  /** Enrolments in the course, every version and status. */
  enrolled: int,
});

export const versionSummary = z.object({
  id: int,
  number: int,
  status: versionStatus,
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  lessonCount: int,
  /** Enrolments in this version (learners keep the version they enrolled in). */
  enrolled: int,
});

export const courseDetail = z.object({
  id: int,
  unitId: int,
  unitName: z.string(),
  title: z.string(),
  summary: z.string(),
  category,
  audience,
  isPublic: z.boolean(),
  required: z.boolean(),
  status: courseStatus,
  createdAt: z.string(),
  updatedAt: z.string(),
  currentVersionId: int.nullable(),
  draftVersionId: int.nullable(),
  /** Newest first. */
  versions: z.array(versionSummary),
  /** The caller may change it now: training.manage at its unit, and it is not archived (restore it first). */
  canManage: z.boolean(),
});

export const criteriaInput = z.strictObject({
  versionId: idInput,
  lessonsRequired: z.boolean(),
  /** A quiz passed with at least this score (0-100); null: no quiz needed. */
  minScore: int.min(0).max(100).nullable(),
  sessionsRequired: int.min(0).max(trainingLimits.sessionsRequiredMax),
});
export type Criteria = Omit<z.output<typeof criteriaInput>, 'versionId'>;

/** Up or down one place, or to a place (1 is the first). */
const moveTarget = z.union([z.enum(['up', 'down']), int.min(1).max(trainingLimits.lessonsPerVersion)]);
export type MoveTarget = z.output<typeof moveTarget>;

export const newModule = z.strictObject({ versionId: idInput, title: text(trainingLimits.titleMax, 1) });
export const moduleRename = z.strictObject({ id: idInput, title: text(trainingLimits.titleMax, 1) });
export const moduleMove = z.strictObject({ id: idInput, to: moveTarget });

const lessonFields = {
  kind: z.enum(lessonKinds),
  title: text(trainingLimits.titleMax, 1),
  /** Rich HTML, sanitised before anything reads it: a text lesson's content, a note under the other kinds. */
  body: z.string().max(trainingLimits.bodyMax).default(''),
  /** A file lesson's document, a video lesson's video (a File of the course's unit or below it). */
  fileId: idInput.nullable().default(null),
  /** A link lesson's http(s) address. */
  url: text(trainingLimits.urlMax).default(''),
  minutes: int.min(0).max(trainingLimits.lessonMinutesMax).default(0),
};
export const newLesson = z.strictObject({ moduleId: idInput, ...lessonFields });
export const lessonChanges = z.strictObject({ id: idInput, ...lessonFields });
export type LessonFields = Omit<z.output<typeof newLesson>, 'moduleId'>;
/** Within its module (`to` alone), or into another module of the same version (`moduleId`, `to` a place there). */
export const lessonMove = z.strictObject({ id: idInput, moduleId: idInput.optional(), to: moveTarget });

export const outlineLesson = z.object({
  id: int,
  position: int,
  kind: z.enum(lessonKinds),
  title: z.string(),
  body: z.string(),
  fileId: int.nullable(),
  fileName: z.string().nullable(),
  /** `/files/<id>/<name>`. */
  fileUrl: z.string().nullable(),
  url: z.string(),
  minutes: int,
});
export const outline = z.object({
  id: int,
  courseId: int,
  courseTitle: z.string(),
  unitId: int,
  number: int,
  status: versionStatus,
  lessonsRequired: z.boolean(),
  minScore: int.nullable(),
  sessionsRequired: int,
  lessonCount: int,
  publishedAt: z.string().nullable(),
  /** A draft of a course that is not archived: its criteria, modules and lessons may change. */
  editable: z.boolean(),
  modules: z.array(z.object({ id: int, position: int, title: z.string(), lessons: z.array(outlineLesson) })),
});

export const done = z.object({ id: int });
