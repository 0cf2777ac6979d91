// A year's standard tables for a unit's subtree, counted from the snapshot's frozen rows of its units: the members on
// the registry on 31 December by stage, gender, age band, education, ethnicity, years of membership and occupation;
// those admitted, converted and left during the year; and each child unit's share. Rows count under the unit that held
// the member on the day, placed in the tree as it is now.
import { AppError, type Scope, unitInScope } from '@strata/api';
import { memberEducations, memberGenders, memberOccupations, memberStages } from '@strata/contract';
import type { Db } from '@strata/db';
import { membersMessage } from '../locales';
import { snapshotByDimension, snapshotByUnitStage } from './annual-snapshot.sql';
import { addInto, ageBounds, countList, countsOf, leftStatuses, yearBounds } from './member-bands';
import { emptyDimensionSums, memberCountsOf, subtreeOf } from './member-counts';
import { subtreeUnits } from './member-figures.sql';
import type { SnapshotTablesOutput } from './stats-schemas';

type SnapshotTables = { scope: Scope; year: number; unitId: number };

type Share = { members: number; stage: number[]; admitted: number; converted: number; left: number };
const emptyShare = (): Share => ({ members: 0, stage: memberStages.map(() => 0), admitted: 0, converted: 0, left: 0 });

export async function snapshotTables(db: Db, { scope, year, unitId }: SnapshotTables): Promise<SnapshotTablesOutput> {
  const unit = await unitInScope(db, scope, 'members.read', unitId);
  const snapshot = await db.annualSnapshot.findUnique({ where: { year } });
  if (!snapshot) throw new AppError('NOT_FOUND', membersMessage('snapshotMissing'), { year }, 'year');

  const [rows, stages, dimensions] = await Promise.all([
    subtreeUnits(db, unit.path),
    snapshotByUnitStage(db, snapshot.id, unit.path),
    snapshotByDimension(db, snapshot.id, unit.path),
  ]);
  const tree = subtreeOf(rows, unit);
  const perChild = new Map(tree.children.map((c) => [c.id, emptyShare()]));

  const sums = emptyDimensionSums();
  // The whole subtree's share, beside each child's.
  const whole = emptyShare();
  const leftByStatus = leftStatuses.map(() => 0);
  for (const row of stages) {
    const at = memberStages.indexOf(row.stage as (typeof memberStages)[number]);
    const child = tree.childOf(Number(row.unitId));
    for (const share of child ? [whole, perChild.get(child.id) ?? emptyShare()] : [whole]) {
      share.members += Number(row.members);
      if (at >= 0) share.stage[at] = (share.stage[at] ?? 0) + Number(row.members);
      share.admitted += Number(row.admitted);
      share.converted += Number(row.converted);
      share.left += Number(row.left);
    }
  }
  sums.stage = whole.stage;
  for (const row of dimensions) {
    const total = Number(row.total);
    sums.total += total;
    if (total > 0) sums.ethnicity.set(row.ethnicity, (sums.ethnicity.get(row.ethnicity) ?? 0) + total);
    addInto(sums.gender, countList(row.gender, memberGenders.length));
    addInto(sums.education, countList(row.education, memberEducations.length));
    addInto(sums.occupation, countList(row.occupation, memberOccupations.length));
    addInto(sums.ageAtMost, countList(row.ageAtMost, ageBounds.length));
    sums.admitted += Number(row.admitted);
    addInto(sums.yearsAtMost, countList(row.yearsAtMost, yearBounds.length));
    addInto(leftByStatus, countList(row.leftByStatus, leftStatuses.length));
  }

  return {
    year: snapshot.year,
    asOf: snapshot.asOf,
    takenAt: snapshot.takenAt.toISOString(),
    unit: { id: tree.top.id, name: tree.top.name },
    members: memberCountsOf(sums),
    during: {
      admitted: whole.admitted,
      converted: whole.converted,
      left: whole.left,
      leftByStatus: countsOf(leftStatuses, leftByStatus),
    },
    children: tree.children.map((c) => {
      const share = perChild.get(c.id) ?? emptyShare();
      return {
        unitId: c.id,
        name: c.name,
        members: share.members,
        byStage: countsOf(memberStages, share.stage),
        admitted: share.admitted,
        converted: share.converted,
        left: share.left,
      };
    }),
  };
}
