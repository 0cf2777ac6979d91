import { ErrorAlert, PageFrame, subtreeIds, toUnitTree } from '@strata/ui';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Row, Skeleton, Switch, Tag, Tree } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../trpc';
import { useCurrentUnit } from '../../unit/current-unit';
import { UnitDetails } from './unit-details';

/** The organisation below the current unit: tree on the left, the selected unit on the right. */
export default function UnitsPage() {
  const { t } = useTranslation('shell');
  const trpc = useTRPC();
  const { unitId: currentId } = useCurrentUnit();
  const [showArchived, setShowArchived] = useState(false);
  const [selected, setSelected] = useState<number>();
  const tree = useQuery(trpc.identity.units.tree.queryOptions({ includeArchived: showArchived }));

  const units = useMemo(() => {
    const all = tree.data ?? [];
    if (currentId === undefined) return all;
    const inScope = subtreeIds(all, currentId);
    return all.filter((unit) => inScope.has(unit.id));
  }, [tree.data, currentId]);
  const treeData = useMemo(() => toUnitTree(units), [units]);
  const selectedId = selected !== undefined && units.some((u) => u.id === selected) ? selected : currentId;

  return (
    <PageFrame
      title={t('units.title')}
      testId="units-page"
      extra={
        <Switch
          checked={showArchived}
          onChange={setShowArchived}
          checkedChildren={t('units.showArchived')}
          unCheckedChildren={t('units.showArchived')}
          data-testid="units-show-archived"
        />
      }
    >
      <Row gutter={16}>
        <Col xs={24} md={10} lg={8}>
          <Card data-testid="units-tree">
            {tree.isPending && <Skeleton active />}
            {tree.isError && <ErrorAlert error={tree.error} onRetry={() => void tree.refetch()} />}
            {tree.isSuccess && units.length === 0 && <Empty />}
            {units.length > 0 && (
              <Tree
                treeData={treeData}
                defaultExpandAll
                selectedKeys={selectedId === undefined ? [] : [selectedId]}
                onSelect={(keys) => keys[0] !== undefined && setSelected(Number(keys[0]))}
                titleRender={(node) =>
                  node.unit.archivedAt ? (
                    <span>
                      {node.title} <Tag>{t('units.archived')}</Tag>
                    </span>
                  ) : (
                    node.title
                  )
                }
              />
            )}
          </Card>
        </Col>
        <Col xs={24} md={14} lg={16}>
          <UnitDetails unitId={selectedId} units={tree.data ?? []} onSelect={setSelected} />
        </Col>
      </Row>
    </PageFrame>
  );
}
