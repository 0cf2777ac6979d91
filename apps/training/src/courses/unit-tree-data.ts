// The units a courses page offers to pick from: the current unit's subtree (as the shell's unit switcher reads the
// tree, usually cached), optionally with the units the reader may not choose greyed out.
import { subtreeIds, toUnitTree } from '@strata/ui';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../trpc';
import type { UnitRow } from './course-types';

export function useSubtreeUnits(rootUnitId: number, isDisabled?: (unit: UnitRow) => boolean) {
  const trpc = useTRPC();
  const units = useQuery(trpc.identity.units.tree.queryOptions({}));
  const treeData = useMemo(() => {
    if (!units.data) return [];
    const inSubtree = subtreeIds(units.data, rootUnitId);
    return toUnitTree(
      units.data.filter((u) => inSubtree.has(u.id)),
      isDisabled,
    );
  }, [units.data, rootUnitId, isDisabled]);
  return { treeData, isLoading: units.isLoading };
}
