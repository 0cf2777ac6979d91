// The units below the current one ranked on any figure a card breaks down by unit (fetched when the user turns to
// it): each unit opens the overview there (the drill-down), the dashboard then scoped to it.
import { pathAt } from '@strata/contract';
import { useQueries } from '@tanstack/react-query';
import { Card, Empty, Flex, Segmented, Select, Skeleton, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dashboardWords } from './dashboard-words';
import { formatFigure } from './figure-format';
import { rankChoices, rankUnits } from './ranking';
import { useCardContext } from './use-cards';
import { cardTitle, type ShownCard, widgetQuery } from './widget-query';

export default function OverviewRanking({ cards, unitId }: { cards: ShownCard[]; unitId: number }) {
  const { t } = useTranslation('shell');
  const { token } = theme.useToken();
  const context = useCardContext(unitId);
  const w = dashboardWords(context.locale);
  const results = useQueries({ queries: cards.map((card) => widgetQuery(card, context)) });
  const loaded = cards.map((card, i) => ({
    title: cardTitle(card.widget, context.locale),
    data: results[i]?.data ?? undefined,
  }));
  const choices = rankChoices(loaded);
  const [chosen, setChosen] = useState<string>();
  const [order, setOrder] = useState<'high' | 'low'>('high');
  const choice = choices.find((c) => c.key === chosen) ?? choices[0];
  const ranked = choice ? rankUnits(loaded[choice.card]?.data, choice.figure, order) : [];
  const top = Math.max(0, ...ranked.map((r) => r.value ?? 0));
  const pending = results.some((r) => r.isPending);
  return (
    <Card size="small" title={t('overview.viewRanking')} data-testid="overview-ranking">
      {!choice ? (
        pending ? (
          <Skeleton active title={false} />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={w.noneToRank} />
        )
      ) : (
        <Flex vertical gap={12}>
          <Flex wrap gap={8}>
            <Select
              aria-label={w.rankBy}
              data-testid="ranking-figure"
              data-neutral
              style={{ minWidth: 200, maxWidth: '100%' }}
              value={choice.key}
              options={choices.map((c) => ({ value: c.key, label: c.label }))}
              onChange={setChosen}
            />
            <Segmented
              data-neutral
              value={order}
              onChange={(value) => setOrder(value as 'high' | 'low')}
              options={[
                { value: 'high', label: w.highFirst },
                { value: 'low', label: w.lowFirst },
              ]}
            />
          </Flex>
          <Flex vertical gap={6} data-testid="ranking-rows">
            {ranked.map((row) => (
              <Flex key={row.unitId} align="center" gap={12} data-testid={`ranking-${row.unitId}`}>
                <Typography.Text type="secondary" style={{ width: 28, textAlign: 'right' }}>
                  {row.rank || '—'}
                </Typography.Text>
                <Link to={pathAt('/', row.unitId)} style={{ flex: '0 1 160px', minWidth: 0 }}>
                  {row.name}
                </Link>
                <div
                  style={{ flex: 1, minWidth: 40, height: 8, background: token.colorFillSecondary, borderRadius: 4 }}
                >
                  <div
                    style={{
                      width: `${top > 0 && row.value !== null ? Math.max(0, (row.value / top) * 100) : 0}%`,
                      height: '100%',
                      background: token.colorPrimary,
                      borderRadius: 4,
                    }}
                  />
                </div>
                <Typography.Text strong style={{ minWidth: 64, textAlign: 'right' }}>
                  {formatFigure(row.value, choice.format, context.locale)}
                </Typography.Text>
              </Flex>
            ))}
          </Flex>
        </Flex>
      )}
    </Card>
  );
}
