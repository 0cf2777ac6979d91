// The quizzes area's types, from the AppRouter: nothing here is hand-copied from the server.
import type { RouterInputs, RouterOutputs } from '../trpc';

type Q = RouterOutputs['training']['quizzes'];
type QIn = RouterInputs['training']['quizzes'];

export type BankRow = Q['banks'][number];
/** One bank as its page opens it: with its course's title and unit, and whether it may be edited now. */
export type BankDetail = Q['bank'];
export type QuizRow = Q['list'][number];
/** One quiz's terms as its results page opens them: with its course's title and unit. */
export type QuizDetail = Q['get'];
export type QuizInput = QIn['create'];
export type EditorQuestion = Q['questions']['items'][number];
export type QuestionListInput = QIn['questions'];
export type NewQuestionInput = QIn['createQuestion'];
export type ResultPage = Q['results'];
export type ResultRow = ResultPage['items'][number];
export type ResultListInput = QIn['results'];
export type ResultSort = NonNullable<ResultListInput['sort']>;
export type QuestionStat = Q['questionStats'][number];
