// reports.units: the training of a unit's people (training.read at the unit): the enrolments its subtree's units own,
// in total, the unit's own, and each child unit's subtree (the children and the own add up to the total), optionally
// of one course only (a course id names no more than a filter: one no enrolment of the subtree is in counts nothing,
// whoever runs it). The children sort by any figure. Overdue as of the request's day in Asia/Shanghai.
import type { Scope } from '@strata/api';
import type { Db } from '@strata/db';
import { calendarDay } from '@strata/i18n/days';
import {
  addTally,
  childrenOf,
  emptyTally,
  figuresOf,
  sortByFigure,
  subtractTally,
  type Tally,
  tallyOf,
} from './figures';
import { reportUnit } from './report-unit';
import { subtreeUnits, unitTallies } from './reports.sql';
import type { UnitsReport, UnitsReportInput } from './reports-schemas';

export async function unitsReport(db: Db, scope: Scope, input: UnitsReportInput, now: Date): Promise<UnitsReport> {
  const unit = await reportUnit(db, scope, input.unitId);
  const [units, tallies] = await Promise.all([
    subtreeUnits(db, unit),
    unitTallies(db, unit, calendarDay(now), input.courseId),
  ]);
  const { children, childOf } = childrenOf(unit, units);
  const perChild = new Map<number, Tally>(children.map((c) => [c.id, emptyTally()]));
  const totals = emptyTally();
  for (const row of tallies) {
    const tally = tallyOf(row);
    addTally(totals, tally);
    const child = childOf.get(Number(row.unitId));
    if (child !== null && child !== undefined) addTally(perChild.get(child) as Tally, tally);
  }
  const inChildren = emptyTally();
  for (const t of perChild.values()) addTally(inChildren, t);
  const rows = children.map((c) => ({ unitId: c.id, name: c.name, ...figuresOf(perChild.get(c.id) as Tally) }));
  return {
    unit: { id: unit.id, name: unit.name },
    courseId: input.courseId ?? null,
    totals: figuresOf(totals),
    own: figuresOf(subtractTally(totals, inChildren)),
    children: sortByFigure(rows, input.sort, input.order),
  };
}
