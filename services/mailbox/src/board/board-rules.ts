// The board's rules without a database: where a topic stands against its answer deadline at a moment, and what
// the sensitive words say about a post. Domain functions ask these before they write.
import { AppError } from '@strata/api';
import { type SensitiveWord, WordMatcher } from '@strata/text';
import { mailboxMessage } from '../locales';

/** Where a topic stands against its answer deadline; derived at read time from its instants and the clock. */
export const answerStates = ['onTime', 'dueSoon', 'overdue', 'answeredOnTime', 'answeredLate'] as const;
export type AnswerState = (typeof answerStates)[number];

type Timing = { answerDueAt: Date; answerDueSoonAt: Date; answeredAt: Date | null };

/** Nothing moves a topic when its deadline passes: the clock is read against it. An answer stops the clock. */
export function answerState({ answerDueAt, answerDueSoonAt, answeredAt }: Timing, now: Date): AnswerState {
  if (answeredAt) return answeredAt < answerDueAt ? 'answeredOnTime' : 'answeredLate';
  if (now >= answerDueAt) return 'overdue';
  if (now >= answerDueSoonAt) return 'dueSoon';
  return 'onTime';
}

/** What the words say about a post: `block` words refuse it (and are named), `warn` words hold it for moderation. */
export type Screening = { held: boolean };

/**
 * Screens the fields of a post against the words that apply at its unit. A `block` word refuses the post with a
 * field error on the first field holding one, naming every blocked word; a `warn` word holds it.
 */
export function screenPost(words: readonly SensitiveWord[], fields: Record<string, string>): Screening {
  if (!words.length) return { held: false };
  const matcher = new WordMatcher(words);
  const hits = Object.entries(fields).flatMap(([field, text]) => matcher.find(text).map((h) => ({ field, ...h })));
  const blocked = hits.filter((h) => h.level === 'block');
  const [first] = blocked;
  if (first) {
    const list = [...new Set(blocked.map((h) => h.word))].join('、');
    throw new AppError('BAD_REQUEST', mailboxMessage('boardBlocked'), { words: list }, first.field);
  }
  return { held: hits.length > 0 };
}
