// A unit's letters as its handlers work through them: the queue of open letters by deadline (the default), with
// what is due soon, overdue or escalated from the units below read against the clock, or any other view.
import { mapPage, pageArgs, type Scope, scopedPage, toIso, withinPath } from '@strata/api';
import type { Db } from '@strata/db';
import { type ListedRow, letterSource, listedRows } from './letter-page.sql';
import { deadlineState, escalatedTo, type LetterKind, type LetterStatus, letterNumber } from './letter-rules';
import type { LetterFilter, LetterRow } from './letter-schemas';

type ListLetters = { scope: Scope; filter: LetterFilter; now: Date };

export async function listLetters(db: Db, { scope, filter, now: exact }: ListLetters) {
  // Read against the whole second: deadlines are whole seconds, and the page's kept count (keyed by its statement)
  // then serves every request of that second instead of none.
  const now = new Date(exact.getTime() - (exact.getTime() % 1000));
  const within = await withinPath(db, scope, 'mailbox.read', filter.unitId);
  const page = await scopedPage(db, {
    scope,
    permission: 'mailbox.read',
    within,
    source: letterSource(filter, now),
    ...pageArgs(filter),
    rows: listedRows,
  });
  return mapPage(page, (row) => toLetterRow(row, now));
}

/** A listed letter with its deadline read against the clock. */
export function toLetterRow(r: ListedRow, now: Date): LetterRow {
  const timing = {
    status: r.status as LetterStatus,
    dueAt: new Date(r.dueAt),
    dueSoonAt: new Date(r.dueSoonAt),
    repliedAt: r.repliedAt === null ? null : new Date(r.repliedAt),
  };
  const receivedAt = toIso(r.receivedAt);
  return {
    id: r.id,
    number: letterNumber(r.id, receivedAt),
    kind: r.kind as LetterKind,
    title: r.title,
    status: r.status as LetterStatus,
    unitId: r.unitId,
    unitName: r.unitName,
    siteUnitId: r.siteUnitId,
    receivedAt,
    dueDate: r.dueDate,
    dueAt: toIso(r.dueAt),
    deadline: deadlineState(timing, now),
    escalatedTo: escalatedTo(
      timing,
      now,
      r.parentId === null || r.parentName === null ? null : { id: r.parentId, name: r.parentName },
    ),
    extensionState: r.extensionState as LetterRow['extensionState'],
  };
}
