// The enrolments area's inputs and outputs (the staff side): a course's class list (its trainers, across units),
// the enrolments of the people of a unit subtree (their admins), assigning a course with a due day and withdrawing an
// assignment, and one enrolment as either side sees it.
import { idInput, pageOf } from '@strata/api';
import { isIsoDate } from '@strata/calendar';
import { enrolmentSources, enrolmentStatuses, lessonKinds, trainingLimits } from '@strata/contract';
import { z } from 'zod';
import { trainingMessage } from '../locales';

const paging = {
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(20),
};
/** Part of a learner's name (as the enrolment keeps it). */
const nameQuery = z.string().trim().max(50).optional();

export const classListSorts = ['learnerName', 'enrolledAt', 'progress'] as const;
export type ClassListSort = (typeof classListSorts)[number];

export const classListInput = z.strictObject({
  courseId: idInput,
  status: z.enum(enrolmentStatuses).optional(),
  /** Only the overdue assignments (true), or only the rest (false). */
  overdue: z.boolean().optional(),
  q: nameQuery,
  sort: z.enum(classListSorts).default('enrolledAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  ...paging,
});
export type ClassListInput = z.output<typeof classListInput>;

/**
 * A learner of the course as its trainers see them: the enrolment and its progress, the learner's name and unit's
 * name, and nothing else about them (no account, no id of theirs).
 */
export const classListRow = z.object({
  id: z.number().int(),
  learnerName: z.string(),
  unitName: z.string(),
  status: z.enum(enrolmentStatuses),
  progress: z.number().int().min(0).max(100),
  lessonsDone: z.number().int(),
  bestScore: z.number().int().nullable(),
  sessionsAttended: z.number().int(),
  source: z.enum(enrolmentSources),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  enrolledAt: z.string(),
  completedAt: z.string().nullable(),
});
export type ClassListRow = z.output<typeof classListRow>;
export const classListPage = pageOf(classListRow);

export const enrolmentFilter = z.strictObject({
  /** The unit subtree whose people's enrolments are listed (the whole scope without it). */
  unitId: idInput.optional(),
  courseId: idInput.optional(),
  status: z.enum(enrolmentStatuses).optional(),
  overdue: z.boolean().optional(),
  source: z.enum(enrolmentSources).optional(),
  q: nameQuery,
  ...paging,
});
export type EnrolmentFilter = z.output<typeof enrolmentFilter>;

export const enrolmentRow = z.object({
  id: z.number().int(),
  learnerName: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  courseId: z.number().int(),
  courseTitle: z.string(),
  courseUnitName: z.string(),
  status: z.enum(enrolmentStatuses),
  progress: z.number().int().min(0).max(100),
  source: z.enum(enrolmentSources),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  enrolledAt: z.string(),
  completedAt: z.string().nullable(),
});
export type EnrolmentRow = z.output<typeof enrolmentRow>;
export const enrolmentPage = pageOf(enrolmentRow);

export const dayInput = z.string().refine(isIsoDate, { params: { key: trainingMessage('assignDayInvalid') } });

export const assignInput = z.strictObject({
  courseId: idInput,
  /** The accounts assigned, each at home in a unit where the caller assigns. */
  userIds: z.array(idInput).min(1).max(trainingLimits.assignAtOnceMax),
  /** Today or later (Asia/Shanghai). */
  dueOn: dayInput,
});
export type AssignInput = z.output<typeof assignInput>;
export const assignResult = z.object({
  /** Enrolled now (or enrolled again after leaving). */
  assigned: z.number().int(),
  /** Already taking the course: now assigned, with the due day. */
  updated: z.number().int(),
  /** Already completed it: left as they are. */
  skipped: z.number().int(),
});

export const enrolmentIdInput = z.strictObject({ id: idInput });
export const unassignResult = z.object({ id: z.number().int(), status: z.literal('withdrawn') });

const lessonState = z.object({
  id: z.number().int(),
  moduleTitle: z.string(),
  title: z.string(),
  kind: z.enum(lessonKinds),
  completedAt: z.string().nullable(),
});

export const enrolmentDetail = z.object({
  id: z.number().int(),
  learnerName: z.string(),
  unitName: z.string(),
  courseId: z.number().int(),
  courseTitle: z.string(),
  courseUnitName: z.string(),
  versionNumber: z.number().int(),
  status: z.enum(enrolmentStatuses),
  source: z.enum(enrolmentSources),
  dueOn: z.string().nullable(),
  overdue: z.boolean(),
  enrolledAt: z.string(),
  startedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  progress: z.number().int().min(0).max(100),
  criteria: z.object({
    lessonsRequired: z.boolean(),
    lessonCount: z.number().int(),
    minScore: z.number().int().nullable(),
    sessionsRequired: z.number().int(),
  }),
  lessonsDone: z.number().int(),
  bestScore: z.number().int().nullable(),
  sessionsAttended: z.number().int(),
  /** Every lesson of the learner's version, in order, with when they finished it. */
  lessons: z.array(lessonState),
  attempts: z.object({
    submitted: z.number().int(),
    open: z.number().int(),
    bestScore: z.number().int().nullable(),
    lastSubmittedAt: z.string().nullable(),
  }),
  certificate: z.object({ number: z.string(), issuedAt: z.string(), revoked: z.boolean() }).nullable(),
});
export type EnrolmentDetail = z.output<typeof enrolmentDetail>;

/** The unit whose people the assigner is choosing for. */
export const assignableCoursesInput = z.strictObject({ unitId: idInput });
/** A course the unit's people may be assigned: published, open to them (of the unit or of one above it). */
export const assignableCourseRow = z.object({
  id: z.number().int(),
  title: z.string(),
  unitName: z.string(),
  required: z.boolean(),
});
export type AssignableCourseRow = z.output<typeof assignableCourseRow>;

export const peopleFilter = z.strictObject({
  /** The unit subtree whose people are listed (the whole scope without it). */
  unitId: idInput.optional(),
  /** Part of the person's display name. */
  q: nameQuery,
  /** A course whose enrolment status each person is given. */
  courseId: idInput.optional(),
  ...paging,
});
export type PeopleFilter = z.output<typeof peopleFilter>;
/** A person an assigner may choose: name and home unit, and their enrolment in the course asked about. Nothing else. */
export const personRow = z.object({
  id: z.number().int(),
  name: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  enrolmentStatus: z.enum(enrolmentStatuses).nullable(),
});
export type PersonRow = z.output<typeof personRow>;
export const peoplePage = z.object({ items: z.array(personRow), total: z.number().int() });
export type PeoplePage = z.output<typeof peoplePage>;
