import { toUnitTree } from '@strata/ui';
import { Empty, Flex, Input, Tree } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../api-types';
import { searchUnits } from './unit-search';
import { UnitTitle } from './unit-title';

type Props = { units: Unit[]; selectedId: number | undefined; onSelect: (id: number) => void };

/**
 * The unit tree with a search box: a search keeps the matching units and the way down to them, opened, with
 * the match marked. Units start opened; what the user closes stays closed until the next search.
 */
export function UnitTreeView({ units, selectedId, onSelect }: Props) {
  const { t } = useTranslation('shell');
  const [query, setQuery] = useState('');
  const [collapsed, setCollapsed] = useState<Set<number>>(new Set());
  const { visible } = useMemo(() => searchUnits(units, query), [units, query]);
  const shown = useMemo(() => units.filter((u) => visible.has(u.id)), [units, visible]);
  const treeData = useMemo(() => toUnitTree(shown), [shown]);
  const parents = useMemo(
    () => new Set(shown.map((u) => u.parentId).filter((id): id is number => id !== null)),
    [shown],
  );
  const expandedKeys = [...parents].filter((id) => !collapsed.has(id));

  const search = (value: string) => {
    setQuery(value);
    setCollapsed(new Set());
  };

  return (
    <Flex vertical gap={12}>
      <Input
        type="search"
        allowClear
        value={query}
        onChange={(e) => search(e.target.value)}
        placeholder={t('units.search')}
        aria-label={t('units.search')}
        data-testid="units-search"
        data-neutral
      />
      {shown.length === 0 ? (
        <Empty description={t('units.noMatch')} />
      ) : (
        <Tree
          blockNode
          treeData={treeData}
          expandedKeys={expandedKeys}
          onExpand={(keys) => {
            const open = new Set(keys.map(Number));
            setCollapsed(new Set([...parents].filter((id) => !open.has(id))));
          }}
          selectedKeys={selectedId === undefined ? [] : [selectedId]}
          onSelect={(keys) => keys[0] !== undefined && onSelect(Number(keys[0]))}
          titleRender={(node) => <UnitTitle unit={node.unit} query={query} />}
          // The title takes the row's width, not its text's: a long name is cut short instead of widening the row.
          styles={{ itemTitle: { display: 'block', minWidth: 0, contain: 'inline-size' } }}
        />
      )}
    </Flex>
  );
}
