// reports.coverage: the training coverage of a unit's staff (training.read at the unit). Staff: accounts at home in the
// subtree (User.unitId), not disabled, holding a grant of any role but `member`. The required courses that apply to
// one of them: published, marked required, and open to their unit (run by it, or by a unit above it for its whole
// subtree). Covered: they completed every one that applies to them. Staff to whom none applies are left out of the
// base (nothing is asked of them, so they are neither covered nor behind) and counted apart as `noneRequired`.
// Answered for the unit, each child's subtree (a ranking, best covered first) and each required course. Set-based
// SQL (reports.sql.ts): a municipality's thousands of staff are decided by joins in the database. Beside it, the
// overview's trend: the enrolments the subtree's learners completed in each of the last twelve months (Asia/Shanghai).
import type { Scope } from '@strata/api';
import { lastTwelveMonths } from '@strata/contract';
import { type Db, whileUnchanged } from '@strata/db';
import { calendarDay, monthStartInstants } from '@strata/i18n/days';
import { type CoverageCount, childrenOf, percentOf, rankByShare } from './figures';
import { reportUnit } from './report-unit';
import { completionsByMonth, coverageCounts, subtreeUnits } from './reports.sql';
import type { CoverageReport } from './reports-schemas';

const noCount = (): CoverageCount => ({ staff: 0, covered: 0, noneRequired: 0 });
const withShare = (c: CoverageCount) => ({ ...c, share: percentOf(c.covered, c.staff) });

export async function coverageReport(db: Db, scope: Scope, unitId: number, now: Date): Promise<CoverageReport> {
  const unit = await reportUnit(db, scope, unitId);
  const months = lastTwelveMonths(calendarDay(now));
  // Kept while nothing is written (whileUnchanged): the overview asks it on every visit. The caller's scope was checked
  // above; the figures are the unit's alone, and the trend's months move with the current one.
  return whileUnchanged(
    db,
    `training.coverage ${unit.id} ${months[months.length - 1]}`,
    () => coverageOf(db, unit, months),
    { reads: ['Unit', 'Enrolment', 'User', 'Grant', 'Course'], warm: true },
  );
}

async function coverageOf(
  db: Db,
  unit: Awaited<ReturnType<typeof reportUnit>>,
  months: readonly string[],
): Promise<CoverageReport> {
  const [units, counts, completed] = await Promise.all([
    subtreeUnits(db, unit),
    coverageCounts(db, unit),
    completionsByMonth(db, unit, monthStartInstants(months)),
  ]);
  const { children, childOf } = childrenOf(unit, units);
  const perChild = new Map(children.map((c) => [c.id, noCount()]));
  const total = noCount();
  for (const row of counts) {
    if (row.kind !== 'unit') continue;
    const staff = Number(row.staff);
    const counted = Number(row.counted);
    const c = { staff: counted, covered: Number(row.done ?? 0), noneRequired: staff - counted };
    for (const into of [total, perChild.get(childOf.get(Number(row.id)) ?? -1)])
      if (into) {
        into.staff += c.staff;
        into.covered += c.covered;
        into.noneRequired += c.noneRequired;
      }
  }
  const totals = withShare(total);
  return {
    unit: { id: unit.id, name: unit.name },
    staff: totals.staff,
    covered: totals.covered,
    share: totals.share,
    noneRequired: totals.noneRequired,
    children: rankByShare(
      children.map((c) => {
        const counted = withShare(perChild.get(c.id) as CoverageCount);
        return {
          unitId: c.id,
          name: c.name,
          staff: counted.staff,
          covered: counted.covered,
          share: counted.share,
          noneRequired: counted.noneRequired,
        };
      }),
    ),
    courses: counts
      .filter((r) => r.kind === 'course')
      .map((r) => {
        const staff = Number(r.staff);
        const completed = Number(r.done ?? 0);
        return {
          courseId: Number(r.id),
          title: r.title ?? '',
          unitId: Number(r.courseUnitId),
          unitName: r.unitName ?? '',
          staff,
          completed,
          share: percentOf(completed, staff),
        };
      }),
    completedByMonth: months.map((month, i) => ({ month, count: completed[i] ?? 0 })),
  };
}
