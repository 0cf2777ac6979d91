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

/** `at`: the page a unit named in the card opens at that unit (the overview; the large screen keeps to itself). */
export function WidgetCard({ card, unitId, at = '/' }: { card: ShownCard; unitId: number; at?: string }) {
  const { t } = useTranslation('shell');
  const context = useCardContext(unitId);
  const query = useQuery(widgetQuery(card, context));
  const testId = `widget-${card.remote}-${card.widget.id}`;
  // Nothing of the user's here (an own card for an account that is no member's): the card is left out.
  if (query.data === null) return null;
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
        query.data && <WidgetBody data={query.data} locale={context.locale} testId={testId} at={at} />
      )}
    </Card>
  );
}

function WidgetBody({ data, locale, testId, at }: { data: WidgetData; locale: string; testId: string; at: string }) {
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
              <Link to={pathAt(at, unit.unitId)}>{unit.name}</Link>
              <Typography.Text>{formatFigure(unit.value, unit.format, locale)}</Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
      {data.list && <ItemList list={data.list} testId={testId} />}
      {data.link && <Link to={data.link.path}>{data.link.label}</Link>}
    </Flex>
  );
}

/**
 * The tones of a card's item notes: the theme's palette in its darker steps (its CSS variables, as tags take them), as
 * antd's warning and success colours are too light to read as small text on white (WCAG AA).
 */
const tones = { danger: 'var(--ant-color-error)', warning: 'var(--ant-orange-7)', success: 'var(--ant-green-7)' };

/** The few things a card names, each opening its page, the urgent ones marked; or why there is none. */
function ItemList({ list, testId }: { list: NonNullable<WidgetData['list']>; testId: string }) {
  return (
    <Flex vertical gap={6} data-testid={`${testId}-list`}>
      <Typography.Text type="secondary">{list.label}</Typography.Text>
      {list.items.length === 0 ? (
        <Typography.Text type="secondary" data-testid={`${testId}-list-empty`}>
          {list.empty}
        </Typography.Text>
      ) : (
        list.items.map((item, i) => (
          // A card may name one page twice (two sessions of one course): the place tells them apart.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is drawn whole each time, never reordered in place
          <Flex key={i} vertical data-testid={`${testId}-item-${i}`}>
            <Typography.Text ellipsis>
              <Link to={item.path}>{item.title}</Link>
            </Typography.Text>
            {item.meta && (
              <Typography.Text
                type={item.tone ? undefined : 'secondary'}
                style={{ fontSize: 12, ...(item.tone ? { color: tones[item.tone] } : {}) }}
              >
                {item.meta}
              </Typography.Text>
            )}
          </Flex>
        ))
      )}
    </Flex>
  );
}
