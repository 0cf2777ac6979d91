// What the holder of a query code sees of their letter: what they wrote, where it stands, the reply, and the public
// steps of its timeline. Never the internal notes, the handling note, the units it went through or who handled it.
import type { Letter, Tx } from '@strata/db';
import { deadlineState, type LetterKind, type LetterStatus, letterNumber, type Rating } from './letter-rules';

/** The timeline steps a submitter is told of (a return or an assignment between units is the handlers' business). */
const publicSteps = new Set(['received', 'accepted', 'rejected', 'replied', 'rated', 'reopened', 'closed']);

export type PublicLetter = {
  number: string;
  kind: LetterKind;
  title: string;
  body: string;
  status: LetterStatus;
  receivedAt: string;
  dueDate: string;
  overdue: boolean;
  /** The reason a letter was rejected, as the unit gave it. */
  reason: string;
  reply: string;
  repliedAt: string | null;
  /** The unit that replied (its name is public; a handler's is not). */
  replyUnitName: string | null;
  rating: Rating | null;
  mayRate: boolean;
  mayReopen: boolean;
  steps: { kind: string; at: string; text: string }[];
};

const numberOf = (letter: Pick<Letter, 'id' | 'receivedAt'>) => letterNumber(letter.id, letter.receivedAt);

async function ofLetter(tx: Tx, letter: Letter, now: Date): Promise<PublicLetter> {
  const status = letter.status as LetterStatus;
  const events = await tx.letterEvent.findMany({ where: { letterId: letter.id }, orderBy: { id: 'asc' } });
  const replyUnit =
    letter.replyUnitId === null
      ? null
      : await tx.unit.findUnique({ where: { id: letter.replyUnitId }, select: { name: true } });
  const replied = status === 'replied' || status === 'closed';
  return {
    number: numberOf(letter),
    kind: letter.kind as LetterKind,
    title: letter.title,
    body: letter.body,
    status,
    receivedAt: letter.receivedAt.toISOString(),
    dueDate: letter.dueDate,
    overdue: deadlineState({ ...letter, status }, now) === 'overdue',
    reason: status === 'rejected' ? letter.reason : '',
    reply: replied ? letter.reply : '',
    repliedAt: replied && letter.repliedAt ? letter.repliedAt.toISOString() : null,
    replyUnitName: replied ? (replyUnit?.name ?? null) : null,
    rating: letter.rating as Rating | null,
    mayRate: replied && letter.rating === null,
    mayReopen: replied && letter.rating === null && letter.reopenedAt === null,
    steps: events
      .filter((e) => publicSteps.has(e.kind))
      // A rejection's reason and a reply are the unit's words to the submitter; a rating is the submitter's own.
      .map((e) => ({
        kind: e.kind,
        at: e.at.toISOString(),
        text: e.kind === 'rejected' || e.kind === 'replied' || e.kind === 'rated' ? e.text : '',
      })),
  };
}

export const publicView = { numberOf, ofLetter };
