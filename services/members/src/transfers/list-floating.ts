// Floating attachments as either side lists them: a branch's members working away (out), or the members attached to
// a branch (hosted), narrowed to a unit's subtree. The host reads of the member only the name, gender, stage and home
// branch; only the member's own branch may end an attachment.
import { type Scope, withinPath } from '@strata/api';
import type { MemberGender, MemberStage } from '@strata/contract';
import type { Db } from '@strata/db';
import { attachmentPage } from './floating-page.sql';
import type { FloatingFilter, FloatingRow } from './transfer-schemas';

export async function listFloating(db: Db, { scope, filter }: { scope: Scope; filter: FloatingFilter }) {
  const within = await withinPath(db, scope, 'members.read', filter.unitId);
  const roots = scope.roots('members.read', within);
  if (!roots.length) return { items: [], total: 0, totalIsBound: false };
  const page = await attachmentPage(db, { filter, roots });
  return {
    items: page.rows.map(
      (row): FloatingRow => ({
        id: Number(row.id),
        memberId: Number(row.memberId),
        memberName: row.memberName,
        gender: row.gender as MemberGender,
        stage: row.stage as MemberStage,
        homeUnitId: Number(row.homeUnitId),
        homeUnitName: row.homeUnitName,
        hostUnitId: Number(row.hostUnitId),
        hostUnitName: row.hostUnitName,
        place: row.place,
        startedOn: row.startedOn,
        untilOn: row.untilOn,
        endedOn: row.endedOn,
        direction: filter.direction,
        actions: { end: row.endedOn === null && scope.covers('members.transfer', row.homePath) },
      }),
    ),
    total: page.total,
    totalIsBound: page.totalIsBound,
  };
}
