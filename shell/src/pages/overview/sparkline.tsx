import type { WidgetData } from '@strata/contract';
import { Flex, Typography, theme } from 'antd';
import { formatFigure } from './figure-format';

type Trend = NonNullable<WidgetData['trend']>;

const width = 240;
const height = 40;

/** The line through a series (a month without a value breaks it), scaled into the box from zero (or its lowest) up. */
export function sparkPath(values: readonly (number | null)[]): string {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return '';
  const low = Math.min(0, ...known);
  const span = Math.max(...known) - low || 1;
  const step = width / Math.max(1, values.length - 1);
  let path = '';
  let drawing = false;
  values.forEach((value, i) => {
    if (value === null) {
      drawing = false;
      return;
    }
    const x = Math.round(i * step * 10) / 10;
    const y = Math.round((height - 2 - ((value - low) / span) * (height - 4)) * 10) / 10;
    path += `${drawing ? 'L' : 'M'}${x} ${y}`;
    drawing = true;
  });
  return path;
}

/** A card's figure month by month, as a line in plain SVG: its label, its latest value, its first and last month. */
export function Sparkline({ trend, locale, testId }: { trend: Trend; locale: string; testId: string }) {
  const { token } = theme.useToken();
  const path = sparkPath(trend.months.map((m) => m.value));
  if (!path) return null;
  const latest = trend.months.findLast((m) => m.value !== null);
  const written = (value: number | null) => formatFigure(value, trend.format, locale);
  return (
    <Flex vertical gap={2} data-testid={`${testId}-trend`}>
      <Flex justify="space-between" gap={8}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {trend.label}
        </Typography.Text>
        <Typography.Text style={{ fontSize: 12 }}>
          {latest && `${latest.month} · ${written(latest.value)}`}
        </Typography.Text>
      </Flex>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        height={height}
        preserveAspectRatio="none"
        role="img"
        aria-label={`${trend.label}: ${trend.months.map((m) => `${m.month} ${written(m.value)}`).join(', ')}`}
      >
        <path d={path} fill="none" stroke={token.colorPrimary} strokeWidth={1.5} vectorEffect="non-scaling-stroke" />
      </svg>
      <Flex justify="space-between">
        <Typography.Text type="secondary" style={{ fontSize: 11 }}>
          {trend.months[0]?.month}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 11 }}>
          {trend.months.at(-1)?.month}
        </Typography.Text>
      </Flex>
    </Flex>
  );
}
