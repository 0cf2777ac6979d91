// The mailbox's limits on the public side, read from the environment once at start (the gateway's config), one set
// in force per process as the files' settings are. Floods are stopped by counts in the database (so several
// gateway processes share them) and, before those, by a proof-of-work challenge on every letter.
import { z } from 'zod';

const count = (fallback: number) => z.coerce.number().int().min(1).max(1_000_000).default(fallback);
const minutes = (fallback: number) => z.coerce.number().int().min(1).max(525_600).default(fallback);

/** The environment's settings, for the gateway's configuration schema (`...mailboxEnvironment`). */
export const mailboxEnvironment = {
  /** Letters one address may send within MAILBOX_ADDRESS_WINDOW_MINUTES. */
  MAILBOX_LETTERS_PER_ADDRESS: count(5),
  MAILBOX_ADDRESS_WINDOW_MINUTES: minutes(60),
  /** Letters one phone number may be given on within MAILBOX_PHONE_WINDOW_MINUTES. */
  MAILBOX_LETTERS_PER_PHONE: count(5),
  MAILBOX_PHONE_WINDOW_MINUTES: minutes(1440),
  /** Wrong query codes one address may try within MAILBOX_CODE_WINDOW_MINUTES before it is told to wait. */
  MAILBOX_CODE_ATTEMPTS_PER_ADDRESS: count(20),
  MAILBOX_CODE_WINDOW_MINUTES: minutes(15),
  /** Work the proof-of-work challenge asks of a browser (altcha's maxnumber): about a second on a phone. */
  MAILBOX_CHALLENGE_COMPLEXITY: z.coerce.number().int().min(1000).max(10_000_000).default(100_000),
  /** Whether a public reply names the person who wrote it, or only the unit. */
  MAILBOX_SHOW_HANDLER_NAMES: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Working days a unit has to answer a topic on its members' board (the clock starts when it is posted). */
  MAILBOX_BOARD_ANSWER_DAYS: z.coerce.number().int().min(1).max(60).default(3),
  /** Files a public letter may carry (0: the form takes none). */
  MAILBOX_LETTER_FILES: z.coerce.number().int().min(0).max(10).default(3),
  /** The largest file a public letter may carry, in MB (MiB: 1,048,576 bytes). */
  MAILBOX_LETTER_FILE_MB: z.coerce.number().positive().max(20).default(1),
};
const environment = z.object(mailboxEnvironment);
export type MailboxEnvironment = z.output<typeof environment>;

export type MailboxSettings = {
  perAddress: { limit: number; windowMs: number };
  perPhone: { limit: number; windowMs: number };
  codeAttempts: { limit: number; windowMs: number };
  challengeComplexity: number;
  showHandlerNames: boolean;
  boardAnswerDays: number;
  /** A public letter's attachments: how many, and the largest in bytes. */
  letterFiles: { maxFiles: number; maxBytes: number };
};

const minute = 60_000;

export function mailboxSettings(env: MailboxEnvironment): MailboxSettings {
  return {
    perAddress: { limit: env.MAILBOX_LETTERS_PER_ADDRESS, windowMs: env.MAILBOX_ADDRESS_WINDOW_MINUTES * minute },
    perPhone: { limit: env.MAILBOX_LETTERS_PER_PHONE, windowMs: env.MAILBOX_PHONE_WINDOW_MINUTES * minute },
    codeAttempts: { limit: env.MAILBOX_CODE_ATTEMPTS_PER_ADDRESS, windowMs: env.MAILBOX_CODE_WINDOW_MINUTES * minute },
    challengeComplexity: env.MAILBOX_CHALLENGE_COMPLEXITY,
    showHandlerNames: env.MAILBOX_SHOW_HANDLER_NAMES,
    boardAnswerDays: env.MAILBOX_BOARD_ANSWER_DAYS,
    letterFiles: {
      maxFiles: env.MAILBOX_LETTER_FILES,
      maxBytes: Math.round(env.MAILBOX_LETTER_FILE_MB * 1024 * 1024),
    },
  };
}

let installed: MailboxSettings | undefined;

/** Puts the settings in force for this process (the gateway at start). */
export function installMailboxSettings(settings: MailboxSettings) {
  installed = settings;
}

/** The settings in force: the installed ones, else the defaults. */
export function currentMailboxSettings(): MailboxSettings {
  installed ??= mailboxSettings(environment.parse({}));
  return installed;
}
