import type { WidgetFigure } from '@strata/contract';
import { errorMessage, PageFrame, useAccess } from '@strata/ui';
import { useAddressParams } from '@strata/ui/list-page';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, Segmented, Skeleton, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { strokeIcon } from '../../layout/stroke-icon';
import { useMe } from '../../session/session-context';
import { useTRPC } from '../../trpc';
import { useCurrentUnit } from '../../unit/current-unit';
import { FigureRow } from './figure-row';
import { useCardContext, useShownCards } from './use-cards';
import { cardsByView, landingView } from './views';
import { WidgetCard } from './widget-card';
import type { ShownCard } from './widget-query';

const OverviewRanking = lazy(() => import('./overview-ranking'));
// A tray with an arrow into it, in a few strokes as the header's icons.
const downloadIcon = strokeIcon('M12 4v11m-5-5 5 5 5-5M4 20h16');

/** The cards side by side, as many columns as fit (one on a phone); a card with nothing to show leaves no gap. */
const grid = { display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 340px), 1fr))' };

/**
 * The overview, in three views: the user's own page (`?view=mine`: what waits for them, then what is theirs), the
 * dashboard of the current unit's subtree (the shell's own card, then every team's figures the user may see there,
 * each loading and failing on its own) and the units below ranked on any of their figures (`?view=ranking`). Each user
 * lands on the view their grants make theirs (`landingView`). Export writes the dashboard's figures to a workbook.
 */
export default function OverviewPage() {
  const { t } = useTranslation('shell');
  const me = useMe();
  const { unit } = useCurrentUnit();
  const [params, setParams] = useAddressParams();
  const navigate = useNavigate();
  const views = cardsByView(useShownCards(unit?.id));
  const view = landingView(params.get('view'), views);
  const { dashboard, mine } = views;
  const options = [
    ...(mine.length > 0 ? [{ value: 'mine', label: t('overview.viewMine') }] : []),
    ...(dashboard.length > 0
      ? [
          { value: 'cards', label: t('overview.viewCards') },
          { value: 'ranking', label: t('overview.viewRanking') },
        ]
      : []),
  ];
  return (
    <PageFrame
      title={t('overview.welcome', { name: me.displayName })}
      testId="overview-page"
      extra={
        unit && (
          <Flex wrap gap={8}>
            {options.length > 1 && (
              <Segmented
                data-testid="overview-view"
                data-neutral
                value={view}
                onChange={(value) =>
                  setParams((prev) => {
                    const next = new URLSearchParams(prev);
                    next.set('view', value);
                    return next;
                  })
                }
                options={options}
              />
            )}
            {view !== 'mine' && dashboard.length > 0 && (
              <>
                <ExportButton cards={dashboard} unitId={unit.id} unitName={unit.name} />
                <Button data-neutral data-testid="overview-screen" onClick={() => navigate('/screen')}>
                  {t('overview.screen')}
                </Button>
              </>
            )}
          </Flex>
        )
      }
    >
      {view === 'ranking' && unit ? (
        <Suspense fallback={<Skeleton active />}>
          <OverviewRanking key={unit.id} cards={dashboard} unitId={unit.id} />
        </Suspense>
      ) : view === 'mine' ? (
        unit && mine.length > 0 ? (
          <div style={grid} data-testid="overview-mine">
            {mine.map((card) => (
              <WidgetCard key={`${card.remote}/${card.widget.id}/${unit.id}`} card={card} unitId={unit.id} />
            ))}
          </div>
        ) : (
          <Empty description={t('overview.nothingMine')} data-testid="overview-mine-empty" />
        )
      ) : (
        <div style={grid}>
          <UnitCard />
          {unit &&
            dashboard.map((card) => (
              // Keyed by unit: another unit's card starts afresh, never showing the last unit's figures under it.
              <WidgetCard key={`${card.remote}/${card.widget.id}/${unit.id}`} card={card} unitId={unit.id} />
            ))}
        </div>
      )}
    </PageFrame>
  );
}

/** Writes the dashboard's figures at the unit to an XLSX file (the writer fetched on the click). */
function ExportButton({ cards, unitId, unitName }: { cards: ShownCard[]; unitId: number; unitName: string }) {
  const { t } = useTranslation('shell');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const context = useCardContext(unitId);
  const [exporting, setExporting] = useState(false);
  return (
    <Button
      icon={downloadIcon}
      loading={exporting}
      data-testid="overview-export"
      data-neutral
      onClick={async () => {
        setExporting(true);
        try {
          const { exportDashboard } = await import('./overview-export');
          await exportDashboard(queryClient, cards, context, unitName, t);
        } catch (error) {
          message.error(t('overview.exportFailed', { error: errorMessage(error, t) }));
        } finally {
          setExporting(false);
        }
      }}
    >
      {t('overview.export')}
    </Button>
  );
}

/** The current unit: the units and accounts in its subtree, and the user's grants. */
function UnitCard() {
  const { t, i18n } = useTranslation('shell');
  const trpc = useTRPC();
  const access = useAccess();
  const me = useMe();
  const { unit, units } = useCurrentUnit();
  const canUsers = access.has('user.read');
  const users = useQuery({
    ...trpc.identity.users.list.queryOptions({ unitId: unit?.id, page: 1, pageSize: 1 }),
    enabled: canUsers && unit !== undefined,
  });
  const figures: WidgetFigure[] = [
    {
      label: t('overview.units'),
      value: unit ? units.filter((u) => u.path.startsWith(unit.path)).length : 0,
      format: 'count',
    },
  ];
  if (canUsers)
    figures.push({
      label: t('overview.users'),
      value: users.data?.total ?? null,
      format: 'count',
      atLeast: users.data?.totalIsBound,
    });
  return (
    <Card
      size="small"
      title={unit ? t('overview.figures', { unit: unit.name }) : t('header.noUnit')}
      extra={unit && <Typography.Text type="secondary">{t(`domain:unitKind.${unit.kind}`)}</Typography.Text>}
      data-testid="overview-unit"
      style={{ height: '100%' }}
    >
      <Flex vertical gap={12}>
        <FigureRow figures={figures} locale={i18n.language} testId="overview-unit" />
        <Typography.Text type="secondary">{t('overview.grants')}</Typography.Text>
        <Flex wrap gap={4}>
          {me.grants.length === 0 ? (
            <Typography.Text>{t('overview.noGrants')}</Typography.Text>
          ) : (
            me.grants.map((grant) => (
              <Tag key={grant.id} color="red">
                {t(`domain:role.${grant.role}`, { defaultValue: grant.role })} · {grant.unitName}
              </Tag>
            ))
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
