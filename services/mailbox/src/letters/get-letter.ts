// One letter as its handlers see it: the letter, the submitter masked (revealed only by an audited step), the
// deadline read against the clock, the timeline, and the steps the caller may take now.
import { notFound, type Scope, toIso } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import { fileUrl } from '@strata/files';
import { maskName, maskPhone } from '@strata/personal-data';
import { filesOfLetter } from './letter-files';
import {
  deadlineState,
  escalatedTo,
  isOpen,
  type LetterKind,
  type LetterStatus,
  letterNumber,
  mayTake,
  type Rating,
} from './letter-rules';
import type { LetterOutput, LetterRow } from './letter-schemas';
import { openSubmitter } from './submitter';

/** The letter with the unit holding it, looked up through the caller's scope for `permission` (else not found). */
export async function letterInScope(
  db: Db | Tx,
  scope: Scope,
  permission: 'mailbox.read' | 'mailbox.handle',
  id: number,
) {
  const letter = await db.letter.findFirst({
    where: { id, ...scope.ownedWhere(permission) },
    include: {
      unit: {
        select: { id: true, name: true, path: true, parentId: true, parent: { select: { id: true, name: true } } },
      },
    },
  });
  if (!letter) throw notFound();
  return letter;
}
export type ScopedLetter = Awaited<ReturnType<typeof letterInScope>>;

type GetLetter = { scope: Scope; id: number; now: Date; reveal?: boolean };

export async function getLetter(db: Db | Tx, { scope, id, now, reveal = false }: GetLetter): Promise<LetterOutput> {
  const letter = await letterInScope(db, scope, 'mailbox.read', id);
  const files = await filesOfLetter(db, letter.id);
  const events = await db.letterEvent.findMany({
    where: { letterId: letter.id },
    orderBy: { id: 'asc' },
    include: { actor: { select: { displayName: true } } },
  });
  const unitIds = [...new Set(events.flatMap((e) => [e.byUnitId, e.toUnitId]).filter((u): u is number => u !== null))];
  // Names of the units on the timeline: read by id, whatever the caller's scope (a return names the unit above).
  const units = unitIds.length
    ? await db.unit.findMany({
        where: { id: { in: unitIds }, ...scope.unitWhere('mailbox.read') },
        select: { id: true, name: true },
      })
    : [];
  const nameOf = new Map(units.map((u) => [u.id, u.name]));
  const submitter = openSubmitter(letter);
  return {
    ...letterRowOf(letter, now),
    body: letter.body,
    mayPublish: letter.mayPublish,
    submitterName: reveal ? submitter.name : maskName(submitter.name),
    submitterPhone: reveal ? submitter.phone : submitter.phone && maskPhone(submitter.phone),
    deadlineDays: letter.deadlineDays,
    dueSoonAt: letter.dueSoonAt.toISOString(),
    extensionDays: letter.extensionDays,
    extensionReason: letter.extensionReason,
    reason: letter.reason,
    handlingNote: letter.handlingNote,
    reply: letter.reply,
    replyPublic: letter.replyPublic,
    repliedAt: toIso(letter.repliedAt),
    closedAt: toIso(letter.closedAt),
    rating: letter.rating as Rating | null,
    reopenedAt: toIso(letter.reopenedAt),
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      byUnitName: e.byUnitId === null ? null : (nameOf.get(e.byUnitId) ?? null),
      toUnitName: e.toUnitId === null ? null : (nameOf.get(e.toUnitId) ?? null),
      actorName: e.actor?.displayName ?? null,
      text: e.text,
      at: e.at.toISOString(),
    })),
    files: files.map((f) => ({ id: f.id, name: f.name, type: f.mime, size: f.size, url: fileUrl(f) })),
    actions: actionsOf(scope, letter, now),
  };
}

/** The row a list shows, from a letter read whole. */
export function letterRowOf(letter: ScopedLetter, now: Date): LetterRow {
  const status = letter.status as LetterStatus;
  return {
    id: letter.id,
    number: letterNumber(letter.id, letter.receivedAt),
    kind: letter.kind as LetterKind,
    title: letter.title,
    status,
    unitId: letter.unitId,
    unitName: letter.unit.name,
    siteUnitId: letter.siteUnitId,
    receivedAt: letter.receivedAt.toISOString(),
    dueDate: letter.dueDate,
    dueAt: letter.dueAt.toISOString(),
    deadline: deadlineState({ ...letter, status }, now),
    escalatedTo: escalatedTo({ ...letter, status }, now, letter.unit.parent),
    extensionState: letter.extensionState as LetterRow['extensionState'],
  };
}

/**
 * What the caller may do to the letter now: handlers of its unit take the steps; an extension is decided by a
 * handler above it (one level up). The same rules the steps check when taken.
 */
function actionsOf(scope: Scope, letter: ScopedLetter, now: Date): LetterOutput['actions'] {
  const status = letter.status as LetterStatus;
  const handles = scope.covers('mailbox.handle', letter.unit.path);
  const above = parentPath(letter.unit.path);
  const may = (step: Parameters<typeof mayTake>[0]) => handles && mayTake(step, status);
  return {
    accept: may('accept'),
    reject: may('reject'),
    assign: may('assign'),
    return: may('return'),
    handle: may('handle'),
    reply: may('reply'),
    close: may('close'),
    note: handles,
    askExtension: handles && isOpen(status) && now < letter.dueAt && letter.extensionState !== 'pending',
    decideExtension: letter.extensionState === 'pending' && above !== null && scope.covers('mailbox.handle', above),
    reveal: handles,
  };
}

/** The path of the unit above (`/1/7/42/` -> `/1/7/`), or null at the top. */
export function parentPath(path: string): string | null {
  const parts = path.split('/').filter(Boolean);
  return parts.length > 1 ? `/${parts.slice(0, -1).join('/')}/` : null;
}
