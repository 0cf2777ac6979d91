// The enrolments area's types, from the AppRouter: nothing here is hand-copied from the server.
import type { RouterInputs, RouterOutputs } from '../trpc';

type E = RouterOutputs['training']['enrolments'];
type EIn = RouterInputs['training']['enrolments'];

export type ClassListInput = EIn['classList'];
export type ClassListSort = NonNullable<ClassListInput['sort']>;
export type ClassListRow = E['classList']['items'][number];
export type EnrolmentListInput = EIn['list'];
export type EnrolmentRow = E['list']['items'][number];
export type AssignInput = EIn['assign'];
export type AssignResult = E['assign'];
export type AssignableCourse = E['assignableCourses'][number];
export type PeopleInput = EIn['people'];
export type PersonRow = E['people']['items'][number];
