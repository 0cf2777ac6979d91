import { formatFen, type WidgetFigureFormat } from '@strata/contract';

/**
 * A card's figure as the overview writes it in the caller's locale: a count grouped (1,234), a share with one decimal
 * (65.5%), money as yuan from whole fen (¥1,234.50, as the dues pages write it), hours with one decimal (12.5 小时 /
 * 12.5 hr), with a plus when the service stopped counting there; a figure with nothing to count (a share of nobody) as a dash.
 */
export function formatFigure(
  value: number | null,
  format: WidgetFigureFormat,
  locale: string,
  { atLeast = false }: { atLeast?: boolean } = {},
): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return atLeast ? `${written(value, format, locale)}+` : written(value, format, locale);
}

function written(value: number, format: WidgetFigureFormat, locale: string): string {
  switch (format) {
    case 'fen':
      return `¥${formatFen(Math.round(value))}`;
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
    case 'hours':
      return new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', maximumFractionDigits: 1 }).format(value);
    default:
      return new Intl.NumberFormat(locale).format(value);
  }
}
