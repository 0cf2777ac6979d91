// The report procedures' answers the tests give.
import { lastTwelveMonths } from '@strata/contract';
import type { CourseReport, CoverageReport, Figures, UnitsReport } from './report-types';

export const township = 2;
export const village = 5;
export const school = 6;
/** The twelve months of a trend, to November 2026. */
const months = lastTwelveMonths('2026-11-29');

export const figures = (over: Partial<Figures> = {}): Figures => ({
  enrolled: 10,
  notStarted: 2,
  inProgress: 3,
  completed: 4,
  withdrawn: 1,
  overdue: 2,
  scored: 4,
  averageScore: 86.5,
  completionRate: 44.4,
  ...over,
});

const nothing = figures({
  enrolled: 0,
  notStarted: 0,
  inProgress: 0,
  completed: 0,
  withdrawn: 0,
  overdue: 0,
  scored: 0,
  averageScore: null,
  completionRate: null,
});

export const coverageReport = (over: Partial<CoverageReport> = {}): CoverageReport => ({
  unit: { id: township, name: '城关镇' },
  staff: 20,
  covered: 15,
  share: 75,
  noneRequired: 3,
  children: [
    { unitId: village, name: '东关村', staff: 8, covered: 8, share: 100, noneRequired: 0 },
    { unitId: school, name: '城关中学', staff: 12, covered: 7, share: 58.3, noneRequired: 3 },
  ],
  courses: [
    {
      courseId: 7,
      title: '网站安全基础',
      unitId: 1,
      unitName: '县委网信办',
      staff: 20,
      completed: 15,
      share: 75,
    },
  ],
  completedByMonth: months.map((month, i) => ({ month, count: i % 3 })),
  ...over,
});

export const emptyCoverage = coverageReport({
  staff: 0,
  covered: 0,
  share: null,
  noneRequired: 0,
  courses: [],
  completedByMonth: months.map((month) => ({ month, count: 0 })),
});

export const unitsReport = (over: Partial<UnitsReport> = {}): UnitsReport => ({
  unit: { id: township, name: '城关镇' },
  courseId: null,
  totals: figures(),
  own: figures({ enrolled: 2, completed: 1, completionRate: 50 }),
  children: [
    { unitId: village, name: '东关村', ...figures({ enrolled: 5, completionRate: 80 }) },
    { unitId: school, name: '城关中学', ...figures({ enrolled: 3, completionRate: null, averageScore: null }) },
  ],
  ...over,
});

export const emptyUnits = unitsReport({ totals: nothing, own: nothing, children: [] });

export const courseReport = (over: Partial<CourseReport> = {}): CourseReport => ({
  course: { id: 7, title: '网站安全基础', unitId: 1, unitName: '县委网信办', status: 'published', required: true },
  totals: figures(),
  units: [
    { unitId: village, name: '东关村', ...figures({ enrolled: 6 }) },
    { unitId: school, name: '城关中学', ...figures({ enrolled: 4, completionRate: 25 }) },
  ],
  months: Array.from({ length: 12 }, (_, i) => ({
    month: `2026-${String(i + 1).padStart(2, '0')}`,
    enrolled: i,
    completed: Math.floor(i / 2),
  })),
  ...over,
});

export const emptyCourseReport = courseReport({
  totals: nothing,
  units: [],
  months: courseReport().months.map((m) => ({ ...m, enrolled: 0, completed: 0 })),
});
