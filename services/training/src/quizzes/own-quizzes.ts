// A learner's own quizzes, across scopes (a learner holds no grant): found through the caller's enrolment in the
// quiz's course (not withdrawn), by their account, never by an id from the page alone (an attempt id is taken, then
// its enrolment's account checked to be the caller's).
//
// Starting: an attempt under way is returned rather than a second one opened. A new attempt's number is the attempts
// so far plus one, under the unique (quizId, enrolmentId, number): two starts at once cannot both take the same
// attempt, the loser's insert fails and it runs again, finding the winner's attempt open (so both answer that one
// attempt; on SQLite, whose adapter runs one transaction at a time, the second simply finds it).
//
// Submitting: one conditional update from open to submitted, so of two submissions at once only one counts (the other
// answers "already submitted" and changes nothing); the question statistics and the enrolment follow in the same
// transaction. After the deadline and its grace the submission is refused and the attempt is marked expired: it keeps
// no score (no answer reached the server in time; a 0 would read as a graded attempt and count in nothing anyway, the
// best score being of submitted attempts), it used one of the attempts, and it touches no statistics. That marking is
// the clock's doing, not the learner's: no audit entry.
import { AppError, recordAudit, runTransaction, toIso } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import { isUniqueViolation } from '@strata/db';
import { refreshEnrolment } from '../enrolments/progress';
import { trainingMessage } from '../locales';
import { type AttemptRow, attemptReview, attemptView, type StoredAnswer, statusAt } from './attempt-views';
import { cryptoChance, draw, readDrawn } from './draw';
import { type Given, givenFits, grade, pastDeadline } from './grading';
import { choiceCount, readKey } from './question-rules';
import type { AttemptReview, AttemptView, OwnQuiz, Submission } from './quiz-schemas';

const notOpenToYou = () => new AppError('NOT_FOUND', trainingMessage('quizNotOpenToYou'));
const attemptNotFound = () => new AppError('NOT_FOUND', trainingMessage('quizAttemptNotFound'));
const timeUp = () => new AppError('CONFLICT', trainingMessage('quizTimeUp'));
const alreadySubmitted = () => new AppError('CONFLICT', trainingMessage('quizAlreadySubmitted'));

/** The caller's enrolment in the course, unless withdrawn. */
async function ownEnrolment(db: Db | Tx, accountId: number, courseId: number) {
  const enrolment = await db.enrolment.findUnique({ where: { courseId_userId: { courseId, userId: accountId } } });
  return enrolment && enrolment.status !== 'withdrawn' ? enrolment : null;
}

/** One of the caller's attempts, with its quiz and enrolment; someone else's answers as a missing one. */
async function ownAttempt(db: Db | Tx, accountId: number, id: number) {
  const attempt = await db.quizAttempt.findUnique({
    where: { id },
    include: {
      quiz: true,
      enrolment: { select: { userId: true, status: true, unitId: true, learnerName: true } },
    },
  });
  if (!attempt || attempt.enrolment.userId !== accountId || attempt.enrolment.status === 'withdrawn')
    throw attemptNotFound();
  return attempt;
}

/** Marks an open attempt expired (its deadline passed): a no-op when it is no longer open. */
const expire = (tx: Db | Tx, id: number) =>
  tx.quizAttempt.updateMany({ where: { id, status: 'open' }, data: { status: 'expired' } });

/** A transaction's answer: its result, or a refusal to throw once what it wrote (an expiry) is committed. */
type Outcome<T> = { ok: T } | { refused: AppError };

async function settled<T>(outcome: Promise<Outcome<T>>): Promise<T> {
  const done = await outcome;
  if ('refused' in done) throw done.refused;
  return done.ok;
}

const labelOf = (learnerName: string, quizTitle: string, number: number) => `${learnerName} · ${quizTitle} #${number}`;

