// One card of the overview: a remote's card (the manifest's `widgets`) drawn by the shell from the data its module
// answers. The frame shows at once with the card's title; a skeleton stands in while the module or the figures load,
// and the card's own fallback with a retry when either fails (the remote blocked, its service down), so one card
// never blanks the page.
import { pathAt, type WidgetData } from '@strata/contract';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatFigure } from './figure-format';
import { FigureRow } from './figure-row';
import { Sparkline } from './sparkline';
import { useCardContext } from './use-cards';
import { cardTitle, retryModule, type ShownCard, widgetQuery } from './widget-query';

export function WidgetCard({ card, unitId }: { card: ShownCard; unitId: number }) {
  const { t } = useTranslation('shell');
  const context = useCardContext(unitId);
  const query = useQuery(widgetQuery(card, context));
  const testId = `widget-${card.remote}-${card.widget.id}`;
  return (
    <Card title={cardTitle(card.widget, context.locale)} size="small" data-testid={testId} style={{ height: '100%' }}>
      {query.isPending ? (
        <Skeleton active title={false} paragraph={{ rows: 3 }} data-testid={`${testId}-loading`} />
      ) : query.isError ? (
        <Flex vertical align="start" gap={8} data-testid={`${testId}-unavailable`}>
          <Typography.Text type="warning">{t('overview.widgetUnavailable')}</Typography.Text>
          <Button
            size="small"
            loading={query.isFetching}
            onClick={() => {
              retryModule(card.module);
              void query.refetch();
            }}
            data-testid={`${testId}-retry`}
            data-neutral
          >
            {t('common:retry')}
          </Button>
        </Flex>
      ) : (
        <WidgetBody data={query.data} locale={context.locale} testId={testId} />
      )}
    </Card>
  );
}

function WidgetBody({ data, locale, testId }: { data: WidgetData; locale: string; testId: string }) {
  return (
    <Flex vertical gap={12}>
      {data.caption && <Typography.Text type="secondary">{data.caption}</Typography.Text>}
      <FigureRow figures={data.figures} locale={locale} testId={testId} />
      {data.trend && <Sparkline trend={data.trend} locale={locale} testId={testId} />}
      {data.behind && data.behind.units.length > 0 && (
        <Flex vertical gap={4} data-testid={`${testId}-behind`}>
          <Typography.Text type="secondary">{data.behind.label}</Typography.Text>
          {data.behind.units.map((unit) => (
            <Flex key={unit.unitId} justify="space-between" gap={8} data-testid={`${testId}-behind-${unit.unitId}`}>
              {/* The drill-down: the overview at that unit. */}
              <Link to={pathAt('/', unit.unitId)}>{unit.name}</Link>
              <Typography.Text>{formatFigure(unit.value, unit.format, locale)}</Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
      {data.link && <Link to={data.link.path}>{data.link.label}</Link>}
    </Flex>
  );
}
