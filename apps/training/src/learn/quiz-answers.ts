// A quiz attempt's answers while it is being taken: kept in the page and, per attempt, in the tab's sessionStorage (a
// reload or a visit to a lesson loses nothing), checked against the attempt's questions when read back; what is
// sent on submission (only the questions answered: a question left out counts as unanswered); and the time left,
// counted from the server's `secondsLeft` when its answer arrived (never the device's clock against the deadline,
// which may be wrong), in whole seconds.
import { trainingLimits } from '@strata/contract';
import { useEffect, useState } from 'react';
import type { AskedQuestion, Given } from './learn-types';

export type Answers = Record<number, Given>;

const storageKey = (attemptId: number) => `strata.training.quiz.${attemptId}`;

/** Whether `given` is an answer the question can take (a choice among its options, a truth value, a text). */
function fits(question: AskedQuestion, given: unknown): given is Given {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return (
        Array.isArray(given) &&
        given.every((p) => Number.isInteger(p) && p >= 0 && p < question.choices.length) &&
        new Set(given).size === given.length &&
        (question.kind === 'multiple' || given.length <= 1)
      );
    case 'truefalse':
      return typeof given === 'boolean';
    case 'blank':
      return typeof given === 'string' && given.length <= trainingLimits.blankAnswerMax;
  }
}

/** The answers kept for the attempt, those that still fit its questions; none when nothing (or nothing readable) is kept. */
export function readAnswers(attemptId: number, questions: AskedQuestion[]): Answers {
  let kept: unknown;
  try {
    kept = JSON.parse(sessionStorage.getItem(storageKey(attemptId)) ?? '{}');
  } catch {
    return {};
  }
  if (typeof kept !== 'object' || kept === null) return {};
  const answers: Answers = {};
  for (const question of questions) {
    const given = (kept as Record<string, unknown>)[String(question.questionId)];
    if (given !== undefined && fits(question, given)) answers[question.questionId] = given;
  }
  return answers;
}

export function keepAnswers(attemptId: number, answers: Answers) {
  try {
    sessionStorage.setItem(storageKey(attemptId), JSON.stringify(answers));
  } catch {
    // A full or refused storage: the answers stay in the page.
  }
}

export function forgetAnswers(attemptId: number) {
  try {
    sessionStorage.removeItem(storageKey(attemptId));
  } catch {
    // Nothing kept.
  }
}

/** Whether the question has an answer to send: a choice made, a truth value, a text not blank. */
export function answered(given: Given | undefined): boolean {
  if (given === undefined) return false;
  if (Array.isArray(given)) return given.length > 0;
  if (typeof given === 'string') return given.trim() !== '';
  return true;
}

/** What `quizzes.submit` takes: the answered questions, in the attempt's order. */
export function submission(questions: AskedQuestion[], answers: Answers) {
  return questions.flatMap((q) => {
    const given = answers[q.questionId];
    if (!answered(given) || given === undefined) return [];
    return [{ questionId: q.questionId, given: typeof given === 'string' ? given.trim() : given }];
  });
}

/** The seconds left of `secondsLeft` counted from `receivedAt` (when the server said it), ticking down to 0. */
export function useSecondsLeft(secondsLeft: number, receivedAt: number): number {
  const deadline = receivedAt + secondsLeft * 1000;
  const left = () => Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
  const [shown, setShown] = useState(left);
  useEffect(() => {
    const tick = () => setShown(Math.max(0, Math.ceil((deadline - Date.now()) / 1000)));
    tick();
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [deadline]);
  return shown;
}

/** "12:05", or "1:02:05" past an hour. */
export function clockText(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}
