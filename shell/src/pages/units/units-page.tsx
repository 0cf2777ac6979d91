import { AccessProvider, ErrorAlert, PageFrame, subtreeIds, unitAccess } from '@strata/ui';
import { usePageMessages } from '@strata/ui/page-messages';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Skeleton, Switch } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../session/session-context';
import { useTRPC } from '../../trpc';
import { useCurrentUnit } from '../../unit/current-unit';
import { UnitDetails } from './unit-details';
import { UnitTreeView } from './unit-tree-view';
import { unitsMessages } from './units-messages';

/** The organisation below the current unit: tree on the left, the selected unit on the right. */
export default function UnitsPage() {
  usePageMessages('shell', 'units', unitsMessages);
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
  const selectedId = selected !== undefined && units.some((u) => u.id === selected) ? selected : currentId;
  // The console's access knows the active units only; here archived ones are shown (and restored) too.
  const me = useMe();
  const access = useMemo(
    () => unitAccess(me.access, tree.data ?? [], currentId, me.id),
    [me.access, tree.data, currentId, me.id],
  );

  return (
    <PageFrame
      title={t('units.title')}
      testId="units-page"
      extra={
        // The words beside the switch, not on it: dark text on the page reads, white on a grey switch did not.
        // Neutral: it only widens what the page shows.
        <Flex align="center" gap={8}>
          <Switch
            id="units-show-archived"
            checked={showArchived}
            onChange={setShowArchived}
            data-testid="units-show-archived"
            data-neutral
          />
          <label htmlFor="units-show-archived">{t('units.showArchived')}</label>
        </Flex>
      }
    >
      {/* Side by side where both fit, stacked on a phone; no negative gutters to widen the page. */}
      <Flex wrap gap={16} align="flex-start">
        <Card data-testid="units-tree" style={{ flex: '1 1 300px', minWidth: 0 }}>
          {tree.isPending && <Skeleton active />}
          {tree.isError && <ErrorAlert error={tree.error} onRetry={() => void tree.refetch()} />}
          {tree.isSuccess && units.length === 0 && <Empty />}
          {units.length > 0 && <UnitTreeView units={units} selectedId={selectedId} onSelect={setSelected} />}
        </Card>
        <div style={{ flex: '2 1 420px', minWidth: 0 }}>
          <AccessProvider value={access}>
            <UnitDetails unitId={selectedId} units={tree.data ?? []} onSelect={setSelected} />
          </AccessProvider>
        </div>
      </Flex>
    </PageFrame>
  );
}
