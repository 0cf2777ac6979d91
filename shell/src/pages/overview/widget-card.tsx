// One card of the overview: a remote's card (the manifest's `widgets`) drawn by the shell from the data its module
// answers. The frame shows at once with the card's title; a skeleton stands in while the module or the figures load,
// and the card's own fallback with a retry when either fails (the remote blocked, its service down), so one card
// never blanks the page.

import { pathAt, type RemoteManifestEntry, type RemoteWidget, type WidgetData } from '@strata/contract';
import { calendarToday } from '@strata/i18n';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { defaultRemoteTimeoutMs, useRemoteManifest } from '../../federation/use-remote-manifest';
import { useTRPCClient } from '../../trpc';
import { formatFigure } from './figure-format';
import { FigureRow } from './figure-row';
import { loadWidget, queryByPath } from './widget-loader';

type Props = { remote: RemoteManifestEntry; module: string; widget: RemoteWidget; unitId: number };

export function WidgetCard({ remote, module, widget, unitId }: Props) {
  const { t, i18n } = useTranslation('shell');
  const locale = i18n.language;
  const client = useTRPCClient();
  const timeoutMs = useRemoteManifest().data?.remoteTimeoutMs ?? defaultRemoteTimeoutMs;
  const [attempt, setAttempt] = useState(0);
  const card = useQuery({
    queryKey: ['strata', 'widget', module, widget.id, unitId, locale, attempt],
    queryFn: () =>
      loadWidget(
        module,
        widget.id,
        { unitId, locale, today: calendarToday(), query: queryByPath(client) },
        { attempt, timeoutMs },
      ),
    // A card that failed says so at once, with its retry: the user asks again, not a hidden back-off.
    retry: false,
    staleTime: 60_000,
  });
  const title = widget.title[locale] ?? Object.values(widget.title)[0] ?? widget.id;
  const testId = `widget-${remote.name}-${widget.id}`;
  return (
    <Card title={title} size="small" data-testid={testId} style={{ height: '100%' }}>
      {card.isPending ? (
        <Skeleton active title={false} paragraph={{ rows: 3 }} data-testid={`${testId}-loading`} />
      ) : card.isError ? (
        <Flex vertical align="start" gap={8} data-testid={`${testId}-unavailable`}>
          <Typography.Text type="warning">{t('overview.widgetUnavailable')}</Typography.Text>
          <Button size="small" onClick={() => setAttempt((n) => n + 1)} data-testid={`${testId}-retry`}>
            {t('common:retry')}
          </Button>
        </Flex>
      ) : (
        <WidgetBody data={card.data} locale={locale} testId={testId} />
      )}
    </Card>
  );
}

function WidgetBody({ data, locale, testId }: { data: WidgetData; locale: string; testId: string }) {
  return (
    <Flex vertical gap={12}>
      {data.caption && <Typography.Text type="secondary">{data.caption}</Typography.Text>}
      <FigureRow figures={data.figures} locale={locale} testId={testId} />
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
