// Writing to a unit's books: every entry goes through here. The unit's chain head is taken first (one writer per unit
// at a time), then each entry meets the ledger's rules (booked in an open month, a positive whole amount, a correction
// that is the exact opposite of one entry of the unit not yet corrected), is numbered after the head and chained to
// it, and the head moves on, the unit's running totals (`DuesTotal`) and its members' unsettled months
// (`DuesUnsettledMonth`) with it. An entry with a `onceKey` that is
// written already is not written again: the caller asks `writtenOnce` under the same lock and leaves it out, and the
// key's unique index holds should it not.
import { type Actor, AppError, type CheckedUnit, checkedSubtree } from '@strata/api';
import type { Tx } from '@strata/db';
import { duesMessage } from '../locales';
import { type ChainedEntry, type ChainHead, chainNext, type EntryContent } from './chain';
import { bookedMonth, type EntryKind, entryProblem } from './entries';
import {
  addToTotals,
  addToUnsettled,
  insertEntries,
  lockHead,
  moveHead,
  type TotalStep,
  type UnsettledStep,
} from './ledger.sql';
import { ledgerKey } from './ledger-key';

/** An entry as its writer states it: the unit, number, actor and instant are the writer's. */
export type NewEntry = Omit<EntryContent, 'unitId' | 'seq' | 'actorId' | 'at'> & {
  kind: EntryKind;
  onceKey?: string | null;
};

/** The unit's books, held for writing: its head locked, the month it is closed through. */
export type HeldBooks = { unit: CheckedUnit; head: ChainHead; closedThrough: string | null };

/** Takes the unit's books for writing (its chain head locked until the transaction ends). */
export async function holdBooks(tx: Tx, unit: CheckedUnit): Promise<HeldBooks> {
  const head = await lockHead(tx, unit);
  const last = await tx.duesMonthClose.findFirst({
    where: { unitId: unit.id, unit: checkedSubtree(unit) },
    orderBy: { month: 'desc' },
    select: { month: true },
  });
  return { unit, head, closedThrough: last?.month ?? null };
}

/** Of `keys`, those written already in the unit's books. */
export async function writtenOnce(tx: Tx, books: HeldBooks, keys: readonly string[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const rows = await tx.duesEntry.findMany({
    where: { unitId: books.unit.id, unit: checkedSubtree(books.unit), onceKey: { in: [...keys] } },
    select: { onceKey: true },
  });
  return new Set(rows.map((r) => r.onceKey ?? ''));
}

const refusal = (problem: string, entry: NewEntry) =>
  new AppError('CONFLICT', duesMessage(problem as Parameters<typeof duesMessage>[0]), {
    month: problem === 'monthClosed' ? bookedMonth(entry) : entry.month,
  });

/** Appends `entries` to the held books in order and moves the head; returns them as chained. */
export async function appendEntries(
  tx: Tx,
  books: HeldBooks,
  actor: Pick<Actor, 'actorId' | 'now'>,
  entries: readonly NewEntry[],
): Promise<ChainedEntry[]> {
  if (!entries.length) return [];
  const key = ledgerKey();
  const at = actor.now.toISOString();
  const reversed = new Set<number>();
  const chained: ChainedEntry[] = [];
  let head = books.head;
  for (const entry of entries) {
    const original =
      entry.reversesSeq === null ? undefined : await entryToReverse(tx, books, entry.reversesSeq, reversed);
    const problem = entryProblem(
      { ...entry, unitId: books.unit.id },
      { closedThrough: books.closedThrough, reversed: original },
    );
    if (problem) throw refusal(problem, entry);
    if (entry.reversesSeq !== null) reversed.add(entry.reversesSeq);
    const { onceKey: _once, ...content } = entry;
    const next = chainNext(key, head, { ...content, unitId: books.unit.id, actorId: actor.actorId, at });
    chained.push(next);
    head = { seq: next.seq, hash: next.hash };
  }
  await insertEntries(
    tx,
    chained.map((e, i) => ({ ...e, onceKey: entries[i]?.onceKey ?? null })),
  );
  await moveHead(tx, books.unit, books.head, head);
  await addToTotals(tx, books.unit, totalSteps(chained));
  await addToUnsettled(tx, books.unit, unsettledSteps(chained));
  books.head = head;
  return chained;
}

/** New entries summed per kind, dues month and month booked, for the unit's running totals. */
export function totalSteps(entries: readonly Pick<EntryContent, 'kind' | 'month' | 'on' | 'amountFen'>[]): TotalStep[] {
  const steps = new Map<string, TotalStep>();
  for (const e of entries) {
    const booked = bookedMonth(e);
    const key = `${e.kind}|${e.month}|${booked}`;
    const step = steps.get(key) ?? { kind: e.kind, month: e.month, booked, amountFen: 0, entries: 0 };
    steps.set(key, step);
    step.amountFen += e.amountFen;
    step.entries += 1;
  }
  return [...steps.values()];
}

/** What an entry of each kind does to what is left of a member's month: an assessment adds, the others take. */
const leftSign = { assessment: 1, reduction: -1, payment: -1 } as const;

/**
 * New entries' changes to what is left of each member's dues month, per member and month (those that change nothing
 * left out). Over a unit's whole books, the months not settled exactly and what is left of them.
 */
export function unsettledSteps(
  entries: readonly Pick<EntryContent, 'kind' | 'memberId' | 'month' | 'amountFen'>[],
): UnsettledStep[] {
  const steps = new Map<string, UnsettledStep>();
  for (const e of entries) {
    const sign = leftSign[e.kind as keyof typeof leftSign];
    if (!sign || e.memberId === null) continue;
    const key = `${e.memberId}|${e.month}`;
    let step = steps.get(key);
    if (!step) {
      step = { memberId: e.memberId, month: e.month, leftFen: 0 };
      steps.set(key, step);
    }
    step.leftFen += sign * e.amountFen;
  }
  return [...steps.values()].filter((s) => s.leftFen !== 0);
}

/** The entry of the held unit numbered `seq`, as a correction checks it (whether it was corrected already too). */
async function entryToReverse(tx: Tx, books: HeldBooks, seq: number, reversedNow: ReadonlySet<number>) {
  const where = { unitId: books.unit.id, unit: checkedSubtree(books.unit) };
  const original = await tx.duesEntry.findFirst({
    where: { ...where, seq },
    select: { unitId: true, kind: true, month: true, amountFen: true, memberId: true },
  });
  if (!original) return undefined;
  const correction = await tx.duesEntry.findFirst({ where: { ...where, reversesSeq: seq }, select: { id: true } });
  return { ...original, reversed: correction !== null || reversedNow.has(seq) };
}
