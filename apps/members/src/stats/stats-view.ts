// What the statistics page shows and exports, apart from React: each dimension's figures in the reader's words (the
// live figures and a year's frozen ones alike), the charts' options, and the annual tables as rows and columns that
// the page draws and the workbook writes alike. Pure, so the tests read it without a page.
import { type ExportColumn, exportMatrix, type XlsxSheet } from '@strata/ui/list-page';
import type { TFunction } from 'i18next';
import type { LiveStats, MemberCounts, SnapshotTables } from '../common/api-types';
import { ethnicityName } from '../common/domain-values';

/** The dimensions members are counted by, in the order the page and the tables show them. */
export const breakdownKeys = [
  'stage',
  'gender',
  'ethnicity',
  'education',
  'occupation',
  'ageBand',
  'yearsBand',
] as const;
export type BreakdownKey = (typeof breakdownKeys)[number];

/** One item of a dimension: its count and its share of everyone counted (null when nobody is). */
export type FigureRow = { key: string; label: string; count: number; share: number | null };
export type Breakdown = { key: BreakdownKey; title: string; total: number; rows: FigureRow[] };

type Counted = { key: string; count: number };

/** Ethnic groups as the annual tables count them: Han, the minorities together (02-56), and the rest (97, 98). */
export const ethnicityGroupKeys = ['han', 'minority', 'other'] as const;
const hanCode = '01';
const groupOf = (code: string) => (code === hanCode ? 'han' : code > hanCode && code <= '56' ? 'minority' : 'other');

export function ethnicityGroups(byEthnicity: readonly Counted[]): Counted[] {
  const sums = { han: 0, minority: 0, other: 0 };
  for (const { key, count } of byEthnicity) sums[groupOf(key)] += count;
  return ethnicityGroupKeys.map((key) => ({ key, count: sums[key] }));
}

function countedBy(counts: MemberCounts, key: BreakdownKey): readonly Counted[] {
  switch (key) {
    case 'stage':
      return counts.byStage;
    case 'gender':
      return counts.byGender;
    case 'ethnicity':
      return ethnicityGroups(counts.byEthnicity);
    case 'education':
      return counts.byEducation;
    case 'occupation':
      return counts.byOccupation;
    case 'ageBand':
      return counts.byAgeBand;
    case 'yearsBand':
      return counts.byYearsBand;
  }
}

function itemLabel(key: BreakdownKey, item: string, t: TFunction, language: string): string {
  switch (key) {
    case 'ethnicity':
      return item === 'han' ? ethnicityName(hanCode, language) : t(`stats.ethnicityGroup.${item}`);
    case 'ageBand':
    case 'yearsBand':
      return t(`stats.${key}.${item}`);
    default:
      // The registry's own words for the codes: stage, gender, education, occupation.
      return t(`${key}.${item}`);
  }
}

const shareOf = (count: number, total: number) => (total > 0 ? count / total : null);

/** One dimension's figures in the reader's words, each with its share of the total counted. */
export function breakdownOf(counts: MemberCounts, key: BreakdownKey, t: TFunction, language: string): Breakdown {
  return {
    key,
    title: t(`stats.breakdown.${key}`),
    total: counts.total,
    rows: countedBy(counts, key).map((c) => ({
      key: c.key,
      label: itemLabel(key, c.key, t, language),
      count: c.count,
      share: shareOf(c.count, counts.total),
    })),
  };
}

export const breakdownsOf = (counts: MemberCounts, t: TFunction, language: string) =>
  breakdownKeys.map((key) => breakdownOf(counts, key, t, language));

