// Rows as the dues procedures answer them, for the page tests.
import type { DuesMemberRow, EntryRow, HardshipRow, RemittanceRow } from '../common/api-types';

export const township = 2;
export const branch = 7;

export function duesMemberRow(id: number, name: string, changes: Partial<DuesMemberRow> = {}): DuesMemberRow {
  return {
    id,
    name,
    unitId: branch,
    unitName: '城关一支部',
    stage: 'full',
    category: 'salaried',
    baseFen: 400_000,
    dueFen: 2000,
    assessedFen: 2000,
    paidFen: 0,
    leftFen: 2000,
    arrearsFen: 0,
    arrearsMonths: 0,
    flagged: false,
    ...changes,
  };
}

export function entryRow(seq: number, changes: Partial<EntryRow> = {}): EntryRow {
  return {
    seq,
    kind: 'payment',
    memberId: 3,
    memberName: '张建国',
    month: '2026-10',
    amountFen: 4000,
    on: '2026-11-02',
    reversesSeq: null,
    reversedBySeq: null,
    counterpartUnitId: null,
    counterpartName: null,
    receiptNo: 'R-u7-2026-000001',
    actorName: '王会计',
    note: '',
    at: '2026-11-02T02:00:00.000Z',
    hash: `${String(seq).padStart(2, '0')}ab34cd56ef7890123456789abcdef0123456789abcdef0123456789abcdef`,
    ...changes,
  };
}

export const testUnits = [
  { id: township, parentId: 1, kind: 'township', name: '城关镇', path: '/1/2/', depth: 1, archivedAt: null },
  { id: branch, parentId: township, kind: 'branch', name: '城关一支部', path: '/1/2/7/', depth: 2, archivedAt: null },
];

export function hardshipRow(id: number, changes: Partial<HardshipRow> = {}): HardshipRow {
  return {
    id,
    unitId: branch,
    unitName: '城关一支部',
    memberId: 3,
    memberName: '张建国',
    fromMonth: '2026-07',
    toMonth: '2026-12',
    payFen: 0,
    reason: '因病住院，收入中断',
    state: 'proposed',
    proposedAt: '2026-06-20T02:00:00.000Z',
    decidedAt: null,
    answer: '',
    canDecide: false,
    ...changes,
  };
}

export function remittanceRow(id: number, changes: Partial<RemittanceRow> = {}): RemittanceRow {
  return {
    id,
    unitId: branch,
    unitName: '城关一支部',
    toUnitId: township,
    toUnitName: '城关镇',
    period: '2026-10',
    amountFen: 123_450,
    sentOn: '2026-11-05',
    receivedFen: null,
    receivedOn: null,
    differenceFen: null,
    note: '',
    ...changes,
  };
}
