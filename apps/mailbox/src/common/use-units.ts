import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../trpc';
import type { Unit } from './api-types';

/** The units the reader sees (the shell's unit switcher reads the same query, so it is usually cached), by id. */
export function useUnits() {
  const trpc = useTRPC();
  const tree = useQuery(trpc.identity.units.tree.queryOptions({}));
  const byId = useMemo(() => new Map<number, Unit>((tree.data ?? []).map((u) => [u.id, u])), [tree.data]);
  return { units: tree.data, byId, isLoading: tree.isLoading };
}