/** A share as a percentage with one decimal ('66.7%'), a dash when nobody was counted. */
export const percent = (share: number | null) =>
  share === null ? '—' : `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
/** A share for a spreadsheet: the percentage with one decimal, empty when nobody was counted. */
export const percentCell = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

// ---- Charts ---------------------------------------------------------------------------------------------------------

/** Two or three parts of a whole read best as a ring; the others as bars. */
const ringKeys: readonly BreakdownKey[] = ['gender', 'ethnicity'];

/** What a chart shows, for screen readers: its title and every item's count. */
export const chartLabel = (breakdown: Breakdown, t: TFunction, language: string) =>
  t('stats.chartLabel', {
    title: breakdown.title,
    figures: new Intl.ListFormat(language, { type: 'conjunction', style: 'long' }).format(
      breakdown.rows.map((r) => `${r.label} ${r.count}`),
    ),
  });

/** A chart's height: a ring's fixed, bars' by how many there are (each bar readable on a phone). */
export const chartHeight = (breakdown: Breakdown) =>
  ringKeys.includes(breakdown.key) ? 240 : Math.max(180, breakdown.rows.length * 30 + 40);

/** ECharts' option for a dimension: a ring for gender and ethnicity, horizontal bars (long names fit) otherwise. */
export function chartOption(breakdown: Breakdown) {
  const data = breakdown.rows.map((r) => ({ name: r.label, value: r.count }));
  if (ringKeys.includes(breakdown.key))
    return {
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      legend: { bottom: 0 },
      series: [
        {
          name: breakdown.title,
          type: 'pie',
          radius: ['40%', '68%'],
          center: ['50%', '44%'],
          label: { show: false },
          data,
        },
      ],
    };
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    // Few ticks, none drawn over another: the counts run to thousands in a narrow card.
    xAxis: { type: 'value', minInterval: 1, splitNumber: 3, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'category', inverse: true, data: data.map((d) => d.name) },
    series: [{ name: breakdown.title, type: 'bar', data: data.map((d) => d.value), color: '#c41d1d' }],
  };
}

// ---- Tables (the page's and the workbook's) -------------------------------------------------------------------------

/**
 * A column: its title and its cell in a workbook (`value`), its cell on the page (`text`, the value when left out),
 * numbers aligned right; `grouped` cells span the rows below that read the same.
 */
export type ReportColumn<Row> = ExportColumn<Row> & {
  key: string;
  text?: (row: Row) => string;
  numeric?: boolean;
  grouped?: boolean;
};
export type ReportTable<Row = never> = {
  key: string;
  title: string;
  columns: ReportColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
};
// A list of tables of different rows: each is read through its own columns only.
// biome-ignore lint/suspicious/noExplicitAny: the rows of each table meet only its own columns.
export type AnyReportTable = ReportTable<any>;

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

const countColumns = <Row extends { count: number; share: number | null }>(t: TFunction): ReportColumn<Row>[] => [
  { key: 'count', title: t('stats.column.count'), value: (r) => r.count, numeric: true },
  {
    key: 'share',
    title: t('stats.column.sharePercent'),
    value: (r) => percentCell(r.share),
    text: (r) => percent(r.share),
    numeric: true,
  },
];

/** The table beside a chart: each item, its count and share. */
export function breakdownTable(breakdown: Breakdown, t: TFunction): ReportTable<FigureRow> {
  return {
    key: breakdown.key,
    title: breakdown.title,
    columns: [{ key: 'item', title: breakdown.title, value: (r) => r.label }, ...countColumns<FigureRow>(t)],
    rows: breakdown.rows,
    rowKey: (r) => r.key,
  };
}

type CompositionRow = FigureRow & { dimension: string; id: string; now?: number };

/**
 * Every dimension's items in one table, as the annual report lists them; with `now` (the live figures of the same
 * unit), each item's count today and the change since.
 */
export function compositionTable(
  counts: MemberCounts,
  t: TFunction,
  language: string,
  now?: MemberCounts,
): ReportTable<CompositionRow> {
  const live =
    now && new Map(breakdownsOf(now, t, language).flatMap((b) => b.rows.map((r) => [`${b.key}.${r.key}`, r])));
  const rows = breakdownsOf(counts, t, language).flatMap((b) =>
    b.rows.map((r) => {
      const id = `${b.key}.${r.key}`;
      return { ...r, id, dimension: b.title, ...(live && { now: live.get(id)?.count ?? 0 }) };
    }),
  );
  const compared: ReportColumn<CompositionRow>[] = live
    ? [
        { key: 'now', title: t('stats.column.now'), value: (r) => r.now, numeric: true },
        {
          key: 'change',
          title: t('stats.column.change'),
          value: (r) => (r.now ?? 0) - r.count,
          text: (r) => signed((r.now ?? 0) - r.count),
          numeric: true,
        },
      ]
    : [];
  return {
    key: 'composition',
    title: t('stats.report.composition'),
    columns: [
      { key: 'dimension', title: t('stats.column.dimension'), value: (r) => r.dimension, grouped: true },
      { key: 'item', title: t('stats.column.item'), value: (r) => r.label },
      ...countColumns<CompositionRow>(t),
      ...compared,
    ],
    rows,
    rowKey: (r) => r.id,
  };
}

type ItemRow = { key: string; label: string; count: number };

/** What happened during the year: admitted, converted, left, and those who left by status. */
export function duringTable(during: SnapshotTables['during'], t: TFunction): ReportTable<ItemRow> {
  const r = (key: string) => t(`stats.report.${key}`);
  return {
    key: 'during',
    title: r('during'),
    columns: [
      { key: 'item', title: t('stats.column.item'), value: (row) => row.label },
      { key: 'count', title: t('stats.column.count'), value: (row) => row.count, numeric: true },
    ],
    rows: [
      { key: 'admitted', label: r('admitted'), count: during.admitted },
      { key: 'converted', label: r('converted'), count: during.converted },
      { key: 'left', label: r('left'), count: during.left },
      ...during.leftByStatus.map((s) => ({
        key: `left.${s.key}`,
        label: t('stats.report.leftBy', { status: t(`status.${s.key}`) }),
        count: s.count,
      })),
    ],
    rowKey: (row) => row.key,
  };
}

type StageCounts = { byStage: readonly Counted[] };
const stageColumns = <Row extends StageCounts>(stages: readonly string[], t: TFunction): ReportColumn<Row>[] =>
  stages.map((stage) => ({
    key: `stage.${stage}`,
    title: t(`stage.${stage}`),
    value: (row) => row.byStage.find((s) => s.key === stage)?.count ?? 0,
    numeric: true,
  }));

type SnapshotUnit = SnapshotTables['children'][number];

/** Each child unit's whole subtree on the day: on the registry, by stage, and admitted, converted, left in the year. */
export function snapshotUnitsTable(tables: SnapshotTables, t: TFunction): ReportTable<SnapshotUnit> {
  const n = (key: 'admitted' | 'converted' | 'left'): ReportColumn<SnapshotUnit> => ({
    key,
    title: t(`stats.report.${key}`),
    value: (row) => row[key],
    numeric: true,
  });
  return {
    key: 'units',
    title: t('stats.report.units'),
    columns: [
      { key: 'unit', title: t('stats.column.unit'), value: (row) => row.name },
      { key: 'members', title: t('stats.column.members'), value: (row) => row.members, numeric: true },
      ...stageColumns<SnapshotUnit>(
        tables.members.byStage.map((s) => s.key),
        t,
      ),
      n('admitted'),
      n('converted'),
      n('left'),
    ],
    rows: tables.children,
    rowKey: (row) => String(row.unitId),
  };
}

type LiveUnit = LiveStats['children'][number];
/** The period's flows, in the order the page and the table show them. */
export const liveFlowKeys = ['recruited', 'converted', 'transferredIn', 'transferredOut', 'left'] as const;

/** Each child unit's whole subtree now: on the registry, by stage, and what moved in the period. */
export function liveUnitsTable(stats: LiveStats, t: TFunction): ReportTable<LiveUnit> {
  return {
    key: 'units',
    title: t('stats.children'),
    columns: [
      { key: 'unit', title: t('stats.column.unit'), value: (row) => row.name },
      { key: 'members', title: t('stats.column.members'), value: (row) => row.members, numeric: true },
      ...stageColumns<LiveUnit>(
        stats.members.byStage.map((s) => s.key),
        t,
      ),
      ...liveFlowKeys.map(
        (key): ReportColumn<LiveUnit> => ({
          key,
          title: t(`stats.flow.${key}`),
          value: (row) => row.flows[key],
          numeric: true,
        }),
      ),
    ],
    rows: stats.children,
    rowKey: (row) => String(row.unitId),
  };
}

/** A year's annual tables for a unit's subtree, as the page shows them (with `now`, compared with today's). */
export const snapshotReport = (
  tables: SnapshotTables,
  t: TFunction,
  language: string,
  now?: MemberCounts,
): AnyReportTable[] => [
  compositionTable(tables.members, t, language, now),
  duringTable(tables.during, t),
  snapshotUnitsTable(tables, t),
];

/** The workbook of a year's annual tables: one sheet per table, in the reader's language, never compared. */
export const snapshotSheets = (tables: SnapshotTables, t: TFunction, language: string): XlsxSheet[] =>
  snapshotReport(tables, t, language).map((table) => ({
    name: table.title,
    ...exportMatrix<unknown>(table.columns, table.rows),
  }));

/** A cell as the page shows it. */
export function cellText<Row>(column: ReportColumn<Row>, row: Row, language: string): string {
  if (column.text) return column.text(row);
  const value = column.value(row);
  if (value === null || value === undefined) return '—';
  // Counts read as the page's other figures do (1,258), the workbook keeps the numbers themselves.
  return typeof value === 'number' ? value.toLocaleString(language) : String(value);
}

/** How many rows a `grouped` column's cell spans at `index`: the run of equal values it starts, 0 inside one. */
export function groupSpan<Row>(column: ReportColumn<Row>, rows: readonly Row[], index: number): number {
  const row = rows[index];
  if (row === undefined) return 1;
  const value = column.value(row);
  const before = rows[index - 1];
  if (index > 0 && before !== undefined && column.value(before) === value) return 0;
  let span = 1;
  for (let i = index + 1; i < rows.length && column.value(rows[i] as Row) === value; i++) span++;
  return span;
}
