import { subtreeIds, TreeSelectOnDemand, toUnitTree } from '@strata/ui';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTRPC } from '../trpc';

interface UnitTreeSelectProps {
  /** The root of the choosable subtree (the unit switcher's unit). */
  rootUnitId: number;
  /** Given by the form item that holds it (the id ties its label to it). */
  id?: string;
  value?: number;
  onChange?: (unitId: number | undefined) => void;
  placeholder: string;
}

/** Picks a unit inside the current unit's subtree. */
export function UnitTreeSelect({ rootUnitId, id, value, onChange, placeholder }: UnitTreeSelectProps) {
  const trpc = useTRPC();
  const units = useQuery(trpc.identity.units.tree.queryOptions({}));
  const treeData = useMemo(() => {
    if (!units.data) return [];
    const inSubtree = subtreeIds(units.data, rootUnitId);
    return toUnitTree(units.data.filter((u) => inSubtree.has(u.id)));
  }, [units.data, rootUnitId]);

  return (
    <TreeSelectOnDemand
      id={id}
      data-testid="article-filter-unit"
      allowClear
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      loading={units.isLoading}
      placeholder={placeholder}
      treeData={treeData}
      value={value}
      onChange={(next?: number) => onChange?.(next)}
    />
  );
}
