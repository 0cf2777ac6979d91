// What the quizzes procedures take and give. Codes and limits come from @strata/contract, so the console's forms refuse
// exactly what these refuse. A question's input is a discriminated union on `kind`, each kind with its own key and its
// own words for what is wrong with it (on the field that is wrong).
import { idInput, pageInput } from '@strata/api';
import { attemptStatuses, trainingLimits as limits, questionKinds, quizStatuses } from '@strata/contract';
import { z } from 'zod';
import { trainingMessage } from '../locales';
import { normaliseBlank } from './grading';

const text = (max: number, min = 0) => z.string().trim().min(min).max(max);
const int = z.number().int();
type Refine = z.core.$RefinementCtx;

const problem = (ctx: Refine, path: PropertyKey[], key: Parameters<typeof trainingMessage>[0]) =>
  ctx.addIssue({ code: 'custom', path, params: { key: trainingMessage(key) } });

/** The options of a choice question: 2..10, each said once. */
function checkOptions(options: string[], ctx: Refine) {
  if (options.length < limits.optionsMin || options.length > limits.optionsMax)
    problem(ctx, ['options'], 'quizOptionsCount');
  else if (new Set(options).size !== options.length) problem(ctx, ['options'], 'quizOptionRepeated');
}

const optionsInput = z.array(text(limits.optionMax, 1));
const position = int.min(0).max(limits.optionsMax - 1);

const questionBase = {
  stem: text(limits.stemMax, 1),
  explanation: text(limits.explanationMax),
  points: int.min(1).max(limits.questionPointsMax),
};

/** Each kind of question as its editors write it, with its key and the words for what is wrong with it. */
const questionKindsInput = [
  z
    .strictObject({ kind: z.literal('single'), ...questionBase, options: optionsInput, answer: position })
    .superRefine((q, ctx) => {
      checkOptions(q.options, ctx);
      if (q.answer >= q.options.length) problem(ctx, ['answer'], 'quizSingleAnswer');
    }),
  z
    .strictObject({ kind: z.literal('multiple'), ...questionBase, options: optionsInput, answer: z.array(position) })
    .superRefine((q, ctx) => {
      checkOptions(q.options, ctx);
      const distinct = new Set(q.answer);
      if (q.answer.length < 1 || distinct.size !== q.answer.length || q.answer.some((p) => p >= q.options.length))
        problem(ctx, ['answer'], 'quizMultipleAnswer');
    }),
  z.strictObject({ kind: z.literal('truefalse'), ...questionBase, answer: z.boolean() }),
  z
    .strictObject({ kind: z.literal('blank'), ...questionBase, answer: z.array(text(limits.blankAnswerMax, 1)) })
    .superRefine((q, ctx) => {
      const normalised = new Set(q.answer.map(normaliseBlank));
      if (
        q.answer.length < 1 ||
        q.answer.length > limits.blankAnswersMax ||
        normalised.size !== q.answer.length ||
        normalised.has('')
      )
        problem(ctx, ['answer'], 'quizBlankAnswers');
    }),
] as const;

const [singleInput, multipleInput, truefalseInput, blankInput] = questionKindsInput;

/** A new question: its bank, and the question. */
export const newQuestion = z.discriminatedUnion('kind', [
  singleInput.safeExtend({ bankId: idInput }),
  multipleInput.safeExtend({ bankId: idInput }),
  truefalseInput.safeExtend({ bankId: idInput }),
  blankInput.safeExtend({ bankId: idInput }),
]);
export type NewQuestion = z.output<typeof newQuestion>;
/** A question changed: its id, and the question as it is to be. */
export const questionChanges = z.discriminatedUnion('kind', [
  singleInput.safeExtend({ id: idInput }),
  multipleInput.safeExtend({ id: idInput }),
  truefalseInput.safeExtend({ id: idInput }),
  blankInput.safeExtend({ id: idInput }),
]);
export type QuestionChanges = z.output<typeof questionChanges>;

export const questionKind = z.enum(questionKinds);
export const quizStatus = z.enum(quizStatuses);
export const attemptStatus = z.enum(attemptStatuses);
export const listOrders = ['asc', 'desc'] as const;

// ---- Banks ---------------------------------------------------------------------------------------------------------

