import { dayNumber } from '@strata/i18n/days';
import { describe, expect, it } from 'vitest';
import {
  type BoardUnit,
  boardRow,
  boardTotals,
  judgeUnits,
  orderStandings,
  type TrackedColumn,
} from './freshness-board';

const today = dayNumber('2026-03-10');
const units: BoardUnit[] = [
  { id: 1, name: '城关镇', path: '/1/', depth: 0 },
  { id: 2, name: '北塘街道', path: '/1/2/', depth: 1 },
  { id: 3, name: '东湖街道', path: '/1/3/', depth: 1 },
  { id: 4, name: '安乐村', path: '/1/4/', depth: 1 },
  { id: 5, name: '没有栏目', path: '/1/5/', depth: 1 },
];
let nextId = 1;
const col = (unitId: number, cadence: TrackedColumn['cadence'], due: string | null): TrackedColumn => ({
  id: nextId,
  unitId,
  key: null,
  name: `栏目${nextId++}`,
  cadence,
  hidden: false,
  lastPublishedAt: null,
  due: due === null ? null : dayNumber(due),
});
const columns = [
  col(1, 'weekly', '2026-03-20'), // kept
  col(1, 'none', null), // untracked
  col(2, 'weekly', '2026-03-08'), // overdue 2
  col(2, 'monthly', '2026-03-12'), // due soon
  col(3, 'daily', '2026-03-01'), // overdue 9
  col(4, 'weekly', '2026-03-09'), // overdue 1
  col(4, 'weekly', '2026-03-07'), // overdue 3
];
const nameKey = (name: string) => name; // code point order, enough to test the direction

describe('the board from its columns', () => {
  it('judges each unit’s columns, in their order, and leaves out units without columns', () => {
    const standings = judgeUnits(units, columns, today);
    expect(standings.map((s) => [s.unit.id, s.state, s.counts, s.oldestOverdueDays])).toEqual([
      [1, 'kept', { kept: 1, dueSoon: 0, overdue: 0, untracked: 1 }, 0],
      [2, 'overdue', { kept: 0, dueSoon: 1, overdue: 1, untracked: 0 }, 2],
      [3, 'overdue', { kept: 0, dueSoon: 0, overdue: 1, untracked: 0 }, 9],
      [4, 'overdue', { kept: 0, dueSoon: 0, overdue: 2, untracked: 0 }, 3],
    ]);
    expect(boardRow(standings[3]!, today).cells.map((c) => [c.columnId, c.dueOn, c.state, c.daysOverdue])).toEqual([
      [6, '2026-03-09', 'overdue', 1],
      [7, '2026-03-07', 'overdue', 3],
    ]);
    expect(boardRow(standings[0]!, today).cells.map((c) => [c.name, c.dueOn, c.state])).toEqual([
      ['栏目1', '2026-03-20', 'kept'],
      ['栏目2', null, 'untracked'],
    ]);
    expect(boardTotals(standings)).toEqual({
      columns: { kept: 1, dueSoon: 1, overdue: 4, untracked: 1 },
      units: { kept: 1, dueSoon: 0, overdue: 3, untracked: 0 },
    });
  });

  it('orders the stalest first: most overdue columns, then the longest overdue, then most due soon', () => {
    const order = (o?: 'asc' | 'desc') =>
      orderStandings(judgeUnits(units, columns, today), { sort: 'stalest', order: o, nameKey }).map((s) => s.unit.id);
    expect(order()).toEqual([4, 3, 2, 1]);
    expect(order('desc')).toEqual([4, 3, 2, 1]);
    expect(order('asc')).toEqual([1, 2, 3, 4]);
  });

  it('orders by name from the start unless told otherwise', () => {
    const order = (o?: 'asc' | 'desc') =>
      orderStandings(judgeUnits(units, columns, today), { sort: 'name', order: o, nameKey }).map((s) => s.unit.name);
    expect(order()).toEqual(['东湖街道', '北塘街道', '城关镇', '安乐村']);
    expect(order('desc')).toEqual(['安乐村', '城关镇', '北塘街道', '东湖街道']);
  });
});
