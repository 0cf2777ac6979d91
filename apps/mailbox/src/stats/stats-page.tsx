// A unit's letter statistics for a period: the figures of its whole subtree, month by month and by kind (charts), its
// members' boards, a ranking of the units directly below it (any figure, letters' and board's, sortable; a name opens
// that unit's statistics) and the lot as a workbook. The period and the unit opened are in the URL, so a view can be
// shared and the back button walks up.
import { calendarDay } from '@strata/i18n/days';
import { ErrorAlert, errorMessage, PageFrame } from '@strata/ui';
import { Chart } from '@strata/ui/charts';
import { downloadBlob, useAddressParams, writeXlsxBook } from '@strata/ui/list-page';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { App, Breadcrumb, Button, Card, Col, Empty, Flex, Input, Row, Select, Skeleton, Statistic } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../common/use-units';
import { useTRPC } from '../trpc';
import { BoardCard } from './board-card';
import { FiguresTable } from './figures-table';
import {
  boardByUnit,
  type FigureKey,
  figureText,
  type LetterStats,
  type Period,
  type PeriodPreset,
  percent,
  periodPresets,
  presetPeriod,
  statsSheets,
} from './stats-view';

const isDay = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The period in the URL, or this year so far. */
function usePeriod(today: string) {
  const [params, setParams] = useAddressParams();
  const from = params.get('from');
  const to = params.get('to');
  const period: Period = isDay(from) && isDay(to) ? { from, to } : presetPeriod('thisYear', today);
  const drilled = Number(params.get('unit')) || undefined;
  const update = (next: Partial<Period> & { unit?: number | null }) =>
    setParams((current) => {
      const out = new URLSearchParams(current);
      for (const [key, value] of Object.entries(next))
        if (value === null || value === undefined) out.delete(key);
        else out.set(key, String(value));
      if (!out.has('from')) out.set('from', period.from);
      if (!out.has('to')) out.set('to', period.to);
      return out;
    });
  return { period, drilled, update };
}

export function StatsPage({ unitId }: { unitId: number }) {
  const { t } = useTranslation('mailbox');
  const trpc = useTRPC();
  const { message } = App.useApp();
  const today = calendarDay(new Date());
  const { period, drilled, update } = usePeriod(today);
  const { byId } = useUnits();
  const shown = drilled ?? unitId;
  const stats = useQuery({
    ...trpc.mailbox.stats.letters.queryOptions({ unitId: shown, ...period }),
    placeholderData: keepPreviousData,
    retry: false,
  });
  const [exporting, setExporting] = useState(false);
  const preset = periodPresets.find((p) => {
    const range = presetPeriod(p, today);
    return range.from === period.from && range.to === period.to;
  });

  // From the shell's unit down to the one opened: each step a link back up.
  const trail = useMemo(() => {
    const steps: { id: number; name: string }[] = [];
    for (let id: number | null | undefined = shown; id; id = byId.get(id)?.parentId) {
      const unit = byId.get(id);
      if (!unit) break;
      steps.unshift({ id, name: unit.name });
      if (id === unitId) break;
    }
    return steps;
  }, [byId, shown, unitId]);

  const exportBook = async () => {
    if (!stats.data) return;
    setExporting(true);
    try {
      const blob = await writeXlsxBook(statsSheets(stats.data, t));
      downloadBlob(`${t('stats.fileName')}-${stats.data.unit.name}-${period.from}-${period.to}.xlsx`, blob);
    } catch (error) {
      message.error(errorMessage(error, t));
    } finally {
      setExporting(false);
    }
  };

  return (
    <PageFrame
      title={t('stats.title')}
      testId="stats-page"
      extra={
        <Button onClick={exportBook} loading={exporting} disabled={!stats.data} data-testid="stats-export" data-neutral>
          {t('stats.export')}
        </Button>
      }
    >
      <Flex wrap gap="small" align="center" data-testid="stats-period">
        <Select<PeriodPreset | 'custom'>
          aria-label={t('stats.period')}
          value={preset ?? 'custom'}
          style={{ minWidth: 140 }}
          options={[
            ...periodPresets.map((p) => ({ value: p, label: t(`stats.preset.${p}`) })),
            { value: 'custom', label: t('stats.preset.custom'), disabled: true },
          ]}
          onChange={(p) => p !== 'custom' && update(presetPeriod(p, today))}
          data-testid="stats-preset"
          data-neutral
        />
        <Input
          type="date"
          aria-label={t('stats.column.from')}
          value={period.from}
          max={period.to}
          style={{ width: 160 }}
          onChange={(e) => isDay(e.target.value) && update({ from: e.target.value })}
          data-testid="stats-from"
          data-neutral
        />
        <span aria-hidden>–</span>
        <Input
          type="date"
          aria-label={t('stats.column.to')}
          value={period.to}
          min={period.from}
          style={{ width: 160 }}
          onChange={(e) => isDay(e.target.value) && update({ to: e.target.value })}
          data-testid="stats-to"
          data-neutral
        />
      </Flex>
      {trail.length > 1 && (
        <Breadcrumb
          data-testid="stats-trail"
          items={trail.map((step, i) =>
            i === trail.length - 1
              ? { title: step.name }
              : {
                  title: (
                    <a
                      href={`?unit=${step.id}`}
                      onClick={(e) => {
                        e.preventDefault();
                        update({ unit: step.id });
                      }}
                    >
                      {step.name}
                    </a>
                  ),
                },
          )}
        />
      )}
      {stats.error ? (
        <ErrorAlert error={stats.error} onRetry={() => stats.refetch()} />
      ) : !stats.data ? (
        <Skeleton active />
      ) : (
        <StatsBody stats={stats.data} onOpen={(id) => update({ unit: id })} />
      )}
    </PageFrame>
  );
}

