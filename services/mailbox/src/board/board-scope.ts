// Which board rows a caller reads, and how a topic is found for each kind of work. A member reads the boards of the
// units in their grant: every topic and reply that is neither hidden nor held, and their own held ones; the unit's
// moderators read everything there, hidden and held rows flagged. A topic outside that answers as a missing one.
import { notFound, type Scope } from '@strata/api';
import type { Db, Prisma, Tx } from '@strata/db';
import type { SensitiveWord } from '@strata/text';

export type Viewer = { scope: Scope; userId: number };

/** The rows (topics or replies, which have the same shape) the viewer reads (a list's page: topic-page.sql.ts). */
export function visibleWhere(viewer: Viewer) {
  return {
    ...viewer.scope.ownedWhere('mailbox.post'),
    AND: [
      {
        OR: [
          { unit: viewer.scope.unitWhere('mailbox.moderate') },
          { hiddenAt: null, held: false },
          { hiddenAt: null, authorId: viewer.userId },
        ],
      },
    ],
  } satisfies Prisma.BoardTopicWhereInput & Prisma.BoardPostWhereInput;
}

const topicWithUnit = {
  unit: { select: { id: true, name: true, path: true } },
  author: { select: { displayName: true } },
} as const;

/** A topic the viewer reads (else not found), with its unit and author. */
export async function visibleTopic(db: Db | Tx, viewer: Viewer, id: number) {
  const topic = await db.boardTopic.findFirst({ where: { id, ...visibleWhere(viewer) }, include: topicWithUnit });
  if (!topic) throw notFound();
  return topic;
}
export type VisibleTopic = Awaited<ReturnType<typeof visibleTopic>>;

/** A topic of a unit the caller moderates (else not found, whether it exists elsewhere or not at all). */
export async function moderatedTopic(tx: Tx, scope: Scope, id: number) {
  const topic = await tx.boardTopic.findFirst({
    where: { id, ...scope.ownedWhere('mailbox.moderate') },
    include: topicWithUnit,
  });
  if (!topic) throw notFound();
  return topic;
}

/**
 * The content team's sensitive words at a unit (its own and every unit above), through its named operation. Teams
 * do not import each other, so the mailbox states the one operation it relies on rather than content's whole type.
 */
type ContentWords = { content: { wordsAt: (path: string) => Promise<SensitiveWord[]> } };
export const wordsAt = (system: unknown, path: string) => (system as ContentWords).content.wordsAt(path);
