// The members' board in the statistics: what became of the topics posted in the period on the boards of the unit's
// subtree, as of now, in total and for each child unit's subtree (beside the letters' ranking).
import type { Db } from '@strata/db';
import { type BoardCounted, type BoardSumRow, boardSums } from '../board/board-figures.sql';
import type { UnitRow } from './letter-figures.sql';
import type { BoardFigures, StatsOutput } from './stats-schemas';
import { childSums, ratio } from './subtree-sums';

type Sums = { created: number; answered: number; answeredOnTime: number; overdue: number };
const summed = ['created', 'answered', 'answeredOnTime', 'overdue'] as const;

const emptySums = (): Sums => ({ created: 0, answered: 0, answeredOnTime: 0, overdue: 0 });

function add(into: Sums, row: BoardSumRow) {
  for (const key of summed) into[key] += Number(row[key] ?? 0);
}

/** The figures from their sums; the rate to four decimals, as the letters' on-time rate. */
function boardFiguresOf(s: Sums): BoardFigures {
  return {
    created: s.created,
    answered: s.answered,
    answeredOnTime: s.answeredOnTime,
    unanswered: s.created - s.answered,
    overdue: s.overdue,
    onTimeRate: ratio(s.answeredOnTime, s.answered + s.overdue),
  };
}

type BoardStats = BoardCounted & { top: UnitRow; units: UnitRow[] };

/**
 * One statement over the period's topics of the subtree, each unit's an index range. Kept with the letters' figures
 * (letterStats) until the next open topic's deadline as well as the next letter's: from then "overdue" moves.
 */
export async function boardStats(db: Db, { top, units, ...counted }: BoardStats): Promise<StatsOutput['board']> {
  const rows = await boardSums(db, counted);
  const totals = emptySums();
  for (const row of rows) add(totals, row);
  return {
    totals: boardFiguresOf(totals),
    children: childSums(top, units, rows, emptySums, add).map(({ unit, sums }) => ({
      unitId: unit.id,
      name: unit.name,
      figures: boardFiguresOf(sums),
    })),
  };
}
