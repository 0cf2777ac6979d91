import { TreeSelectOnDemand, toUnitTree } from '@strata/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUnit } from './current-unit';

/** Header picker (narrow on a phone, where the selected name is cut with an ellipsis) for the current unit, limited to the units the server lets the user read. */
export function UnitSwitcher({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation('shell');
  const { units, unitId, setUnitId } = useCurrentUnit();
  const treeData = useMemo(() => toUnitTree(units), [units]);
  return (
    <TreeSelectOnDemand
      aria-label={t('header.currentUnit')}
      data-testid="unit-switcher"
      style={compact ? { flex: 1, minWidth: 0, maxWidth: 240 } : { width: 280, maxWidth: '40vw' }}
      value={unitId}
      treeData={treeData}
      treeDefaultExpandAll
      showSearch
      treeNodeFilterProp="title"
      placeholder={t('header.noUnit')}
      onChange={(id) => id !== undefined && setUnitId(id)}
      popupMatchSelectWidth={false}
    />
  );
}
