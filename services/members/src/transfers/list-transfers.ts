// The transfer letters a caller sees: those sent from units in its scope and those addressed to them (the sharing
// rule in transfer-page.sql.ts), narrowed to a unit's subtree on either side, each with its state read against today,
// the side it stands on for the caller and what the caller may do with it.
import { type Scope, withinPath } from '@strata/api';
import type { Db } from '@strata/db';
import { calendarDay } from '@strata/i18n/days';
import { type LetterRow, letterPage } from './transfer-page.sql';
import { stateAsOf, transferActions } from './transfer-rules';
import type { TransferFilter, TransferRow } from './transfer-schemas';

type ListTransfers = { scope: Scope; filter: TransferFilter; now: Date };

export async function listTransfers(db: Db, { scope, filter, now }: ListTransfers) {
  const within = await withinPath(db, scope, 'members.read', filter.unitId);
  const roots = scope.roots('members.read', within);
  if (!roots.length) return { items: [], total: 0, totalIsBound: false };
  const today = calendarDay(now);
  const page = await letterPage(db, { filter, roots, today });
  return {
    items: page.rows.map((row) => toTransferRow(row, { scope, roots, today })),
    total: page.total,
    totalIsBound: page.totalIsBound,
  };
}

/** `roots`: the subtrees listed (the direction is the side the sender stands on among them). */
export function toTransferRow(
  row: LetterRow,
  { scope, roots, today }: { scope: Scope; roots: string[]; today: string },
): TransferRow {
  const holds = {
    sender: scope.covers('members.transfer', row.fromPath),
    receiver: row.toPath !== null && scope.covers('members.transfer', row.toPath),
  };
  return {
    id: Number(row.id),
    letterNo: row.letterNo,
    memberId: Number(row.memberId),
    memberName: row.memberName,
    fromUnitId: Number(row.fromUnitId),
    fromUnitName: row.fromUnitName,
    toUnitId: row.toUnitId === null ? null : Number(row.toUnitId),
    toUnitName: row.toUnitName,
    toOrganisation: row.toOrganisation,
    crossProvince: Boolean(row.crossProvince),
    issuedOn: row.issuedOn,
    expiresOn: row.expiresOn,
    state: stateAsOf(row, today),
    direction: roots.some((root) => row.fromPath.startsWith(root)) ? 'out' : 'in',
    actions: transferActions(row, today, holds),
  };
}
