// The quizzes area's procedures: each parses its input, holds its permission and hands the work to a domain function.
// Banks, questions and quizzes are the course's (training.manage at its unit; only they read the answer keys);
// results and question statistics its trainers' (training.teach); a learner's own quizzes and attempts need no grant
// (their enrolment in the course, found by their account) and never carry a key before the attempt is submitted.
import { actorOf, authedProcedure, checked, idInput, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { createBank, listBanks, renameBank } from './banks';
import { listQuestions } from './list-questions';
import { bankDetail, quizDetail } from './quiz-details';
import {
  attemptInput,
  attemptReview,
  attemptView,
  bankDetail as bankDetailOutput,
  bankRename,
  bankRow,
  courseInput,
  idResult,
  newBank,
  newQuestion,
  newQuiz,
  ownQuiz,
  questionChanges,
  questionFilter,
  questionPage,
  questionStat,
  quizChanges,
  quizDetail as quizDetailOutput,
  quizInput,
  quizRow,
  resultFilter,
  resultPage,
  submission,
} from './quiz-schemas';
import { questionStats, quizResults } from './results';
import { createQuestion, restoreQuestion, retireQuestion, updateQuestion } from './save-question';
import { closeQuiz, createQuiz, listQuizzes, publishQuiz, updateQuiz } from './save-quiz';

const manage = permissionProcedure('training.manage');
const teach = permissionProcedure('training.teach');
const done = checked(idResult);
const byId = z.strictObject({ id: idInput });

export const quizzesRouter = router({
  /** A course's question banks, with their active and retired questions counted. */
  banks: manage
    .input(courseInput)
    .output(checked(z.array(bankRow)))
    .query(({ ctx, input }) => listBanks(ctx.db, ctx.scope, input.courseId)),

  /** One bank: its course, its questions counted, and whether it may be edited now. */
  bank: manage
    .input(byId)
    .output(checked(bankDetailOutput))
    .query(({ ctx, input }) => bankDetail(ctx.db, ctx.scope, input.id)),

  createBank: manage
    .input(newBank)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => createBank(tx, actorOf(ctx), input))),

  renameBank: manage
    .input(bankRename)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => renameBank(tx, actorOf(ctx), input))),

  /** A bank's questions with their answer keys and statistics (its editors only), paged. */
  questions: manage
    .input(questionFilter)
    .output(checked(questionPage))
    .query(({ ctx, input }) => listQuestions(ctx.db, ctx.scope, input)),

  createQuestion: manage
    .input(newQuestion)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => createQuestion(tx, actorOf(ctx), input))),

  /** Changes a question; once an attempt drew it, only its wording (kind, options' count, key and points are fixed). */
  updateQuestion: manage
    .input(questionChanges)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => updateQuestion(tx, actorOf(ctx), input))),

  /** A retired question is drawn no more; the attempts that drew it still grade and show it. */
  retireQuestion: manage
    .input(byId)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => retireQuestion(tx, actorOf(ctx), input.id))),

  restoreQuestion: manage
    .input(byId)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => restoreQuestion(tx, actorOf(ctx), input.id))),

  /** A course's quizzes. */
  list: manage
    .input(courseInput)
    .output(checked(z.array(quizRow)))
    .query(({ ctx, input }) => listQuizzes(ctx.db, ctx.scope, input.courseId)),

  /** One quiz's terms, for its editors and the course's trainers (its results page); never a question. */
  get: teach
    .input(byId)
    .output(checked(quizDetailOutput))
    .query(({ ctx, input }) => quizDetail(ctx.db, ctx.scope, input.id)),

  create: manage
    .input(newQuiz)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => createQuiz(tx, actorOf(ctx), input))),

  update: manage
    .input(quizChanges)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => updateQuiz(tx, actorOf(ctx), input))),

  publish: manage
    .input(byId)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => publishQuiz(tx, actorOf(ctx), input.id))),

  close: manage
    .input(byId)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => closeQuiz(tx, actorOf(ctx), input.id))),

  /** The caller's quizzes in a course they are enrolled in, with their attempts used and left. */
  mine: authedProcedure
    .input(courseInput)
    .output(checked(z.array(ownQuiz)))
    .query(({ ctx, input }) => ctx.system.training.ownQuizzes(ctx.session.user.id, input.courseId, ctx.now())),

  /** Starts an attempt (or answers the one under way): its drawn questions, without any key. */
  start: authedProcedure
    .input(quizInput)
    .output(checked(attemptView))
    .mutation(({ ctx, input }) => ctx.system.training.startQuiz(ctx.session.user.id, input.quizId, ctx.now())),

  /** One of the caller's attempts as it is being taken, without any key. */
  attempt: authedProcedure
    .input(attemptInput)
    .output(checked(attemptView))
    .query(({ ctx, input }) => ctx.system.training.ownAttempt(ctx.session.user.id, input.id, ctx.now())),

  /** Submits the caller's open attempt, graded here; answers it with the right answers and explanations. */
  submit: authedProcedure
    .input(submission)
    .output(checked(attemptReview))
    .mutation(({ ctx, input }) => ctx.system.training.submitAttempt(ctx.session.user.id, input, ctx.now())),

  /** One of the caller's submitted attempts, with the right answers and explanations. */
  review: authedProcedure
    .input(attemptInput)
    .output(checked(attemptReview))
    .query(({ ctx, input }) => ctx.system.training.reviewAttempt(ctx.session.user.id, input.id)),

  /** A quiz's attempts across the learners' units, paged and sorted. */
  results: teach
    .input(resultFilter)
    .output(checked(resultPage))
    .query(({ ctx, input }) => quizResults(ctx.db, ctx.scope, input, ctx.now())),

  /** Each question of the quiz's bank with its kept counters. */
  questionStats: teach
    .input(quizInput)
    .output(checked(z.array(questionStat)))
    .query(({ ctx, input }) => questionStats(ctx.db, ctx.scope, input.quizId)),
});
