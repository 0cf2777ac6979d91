// What the report procedures take and give. Every figure counts enrolments (or, for coverage, staff accounts); the
// browser draws its charts and writes its XLSX from these answers as they are.
import { idInput } from '@strata/api';
import { z } from 'zod';

const count = z.number().int().min(0);
/** A share in percent with one decimal (0-100), null where there is nothing to divide by. */
const percent = z.number().min(0).max(100).nullable();

/**
 * A set of enrolments' figures. `enrolled` counts every enrolment (whatever its status); `notStarted`,
 * `inProgress`, `completed` and `withdrawn` split them by status; `overdue`: assigned, due before today (Asia/Shanghai)
 * and neither completed nor withdrawn; `averageScore`: the mean best score of those with one (one decimal);
 * `completionRate`: completed over those still in the course (all but the withdrawn), in percent.
 */
export const figuresShape = {
  enrolled: count,
  notStarted: count,
  inProgress: count,
  completed: count,
  withdrawn: count,
  overdue: count,
  scored: count,
  averageScore: z.number().min(0).max(100).nullable(),
  completionRate: percent,
};
export const figures = z.object(figuresShape);
export type Figures = z.output<typeof figures>;

/** The figures a units report sorts its children by (or their names). */
export const figureSorts = [
  'name',
  'enrolled',
  'notStarted',
  'inProgress',
  'completed',
  'withdrawn',
  'overdue',
  'averageScore',
  'completionRate',
] as const;
export type FigureSort = (typeof figureSorts)[number];

export const courseReportInput = z.strictObject({ courseId: idInput });

export const courseReport = z.object({
  course: z.object({
    id: z.number().int(),
    title: z.string(),
    unitId: z.number().int(),
    unitName: z.string(),
    status: z.string(),
    required: z.boolean(),
  }),
  totals: figures,
  /** Per learners' unit (the unit each enrolment belongs to), most enrolments first. */
  units: z.array(z.object({ unitId: z.number().int(), name: z.string(), ...figuresShape })),
  /** The last 12 months (Asia/Shanghai), oldest first: enrolments made in each, and how many of those completed. */
  months: z.array(z.object({ month: z.string(), enrolled: count, completed: count })),
});
export type CourseReport = z.output<typeof courseReport>;

export const unitsReportInput = z.strictObject({
  unitId: idInput,
  /** Only this course's enrolments. */
  courseId: idInput.optional(),
  /** The children's order; unset: as the unit tree lists them. */
  sort: z.enum(figureSorts).optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type UnitsReportInput = z.output<typeof unitsReportInput>;

const unitFigures = z.object({ unitId: z.number().int(), name: z.string(), ...figuresShape });
export type UnitFigures = z.output<typeof unitFigures>;

export const unitsReport = z.object({
  unit: z.object({ id: z.number().int(), name: z.string() }),
  courseId: z.number().int().nullable(),
  /** The whole subtree. */
  totals: figures,
  /** The unit's own people (enrolments owned by the unit itself, not by a unit below it). */
  own: figures,
  /** Each child unit's subtree. */
  children: z.array(unitFigures),
});
export type UnitsReport = z.output<typeof unitsReport>;

export const coverageInput = z.strictObject({ unitId: idInput });

/**
 * Coverage of a set of staff: `staff` those to whom at least one required course applies (the base of the share),
 * `covered` those who completed every one that applies to them, `share` covered over staff in percent, and
 * `noneRequired` the staff to whom no required course applies (left out of the base).
 */
const coverageShape = { staff: count, covered: count, share: percent, noneRequired: count };
const unitCoverage = z.object({ unitId: z.number().int(), name: z.string(), ...coverageShape });
export type UnitCoverage = z.output<typeof unitCoverage>;

export const coverageReport = z.object({
  unit: z.object({ id: z.number().int(), name: z.string() }),
  ...coverageShape,
  /** Each child unit's subtree, best covered first (a ranking). */
  children: z.array(unitCoverage),
  /** Each required course applying to staff of the subtree: how many of them it applies to, and completed it. */
  courses: z.array(
    z.object({
      courseId: z.number().int(),
      title: z.string(),
      unitId: z.number().int(),
      unitName: z.string(),
      staff: count,
      completed: count,
      share: percent,
    }),
  ),
  /**
   * The twelve months up to and including the current one (Asia/Shanghai, `YYYY-MM`), oldest first: the enrolments
   * completed in each (by `completedAt` in Asia/Shanghai) by learners at home in the subtree, whatever the course.
   */
  completedByMonth: z.array(z.object({ month: z.string(), count })),
});
export type CoverageReport = z.output<typeof coverageReport>;

export const teachingInput = z.strictObject({ unitId: idInput });

/**
 * A trainer's classes at a glance (the overview's card): the running (published) courses of the unit's subtree where
 * the caller holds training.teach, their enrolments still in the course (all but the withdrawn, of every learners'
 * unit), how many of those completed and the share in percent; and the next sessions the caller leads there.
 */
export const teachingSummary = z.object({
  courses: count,
  enrolled: count,
  completed: count,
  completionRate: percent,
  /** At most 5, not ended, scheduled, soonest first. */
  sessions: z.array(
    z.object({
      id: z.number().int(),
      courseId: z.number().int(),
      courseTitle: z.string(),
      title: z.string(),
      place: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
      capacity: count,
      booked: count,
    }),
  ),
});
export type TeachingSummary = z.output<typeof teachingSummary>;
