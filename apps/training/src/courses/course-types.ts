// The courses area's types, from the AppRouter: nothing here is hand-copied from the server.
import type { RouterInputs, RouterOutputs } from '../trpc';

type C = RouterOutputs['training']['courses'];
type CIn = RouterInputs['training']['courses'];

export type CourseListInput = CIn['list'];
export type CourseSort = NonNullable<CourseListInput['sort']>;
export type CourseRow = C['list']['items'][number];
export type CourseDetail = C['get'];
export type VersionSummary = CourseDetail['versions'][number];
export type CourseInput = CIn['create'];
export type Outline = C['outline'];
export type OutlineModule = Outline['modules'][number];
export type OutlineLesson = OutlineModule['lessons'][number];
export type LessonInput = CIn['addLesson'];
export type UnitRow = RouterOutputs['identity']['units']['tree'][number];
