// The steps the letter page offers, read from the server's answer (`letter.actions`): the console offers exactly what
// the server's rules allow the caller now, in the order a handler works through them.
import type { LetterActions } from '../common/api-types';

export type Step = Exclude<keyof LetterActions, 'reveal'>;

/** Accept or reject first, then reply (or assign on, record the handling, return), close, the deadline, a note. */
export const stepOrder = [
  'accept',
  'reject',
  'reply',
  'assign',
  'handle',
  'return',
  'close',
  'decideExtension',
  'askExtension',
  'note',
] as const satisfies readonly Step[];

/** The steps the caller may take now, in order (revealing the submitter is offered beside the submitter). */
export const offeredSteps = (actions: LetterActions): Step[] => stepOrder.filter((step) => actions[step]);

/** The step a handler most likely takes next, drawn as the primary button. */
export function primaryStep(actions: LetterActions): Step | undefined {
  return (['accept', 'reply', 'close', 'decideExtension'] as const).find((step) => actions[step]);
}
