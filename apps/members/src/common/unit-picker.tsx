// A unit from a list of units, as a tree (loaded when first opened): the list filter's unit within the current one.
import { TreeSelectOnDemand, toUnitTree } from '@strata/ui';
import { useMemo } from 'react';
import type { Unit } from './api-types';
import { useUnits } from './use-units';

type Props = {
  units: readonly Unit[];
  loading: boolean;
  /** Given by the form item that holds it (the id ties its label to it). */
  id?: string;
  value?: number;
  onChange?: (unitId: number | undefined) => void;
  placeholder: string;
  testId: string;
};

export function UnitPicker({ units, loading, id, value, onChange, placeholder, testId }: Props) {
  const treeData = useMemo(() => toUnitTree(units), [units]);
  return (
    <TreeSelectOnDemand
      id={id}
      allowClear
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      loading={loading}
      placeholder={placeholder}
      treeData={treeData}
      value={value}
      onChange={(next?: number) => onChange?.(next)}
      data-testid={testId}
    />
  );
}

type FilterProps = Omit<Props, 'units' | 'loading'> & { rootUnitId: number };

/** A list's unit filter: a unit inside the current unit's subtree; none is the whole subtree. */
export function UnitFilter({ rootUnitId, ...props }: FilterProps) {
  const { below, isLoading } = useUnits(rootUnitId);
  return <UnitPicker units={below} loading={isLoading} {...props} />;
}
