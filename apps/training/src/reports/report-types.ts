// The report procedures' answers as the pages read them.
import type { RouterOutputs } from '../trpc';

type Reports = RouterOutputs['training']['reports'];
export type CourseReport = Reports['course'];
export type UnitsReport = Reports['units'];
export type CoverageReport = Reports['coverage'];
export type Figures = UnitsReport['totals'];
export type FigureRow = Figures & { unitId: number; name: string };
