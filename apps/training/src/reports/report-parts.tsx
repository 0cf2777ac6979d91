// What the report pages draw alike: a set of figures as statistics, the figures as sortable table columns (nulls
// last), the same as a workbook's cells, percentages and scores in the reader's words, and an export button.
import { errorMessage } from '@strata/ui';
import { downloadBlob, type ExportCell, writeXlsxBook, type XlsxSheet } from '@strata/ui/list-page';
import { App, Button, Card, Col, Row, Statistic, type TableColumnType } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Figures } from './report-types';

export const figureKeys = [
  'enrolled',
  'notStarted',
  'inProgress',
  'completed',
  'withdrawn',
  'overdue',
  'averageScore',
  'completionRate',
] as const satisfies readonly (keyof Figures)[];
export type FigureKey = (typeof figureKeys)[number];

const tabular = { fontVariantNumeric: 'tabular-nums' } as const;

/** A percentage (or a dash where there is nothing to divide by). */
export const percentText = (t: TFunction, value: number | null) =>
  value === null ? t('training:common.none') : t('training:common.percent', { value });

/** A figure as the tables show it. */
export function figureText(t: TFunction, figures: Figures, key: FigureKey) {
  if (key === 'completionRate') return percentText(t, figures.completionRate);
  if (key === 'averageScore')
    return figures.averageScore === null
      ? t('training:common.none')
      : t('training:common.score', { score: figures.averageScore });
  return String(figures[key]);
}

/** Ascending, nulls last whichever way the column is sorted (antd reverses the comparison for descending). */
const byFigure = (key: FigureKey) => (a: Figures, b: Figures, order?: 'ascend' | 'descend' | null) => {
  const x = a[key];
  const y = b[key];
  if (x === null && y === null) return 0;
  if (x === null) return order === 'descend' ? -1 : 1;
  if (y === null) return order === 'descend' ? 1 : -1;
  return x - y;
};

/** The figures' columns, each sortable; `keys` the ones shown. */
export function figureColumns<Row extends Figures>(
  t: TFunction,
  keys: readonly FigureKey[] = figureKeys,
): TableColumnType<Row>[] {
  return keys.map((key) => ({
    key,
    title: t(`training:reports.figure.${key}`),
    width: key === 'completionRate' || key === 'averageScore' ? 100 : 86,
    align: 'right' as const,
    sorter: byFigure(key),
    render: (_: unknown, row: Row) => <span style={tabular}>{figureText(t, row, key)}</span>,
  }));
}

/** The figures' header and cells in a workbook (numbers as numbers, empty where there is none). */
export const figureHeader = (t: TFunction, keys: readonly FigureKey[] = figureKeys) =>
  keys.map((key) => t(`training:reports.figure.${key}`));
export const figureCells = (figures: Figures, keys: readonly FigureKey[] = figureKeys): ExportCell[] =>
  keys.map((key) => figures[key]);

/** The figures as statistics, two a row on a phone, four on a wide screen. */
export function FigureCards({ figures, testId }: { figures: Figures; testId: string }) {
  const { t } = useTranslation('training');
  return (
    <Row gutter={[12, 12]} data-testid={testId}>
      {figureKeys
        .filter((key) => key !== 'notStarted')
        .map((key) => (
          <Col xs={12} md={6} xl={3} key={key}>
            <Card size="small" data-testid={`${testId}-${key}`}>
              <Statistic
                title={t(`reports.figure.${key}`)}
                value={figureText(t, figures, key)}
                styles={key === 'overdue' && figures.overdue > 0 ? { content: { color: '#cf1322' } } : undefined}
              />
            </Card>
          </Col>
        ))}
    </Row>
  );
}

/** Writes the sheets as `<fileName>.xlsx` when clicked; the progress on the button, an error as a message. */
export function ExportWorkbook({
  fileName,
  sheets,
  testId,
}: {
  fileName: string;
  sheets: (() => XlsxSheet[]) | undefined;
  testId: string;
}) {
  const { t } = useTranslation('training');
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);
  const save = async (make: () => XlsxSheet[]) => {
    setExporting(true);
    try {
      downloadBlob(`${fileName}.xlsx`, await writeXlsxBook(make()));
    } catch (error) {
      message.error(errorMessage(error, t));
    } finally {
      setExporting(false);
    }
  };
  return (
    <Button
      disabled={!sheets}
      loading={exporting}
      onClick={() => sheets && void save(sheets)}
      data-neutral
      data-testid={testId}
    >
      {t('reports.export')}
    </Button>
  );
}
