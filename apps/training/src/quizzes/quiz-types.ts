// The quizzes area's types, from the AppRouter: nothing here is hand-copied from the server.
import type { RouterInputs, RouterOutputs } from '../trpc';

type Q = RouterOutputs['training']['quizzes'];
type QIn = RouterInputs['training']['quizzes'];

export type BankRow = Q['banks'][number];
export type QuizRow = Q['list'][number];
export type QuizInput = QIn['create'];
export type EditorQuestion = Q['questions']['items'][number];
export type QuestionListInput = QIn['questions'];
export type NewQuestionInput = QIn['createQuestion'];
export type ResultRow = Q['results']['items'][number];
export type ResultListInput = QIn['results'];
export type ResultSort = NonNullable<ResultListInput['sort']>;
export type QuestionStat = Q['questionStats'][number];
export type CourseDetail = RouterOutputs['training']['courses']['get'];