export function ownQuizzesSystem(db: Db) {
  async function start(tx: Tx, accountId: number, quizId: number, now: Date): Promise<Outcome<AttemptView>> {
    const quiz = await tx.quiz.findUnique({ where: { id: quizId } });
    if (!quiz || quiz.status === 'draft') throw notOpenToYou();
    const enrolment = await ownEnrolment(tx, accountId, quiz.courseId);
    if (!enrolment) throw notOpenToYou();
    const attempts = await tx.quizAttempt.findMany({
      where: { quizId: quiz.id, enrolmentId: enrolment.id },
      orderBy: { number: 'asc' },
    });
    const open = attempts.find((a) => a.status === 'open');
    if (open) {
      if (!pastDeadline(open.dueAt, now)) return { ok: await attemptView(tx, open, quiz, now) };
      await expire(tx, open.id);
    }
    if (quiz.status !== 'published') return { refused: new AppError('CONFLICT', trainingMessage('quizClosed')) };
    if (attempts.length >= quiz.attemptsAllowed)
      return {
        refused: new AppError('CONFLICT', trainingMessage('quizNoAttemptsLeft'), { count: quiz.attemptsAllowed }),
      };
    const pool = await tx.question.findMany({
      where: { bankId: quiz.bankId, retiredAt: null },
      select: { id: true, kind: true, options: true },
    });
    if (pool.length < quiz.questionCount)
      return { refused: new AppError('CONFLICT', trainingMessage('quizBankShort')) };
    const drawn = draw(
      pool.map((q) => ({ id: q.id, choices: choiceCount(q) })),
      quiz.questionCount,
      cryptoChance,
    );
    const number = attempts.length + 1;
    const dueAt = new Date(now.getTime() + quiz.timeLimitMinutes * 60_000);
    const attempt = await tx.quizAttempt.create({
      data: {
        unitId: enrolment.unitId,
        courseUnitId: enrolment.courseUnitId,
        quizId: quiz.id,
        enrolmentId: enrolment.id,
        number,
        status: 'open',
        startedAt: now,
        dueAt,
        drawn: JSON.stringify(drawn),
      },
    });
    await recordAudit(tx, {
      actorId: accountId,
      unitId: enrolment.unitId,
      action: 'quizAttempt.start',
      entity: 'QuizAttempt',
      entityId: attempt.id,
      label: labelOf(enrolment.learnerName, quiz.title, number),
      after: { quizId: quiz.id, enrolmentId: enrolment.id, number, dueAt: toIso(dueAt) },
    });
    return { ok: await attemptView(tx, attempt, quiz, now) };
  }

  async function submit(tx: Tx, accountId: number, input: Submission, now: Date): Promise<Outcome<AttemptReview>> {
    const attempt = await ownAttempt(tx, accountId, input.id);
    if (attempt.status === 'submitted') throw alreadySubmitted();
    if (attempt.status === 'expired') throw timeUp();
    if (pastDeadline(attempt.dueAt, now)) {
      await expire(tx, attempt.id);
      return { refused: timeUp() };
    }
    const drawn = readDrawn(attempt.drawn);
    const questions = await tx.question.findMany({ where: { id: { in: drawn.map((d) => d.q) } } });
    const byId = new Map(questions.map((q) => [q.id, q]));
    // Every answer names a drawn question, once, in the shape its kind takes; nothing is written otherwise.
    const givenFor = new Map<number, Given>();
    input.answers.forEach((a, i) => {
      const d = drawn.find((x) => x.q === a.questionId);
      const question = byId.get(a.questionId);
      if (!d || !question)
        throw new AppError('BAD_REQUEST', trainingMessage('quizAnswerNotDrawn'), {}, `answers.${i}.questionId`);
      if (givenFor.has(a.questionId))
        throw new AppError('BAD_REQUEST', trainingMessage('quizAnswerRepeated'), {}, `answers.${i}.questionId`);
      if (!givenFits(readKey(question.kind, question.answer).kind, d.o.length, a.given))
        throw new AppError('BAD_REQUEST', trainingMessage('quizAnswerDoesNotFit'), {}, `answers.${i}.given`);
      givenFor.set(a.questionId, a.given);
    });
    const items = drawn.flatMap((d) => {
      const question = byId.get(d.q);
      return question
        ? [
            {
              question,
              key: readKey(question.kind, question.answer),
              order: d.o,
              points: question.points,
              given: givenFor.get(d.q) ?? null,
            },
          ]
        : [];
    });
    const graded = grade(items);
    const answers: StoredAnswer[] = items.map((item, i) => ({
      q: item.question.id,
      given: item.given,
      right: graded.verdicts[i] ?? false,
    }));
    const { count } = await tx.quizAttempt.updateMany({
      where: { id: attempt.id, status: 'open' },
      data: {
        status: 'submitted',
        submittedAt: now,
        answers: JSON.stringify(answers),
        score: graded.score,
        correctCount: graded.correctCount,
      },
    });
    // Another submission (or an expiry) got there first: this one counts nothing.
    if (count !== 1) {
      const current = await tx.quizAttempt.findUnique({ where: { id: attempt.id }, select: { status: true } });
      throw current?.status === 'expired' ? timeUp() : alreadySubmitted();
    }
    const right = answers.filter((a) => a.right).map((a) => a.q);
    const wrong = answers.filter((a) => !a.right).map((a) => a.q);
    if (right.length)
      await tx.question.updateMany({
        where: { id: { in: right } },
        data: { asked: { increment: 1 }, correct: { increment: 1 } },
      });
    if (wrong.length) await tx.question.updateMany({ where: { id: { in: wrong } }, data: { asked: { increment: 1 } } });
    await refreshEnrolment(tx, attempt.enrolmentId, {}, now);
    await recordAudit(tx, {
      actorId: accountId,
      unitId: attempt.enrolment.unitId,
      action: 'quizAttempt.submit',
      entity: 'QuizAttempt',
      entityId: attempt.id,
      label: labelOf(attempt.enrolment.learnerName, attempt.quiz.title, attempt.number),
      before: { status: 'open' },
      after: { status: 'submitted', score: graded.score, correctCount: graded.correctCount },
    });
    const submitted: AttemptRow = {
      ...attempt,
      status: 'submitted',
      submittedAt: now,
      answers: JSON.stringify(answers),
      score: graded.score,
      correctCount: graded.correctCount,
    };
    return { ok: await attemptReview(tx, submitted, attempt.quiz) };
  }

  return {
    /** The published and closed quizzes of a course the caller is enrolled in, with their own attempts' figures. */
    async ownQuizzes(accountId: number, courseId: number, now: Date): Promise<OwnQuiz[]> {
      const enrolment = await ownEnrolment(db, accountId, courseId);
      if (!enrolment) throw new AppError('NOT_FOUND', trainingMessage('notEnrolled'));
      const quizzes = await db.quiz.findMany({
        where: { courseId, status: { in: ['published', 'closed'] } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      const attempts = quizzes.length
        ? await db.quizAttempt.findMany({
            where: { enrolmentId: enrolment.id, quizId: { in: quizzes.map((q) => q.id) } },
            select: {
              id: true,
              quizId: true,
              number: true,
              status: true,
              dueAt: true,
              score: true,
              submittedAt: true,
            },
            orderBy: { number: 'asc' },
          })
        : [];
      return quizzes.map((quiz) => {
        const mine = attempts.filter((a) => a.quizId === quiz.id);
        const scores = mine.flatMap((a) => (a.status === 'submitted' && a.score !== null ? [a.score] : []));
        const bestScore = scores.length ? Math.max(...scores) : null;
        const open = mine.find((a) => statusAt(a, now) === 'open');
        return {
          id: quiz.id,
          title: quiz.title,
          status: quiz.status === 'closed' ? ('closed' as const) : ('published' as const),
          questionCount: quiz.questionCount,
          timeLimitMinutes: quiz.timeLimitMinutes,
          attemptsAllowed: quiz.attemptsAllowed,
          passScore: quiz.passScore,
          attemptsUsed: mine.length,
          attemptsLeft: quiz.status === 'closed' ? 0 : Math.max(0, quiz.attemptsAllowed - mine.length),
          bestScore,
          passed: bestScore !== null && bestScore >= quiz.passScore,
          openAttempt: open ? { id: open.id, number: open.number, dueAt: toIso(open.dueAt) } : null,
          attempts: mine.map((a) => ({
            id: a.id,
            number: a.number,
            status: statusAt(a, now),
            score: a.status === 'submitted' ? a.score : null,
            passed: a.status === 'submitted' && a.score !== null && a.score >= quiz.passScore,
            submittedAt: toIso(a.submittedAt),
          })),
        };
      });
    },

    /** Starts an attempt at a published quiz, or answers the one under way. */
    async startQuiz(accountId: number, quizId: number, now: Date): Promise<AttemptView> {
      const once = () => settled(runTransaction(db, (tx) => start(tx, accountId, quizId, now)));
      try {
        return await once();
      } catch (error) {
        // A concurrent start took this number first: run again, and meet its attempt.
        if (!isUniqueViolation(error)) throw error;
        return once();
      }
    },

    /** One of the caller's attempts as it is being taken; one past its deadline is marked expired. */
    async ownAttempt(accountId: number, id: number, now: Date): Promise<AttemptView> {
      const attempt = await ownAttempt(db, accountId, id);
      if (statusAt(attempt, now) === 'expired' && attempt.status === 'open') await expire(db, attempt.id);
      return attemptView(db, attempt, attempt.quiz, now);
    },

    /** Grades and submits one of the caller's open attempts, and answers it with its keys. */
    submitAttempt(accountId: number, input: Submission, now: Date): Promise<AttemptReview> {
      return settled(runTransaction(db, (tx) => submit(tx, accountId, input, now)));
    },

    /** One of the caller's submitted attempts, with its keys. */
    async reviewAttempt(accountId: number, id: number): Promise<AttemptReview> {
      const attempt = await ownAttempt(db, accountId, id);
      if (attempt.status !== 'submitted') throw new AppError('CONFLICT', trainingMessage('quizAttemptNotSubmitted'));
      return attemptReview(db, attempt, attempt.quiz);
    },
  };
}