export const courseInput = z.strictObject({ courseId: idInput });
export const newBank = z.strictObject({ courseId: idInput, name: text(limits.bankNameMax, 1) });
export type NewBank = z.output<typeof newBank>;
export const bankRename = z.strictObject({ id: idInput, name: text(limits.bankNameMax, 1) });
export type BankRename = z.output<typeof bankRename>;

export const bankRow = z.object({
  id: int,
  courseId: int,
  name: z.string(),
  /** Questions drawn into new attempts. */
  questions: int,
  /** Retired questions (kept for the attempts that drew them). */
  retired: int,
  createdAt: z.string(),
});
export type BankRow = z.infer<typeof bankRow>;
/** One bank as its page opens it: its course, its questions counted, and whether the caller may edit it now. */
export const bankDetail = bankRow.omit({ createdAt: true }).extend({
  courseTitle: z.string(),
  unitId: int,
  /** False while the course is archived (read, not edited). */
  canManage: z.boolean(),
});
export type BankDetail = z.infer<typeof bankDetail>;

// ---- Questions (editors: with their keys) ----------------------------------------------------------------------------

export const questionFilter = z.strictObject({
  ...pageInput.shape,
  bankId: idInput,
  kind: questionKind.optional(),
  /** true: only retired ones; false: only active ones; absent: all. */
  retired: z.boolean().optional(),
});
export type QuestionFilter = z.output<typeof questionFilter>;

const editorFacts = {
  id: int,
  bankId: int,
  stem: z.string(),
  explanation: z.string(),
  points: int,
  retired: z.boolean(),
  /** Submitted attempts that asked it, and how many answered it rightly. */
  asked: int,
  correct: int,
  createdAt: z.string(),
};
export const editorQuestion = z.discriminatedUnion('kind', [
  z.object({ ...editorFacts, kind: z.literal('single'), options: z.array(z.string()), answer: int }),
  z.object({ ...editorFacts, kind: z.literal('multiple'), options: z.array(z.string()), answer: z.array(int) }),
  z.object({ ...editorFacts, kind: z.literal('truefalse'), answer: z.boolean() }),
  z.object({ ...editorFacts, kind: z.literal('blank'), answer: z.array(z.string()) }),
]);
export type EditorQuestion = z.infer<typeof editorQuestion>;
export const questionPage = z.object({ items: z.array(editorQuestion), total: int, totalIsBound: z.boolean() });

// ---- Quizzes ---------------------------------------------------------------------------------------------------------

const quizTerms = {
  bankId: idInput,
  title: text(limits.titleMax, 1),
  questionCount: int.min(1).max(limits.questionsPerQuizMax),
  timeLimitMinutes: int.min(1).max(limits.timeLimitMinutesMax),
  attemptsAllowed: int.min(1).max(limits.attemptsMax),
  passScore: int.min(0).max(100),
};
export const newQuiz = z.strictObject({ courseId: idInput, ...quizTerms });
export type NewQuiz = z.output<typeof newQuiz>;
export const quizChanges = z.strictObject({ id: idInput, ...quizTerms });
export type QuizChanges = z.output<typeof quizChanges>;

export const quizRow = z.object({
  id: int,
  courseId: int,
  bankId: int,
  bankName: z.string(),
  title: z.string(),
  questionCount: int,
  timeLimitMinutes: int,
  attemptsAllowed: int,
  passScore: int,
  status: quizStatus,
  createdAt: z.string(),
});
export type QuizRow = z.infer<typeof quizRow>;
/** One quiz as its page opens it (its editors and the course's trainers): its terms, never a question. */
export const quizDetail = quizRow.omit({ createdAt: true }).extend({ courseTitle: z.string(), unitId: int });
export type QuizDetail = z.infer<typeof quizDetail>;

// ---- A learner's own quizzes and attempts (never a key before submission) ----------------------------------------------

export const ownQuiz = z.object({
  id: int,
  title: z.string(),
  status: z.enum(['published', 'closed']),
  questionCount: int,
  timeLimitMinutes: int,
  attemptsAllowed: int,
  passScore: int,
  /** Attempts started (open, submitted or expired). */
  attemptsUsed: int,
  /** Attempts that may still start (0 once the quiz is closed). */
  attemptsLeft: int,
  /** The best score of a submitted attempt, null before any. */
  bestScore: int.nullable(),
  passed: z.boolean(),
  /** The attempt under way (before its deadline), to go on with. */
  openAttempt: z.object({ id: int, number: int, dueAt: z.string() }).nullable(),
  /** Every attempt of the caller's, first to last: a submitted one opens its review. */
  attempts: z.array(
    z.object({
      id: int,
      number: int,
      status: attemptStatus,
      score: int.nullable(),
      passed: z.boolean(),
      submittedAt: z.string().nullable(),
    }),
  ),
});
export type OwnQuiz = z.infer<typeof ownQuiz>;

