// The learning area's inputs and outputs: the catalogue of courses open to the caller, enrolling and withdrawing,
// the caller's enrolments, a course's page as its learner sees it, a lesson and finishing it.
import { idInput, pageOf } from '@strata/api';
import { enrolmentSources, enrolmentStatuses, lessonKinds, trainingCategories, trainingLimits } from '@strata/contract';
import { z } from 'zod';

const paging = {
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
};

export const catalogueInput = z.strictObject({
  category: z.enum(trainingCategories).optional(),
  /** Part of a course's title. */
  q: z.string().trim().max(trainingLimits.titleMax).optional(),
  ...paging,
});
export type CatalogueInput = z.output<typeof catalogueInput>;

/** The caller's enrolment of a course, as the catalogue marks it. */
const ownMark = z.object({
  id: z.number().int(),
  status: z.enum(enrolmentStatuses),
  source: z.enum(enrolmentSources),
  dueOn: z.string().nullable(),
});

export const catalogueRow = z.object({
  id: z.number().int(),
  title: z.string(),
  summary: z.string(),
  category: z.enum(trainingCategories),
  unitId: z.number().int(),
  unitName: z.string(),
  required: z.boolean(),
  lessonCount: z.number().int(),
  minutes: z.number().int(),
  enrolment: ownMark.nullable(),
});
export type CatalogueRow = z.output<typeof catalogueRow>;
export const cataloguePage = pageOf(catalogueRow);

export const courseIdInput = z.strictObject({ courseId: idInput });
export const enrolmentIdInput = z.strictObject({ id: idInput });
export const lessonIdInput = z.strictObject({ lessonId: idInput });

export const enrolResult = z.object({
  id: z.number().int(),
  courseId: z.number().int(),
  status: z.enum(enrolmentStatuses),
});
export const withdrawResult = z.object({ id: z.number().int(), status: z.literal('withdrawn') });

export const mineInput = z.strictObject({ status: z.enum(enrolmentStatuses).optional(), ...paging });
export type MineInput = z.output<typeof mineInput>;

export const ownEnrolmentRow = z.object({
  id: z.number().int(),
  courseId: z.number().int(),
  courseTitle: z.string(),
  category: z.enum(trainingCategories),
  courseUnitName: z.string(),
  status: z.enum(enrolmentStatuses),
  progress: z.number().int().min(0).max(100),
  source: z.enum(enrolmentSources),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  enrolledAt: z.string(),
  completedAt: z.string().nullable(),
  certificateNumber: z.string().nullable(),
});
export type OwnEnrolmentRow = z.output<typeof ownEnrolmentRow>;
export const ownEnrolmentPage = pageOf(ownEnrolmentRow);

const criteria = z.object({
  lessonsRequired: z.boolean(),
  lessonCount: z.number().int(),
  minScore: z.number().int().nullable(),
  sessionsRequired: z.number().int(),
});
const figures = z.object({
  lessonsDone: z.number().int(),
  bestScore: z.number().int().nullable(),
  sessionsAttended: z.number().int(),
});

export const outlineLesson = z.object({
  id: z.number().int(),
  title: z.string(),
  kind: z.enum(lessonKinds),
  minutes: z.number().int(),
  done: z.boolean(),
});
export const outlineModule = z.object({ id: z.number().int(), title: z.string(), lessons: z.array(outlineLesson) });

export const ownCourse = z.object({
  enrolmentId: z.number().int(),
  course: z.object({
    id: z.number().int(),
    title: z.string(),
    summary: z.string(),
    category: z.enum(trainingCategories),
    unitName: z.string(),
  }),
  versionNumber: z.number().int(),
  status: z.enum(enrolmentStatuses),
  source: z.enum(enrolmentSources),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  enrolledAt: z.string(),
  completedAt: z.string().nullable(),
  progress: z.number().int().min(0).max(100),
  criteria,
  figures,
  modules: z.array(outlineModule),
  certificate: z.object({ number: z.string(), revoked: z.boolean() }).nullable(),
});
export type OwnCourse = z.output<typeof ownCourse>;

export const ownLesson = z.object({
  id: z.number().int(),
  enrolmentId: z.number().int(),
  courseId: z.number().int(),
  moduleTitle: z.string(),
  title: z.string(),
  kind: z.enum(lessonKinds),
  /** Sanitised HTML (saved through the content area's allow-list). */
  body: z.string(),
  minutes: z.number().int(),
  /** A file or video lesson's file; its `url` serves the bytes. */
  file: z
    .object({
      id: z.number().int(),
      name: z.string(),
      kind: z.string(),
      mime: z.string(),
      /** Bytes. */
      size: z.number().int(),
      url: z.string(),
    })
    .nullable(),
  /** A link lesson's address. */
  url: z.string(),
  done: z.boolean(),
  /** The lessons before and after it in the course's order (null at either end). */
  previousId: z.number().int().nullable(),
  nextId: z.number().int().nullable(),
});
export type OwnLesson = z.output<typeof ownLesson>;

export const completeResult = z.object({
  lessonId: z.number().int(),
  enrolmentId: z.number().int(),
  status: z.enum(enrolmentStatuses),
  progress: z.number().int().min(0).max(100),
  lessonsDone: z.number().int(),
  /** The certificate's number when this lesson completed the course. */
  certificateNumber: z.string().nullable(),
});
export type CompleteResult = z.output<typeof completeResult>;
