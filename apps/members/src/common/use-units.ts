import { subtreeIds } from '@strata/ui';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../trpc';
import type { Unit } from './api-types';

/**
 * The units the reader sees (the shell's unit switcher reads the same query, so it is usually cached), and those of
 * `rootUnitId`'s subtree among them: what a unit picker within the current unit offers.
 */
export function useUnits(rootUnitId: number) {
  const trpc = useTRPC();
  const tree = useQuery(trpc.identity.units.tree.queryOptions({}));
  const below = useMemo(() => {
    if (!tree.data) return [];
    const inSubtree = subtreeIds(tree.data, rootUnitId);
    return tree.data.filter((u) => inSubtree.has(u.id));
  }, [tree.data, rootUnitId]);
  return { units: tree.data, below, isLoading: tree.isLoading };
}

/** Members are registered in a branch or a group. */
export const holdsMembers = (unit: Pick<Unit, 'kind' | 'archivedAt'>) =>
  (unit.kind === 'branch' || unit.kind === 'group') && !unit.archivedAt;
