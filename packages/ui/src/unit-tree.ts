/** The fields of a `units.tree` row that tree building needs. */
export type UnitLike = { id: number; parentId: number | null; name: string; archivedAt?: string | Date | null };

export type UnitTreeNode<U extends UnitLike = UnitLike> = {
  key: number;
  value: number;
  title: string;
  unit: U;
  disabled?: boolean;
  children: UnitTreeNode<U>[];
  isLeaf: boolean;
};

/**
 * Turns the flat `units.tree` list (ordered by path) into antd Tree / TreeSelect data.
 * A unit whose parent is outside the caller's grants becomes a root, so the tree shows
 * exactly what the server returned.
 */
export function toUnitTree<U extends UnitLike>(
  units: readonly U[],
  isDisabled?: (unit: U) => boolean,
): UnitTreeNode<U>[] {
  const nodes = new Map<number, UnitTreeNode<U>>();
  for (const unit of units) {
    nodes.set(unit.id, {
      key: unit.id,
      value: unit.id,
      title: unit.name,
      unit,
      disabled: isDisabled?.(unit) ?? false,
      children: [],
      isLeaf: true,
    });
  }
  const roots: UnitTreeNode<U>[] = [];
  for (const unit of units) {
    const node = nodes.get(unit.id)!;
    const parent = unit.parentId === null ? undefined : nodes.get(unit.parentId);
    if (parent) {
      parent.children.push(node);
      parent.isLeaf = false;
    } else roots.push(node);
  }
  return roots;
}

/** Ids of a unit and everything below it within the given list (e.g. to forbid moving into itself). */
export function subtreeIds(units: readonly UnitLike[], rootId: number): Set<number> {
  const ids = new Set([rootId]);
  for (const unit of units) if (unit.parentId !== null && ids.has(unit.parentId)) ids.add(unit.id);
  return ids;
}