/** A drawn question as the learner answers it: no key, no explanation; the options in the attempt's order. */
export const askedQuestion = z.object({
  questionId: int,
  kind: questionKind,
  stem: z.string(),
  choices: z.array(z.string()),
  points: int,
});
export type AskedQuestion = z.infer<typeof askedQuestion>;

const attemptFacts = {
  id: int,
  quizId: int,
  quizTitle: z.string(),
  number: int,
  startedAt: z.string(),
  dueAt: z.string(),
  /** Seconds to the deadline at the server's clock when answered (0 once past). */
  secondsLeft: int,
};

/** An attempt being taken: its questions while open, none once submitted or expired. */
export const attemptView = z.object({ ...attemptFacts, status: attemptStatus, questions: z.array(askedQuestion) });
export type AttemptView = z.infer<typeof attemptView>;

export const givenAnswer = z.union([
  z.array(position).max(limits.optionsMax),
  z.boolean(),
  z.string().max(limits.blankAnswerMax),
]);
export const submission = z.strictObject({
  id: idInput,
  /** Per drawn question answered; a question left out is unanswered (and wrong). */
  answers: z.array(z.strictObject({ questionId: idInput, given: givenAnswer })).max(limits.questionsPerQuizMax),
});
export type Submission = z.output<typeof submission>;

/** A question of a submitted attempt, with the learner's answer, the right one and the explanation. */
export const reviewedQuestion = z.object({
  ...askedQuestion.shape,
  /** What the learner answered (shown positions, true/false, text), null if nothing. */
  given: z.union([z.array(int), z.boolean(), z.string()]).nullable(),
  /** The right answer: the shown positions of the right options, true/false, or the accepted texts. */
  answer: z.union([z.array(int), z.boolean(), z.array(z.string())]),
  right: z.boolean(),
  explanation: z.string(),
});
export type ReviewedQuestion = z.infer<typeof reviewedQuestion>;

export const attemptReview = z.object({
  id: int,
  quizId: int,
  quizTitle: z.string(),
  number: int,
  status: z.literal('submitted'),
  startedAt: z.string(),
  submittedAt: z.string(),
  score: int,
  passScore: int,
  passed: z.boolean(),
  correctCount: int,
  questions: z.array(reviewedQuestion),
});
export type AttemptReview = z.infer<typeof attemptReview>;

// ---- Trainers: results and statistics --------------------------------------------------------------------------------

export const resultSorts = ['submittedAt', 'startedAt', 'score', 'learnerName'] as const;
export const resultFilter = z.strictObject({
  ...pageInput.shape,
  quizId: idInput,
  status: attemptStatus.optional(),
  sort: z.enum(resultSorts).default('submittedAt'),
  order: z.enum(listOrders).default('desc'),
});
export type ResultFilter = z.output<typeof resultFilter>;

export const resultRow = z.object({
  id: int,
  learnerName: z.string(),
  unitId: int,
  unitName: z.string(),
  number: int,
  /** open | submitted | expired: an open attempt past its deadline reads as expired. */
  status: attemptStatus,
  score: int.nullable(),
  passed: z.boolean(),
  startedAt: z.string(),
  submittedAt: z.string().nullable(),
});
export type ResultRow = z.infer<typeof resultRow>;
export const resultPage = z.object({ items: z.array(resultRow), total: int, totalIsBound: z.boolean() });

export const questionStat = z.object({
  questionId: int,
  kind: questionKind,
  stem: z.string(),
  retired: z.boolean(),
  asked: int,
  correct: int,
  /** Percent answered rightly, rounded; null before anyone was asked. */
  rate: int.nullable(),
});
export type QuestionStat = z.infer<typeof questionStat>;

export const idResult = z.object({ id: int });
export const attemptInput = z.strictObject({ id: idInput });
export const quizInput = z.strictObject({ quizId: idInput });
