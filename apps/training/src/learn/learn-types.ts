// The learner's side's types, from the AppRouter: nothing here is hand-copied from the server.
import type { RouterInputs, RouterOutputs } from '../trpc';

type L = RouterOutputs['training']['learning'];
type Q = RouterOutputs['training']['quizzes'];
type S = RouterOutputs['training']['sessions'];

export type MineInput = RouterInputs['training']['learning']['mine'];
export type OwnEnrolment = L['mine']['items'][number];
export type CatalogueRow = L['catalogue']['items'][number];
export type OwnCourse = L['course'];
export type OwnLesson = L['lesson'];
export type CompleteResult = L['completeLesson'];
export type OwnQuiz = Q['mine'][number];
export type AttemptView = Q['attempt'];
export type AskedQuestion = AttemptView['questions'][number];
export type AttemptReview = Q['review'];
export type ReviewedQuestion = AttemptReview['questions'][number];
export type Given = NonNullable<ReviewedQuestion['given']>;
export type UpcomingSession = S['upcoming']['items'][number];
export type CheckedIn = S['checkIn'];
export type OwnCertificate = RouterOutputs['training']['certificates']['mine'][number];
