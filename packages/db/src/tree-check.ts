// The unit tree's invariants, checked from the rows alone. Scope filters compare paths, so a unit whose
// path disagrees with its parent is seen by the wrong township: tests and benches run this after every
// concurrent scenario, where a missing lock would show.
import type { Db } from './client';

export type TreeFault = {
  id: number;
  parentId: number | null;
  path: string;
  depth: number;
  /** path ≠ parent's path + own id; depth ≠ parent's depth + 1; an active unit under an archived one. */
  problem: 'path' | 'depth' | 'missingParent' | 'archivedParent';
};

/** Every unit that breaks an invariant of the tree, read through an unscoped client; [] when consistent. */
export async function inconsistentUnits(db: Db): Promise<TreeFault[]> {
  const units = await db.unit.findMany({
    select: { id: true, parentId: true, path: true, depth: true, archivedAt: true },
    orderBy: { id: 'asc' },
  });
  const byId = new Map(units.map((u) => [u.id, u]));
  const faults: TreeFault[] = [];
  for (const { archivedAt, ...unit } of units) {
    const fault = (problem: TreeFault['problem']) => faults.push({ ...unit, problem });
    if (unit.parentId === null) {
      if (unit.path !== `/${unit.id}/`) fault('path');
      if (unit.depth !== 0) fault('depth');
      continue;
    }
    const parent = byId.get(unit.parentId);
    if (!parent) {
      fault('missingParent');
      continue;
    }
    if (unit.path !== `${parent.path}${unit.id}/`) fault('path');
    if (unit.depth !== parent.depth + 1) fault('depth');
    if (!archivedAt && parent.archivedAt) fault('archivedParent');
  }
  return faults;
}