/** The headline figures, the charts, the board's figures, the ranking and the kinds. */
function StatsBody({ stats, onOpen }: { stats: LetterStats; onOpen: (unitId: number) => void }) {
  const { t } = useTranslation('mailbox');
  const { totals } = stats;
  const board = boardByUnit(stats);
  const cards: { key: FigureKey; suffix?: string }[] = [
    { key: 'received' },
    { key: 'answered' },
    { key: 'onTimeRate' },
    { key: 'overdue' },
    { key: 'replyDays', suffix: t('stats.workingDays') },
    { key: 'satisfactionRate' },
  ];
  return (
    <Flex vertical gap="middle" data-testid="stats-body">
      <Row gutter={[12, 12]}>
        {cards.map(({ key, suffix }) => (
          <Col key={key} xs={12} sm={8} xl={4}>
            <Card size="small" data-testid={`stats-card-${key}`}>
              <Statistic
                title={t(`stats.figure.${key}`)}
                value={figureText(totals, key)}
                suffix={totals[key] === null ? undefined : suffix}
              />
            </Card>
          </Col>
        ))}
      </Row>
      {totals.received === 0 ? (
        <Empty description={t('stats.empty')} data-testid="stats-empty" />
      ) : (
        <Row gutter={[12, 12]}>
          <Col xs={24} lg={16}>
            <Card size="small" title={t('stats.chart.months')}>
              <Chart option={monthsOption(stats, t)} label={t('stats.chart.months')} testId="stats-chart-months" />
            </Card>
          </Col>
          <Col xs={24} lg={8}>
            <Card size="small" title={t('stats.chart.kinds')}>
              <Chart option={kindsOption(stats, t)} label={t('stats.chart.kinds')} testId="stats-chart-kinds" />
            </Card>
          </Col>
        </Row>
      )}
      <BoardCard figures={stats.board.totals} />
      <Card size="small" title={t('stats.ranking', { unit: stats.unit.name })}>
        <FiguresTable
          rows={stats.children.map((c) => ({
            key: c.unitId,
            name: c.name,
            figures: c.figures,
            board: board.get(c.unitId),
          }))}
          nameTitle={t('stats.column.unit')}
          withBoard
          onOpen={onOpen}
          empty={t('stats.noChildren')}
          testId="stats-ranking"
        />
      </Card>
      <Card size="small" title={t('stats.byKind')}>
        <FiguresTable
          rows={stats.byKind.map((k) => ({ key: k.kind, name: t(`kind.${k.kind}`), figures: k.figures }))}
          nameTitle={t('stats.column.kind')}
          testId="stats-kinds"
        />
      </Card>
    </Flex>
  );
}

type T = ReturnType<typeof useTranslation<'mailbox'>>['t'];

/** Month by month: letters answered on time, late and still overdue as stacked bars, all received as a line. */
function monthsOption(stats: LetterStats, t: T) {
  const months = stats.months.map((m) => m.month);
  const bar = (key: 'onTime' | 'late' | 'overdue', color: string) => ({
    name: t(`stats.figure.${key}`),
    type: 'bar',
    stack: 'outcome',
    color,
    data: stats.months.map((m) => m[key]),
  });
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 56, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      bar('onTime', '#52c41a'),
      bar('late', '#faad14'),
      bar('overdue', '#ff4d4f'),
      {
        name: t('stats.figure.received'),
        type: 'line',
        color: '#1677ff',
        data: stats.months.map((m) => m.received),
      },
    ],
  };
}

/** Received by kind, with each kind's on-time rate in the tooltip. */
function kindsOption(stats: LetterStats, t: T) {
  return {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [
      {
        name: t('stats.figure.received'),
        type: 'pie',
        radius: ['40%', '68%'],
        center: ['50%', '44%'],
        // The legend names the kinds and the tooltip gives the figures: labels around a pie do not fit a phone.
        label: { show: false },
        data: stats.byKind.map((k) => ({
          name: t(`kind.${k.kind}`),
          value: k.figures.received,
          tooltip: {
            formatter: `${t(`kind.${k.kind}`)}: ${k.figures.received} · ${t('stats.figure.onTimeRate')} ${percent(k.figures.onTimeRate)}`,
          },
        })),
      },
    ],
  };
}
