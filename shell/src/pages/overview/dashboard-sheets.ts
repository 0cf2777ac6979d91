import type { WidgetData, WidgetFigureFormat } from '@strata/contract';

/** A card as the export reads it: its title, and its figures, or none when it could not be loaded. */
export type ExportedCard = { title: string; data: WidgetData | undefined };

export type SheetWords = {
  figuresSheet: string;
  unitsSheet: string;
  trendsSheet: string;
  card: string;
  figure: string;
  value: string;
  measure: string;
  caption: string;
  unit: string;
  unavailable: string;
  /** What each format is counted in ('%', '元', '小时'); a count has none. */
  measures: Record<WidgetFigureFormat, string>;
};

type Cell = string | number | null;

/** A figure as a number for the sheet: money in yuan (two decimals, from whole fen), the rest as it is. */
const sheetValue = (value: number | null, format: WidgetFigureFormat): Cell =>
  value === null ? null : format === 'fen' ? Math.round(value) / 100 : value;

/**
 * The dashboard's figures as three sheets: every card's figures (a card that could not be loaded says so); the units
 * below with each figure a card breaks down by unit, one column per figure, in the cards' order; each card's trend,
 * month by month.
 */
export function dashboardSheets(cards: readonly ExportedCard[], w: SheetWords) {
  const figures: Cell[][] = [];
  const columns: { title: string; card: number; figure: number; format: WidgetFigureFormat }[] = [];
  cards.forEach(({ title, data }, card) => {
    if (!data) {
      figures.push([title, w.unavailable, null, null, null]);
      return;
    }
    data.figures.forEach((f, figure) => {
      figures.push([title, f.label, sheetValue(f.value, f.format), w.measures[f.format] || null, data.caption ?? null]);
      if (data.children?.some((c) => c.values[figure] !== null && c.values[figure] !== undefined)) {
        const measure = w.measures[f.format];
        columns.push({
          title: `${title} · ${f.label}${measure ? ` (${measure})` : ''}`,
          card,
          figure,
          format: f.format,
        });
      }
    });
  });
  // The units below, in the order the first card naming each lists them.
  const units = new Map<number, { name: string; cells: Cell[] }>();
  for (const { data } of cards)
    for (const child of data?.children ?? [])
      if (!units.has(child.unitId)) units.set(child.unitId, { name: child.name, cells: columns.map(() => null) });
  columns.forEach((column, i) => {
    for (const child of cards[column.card]?.data?.children ?? []) {
      const row = units.get(child.unitId);
      if (row) row.cells[i] = sheetValue(child.values[column.figure] ?? null, column.format);
    }
  });
  const trends = cards.flatMap(({ title, data }) => (data?.trend ? [{ title, trend: data.trend }] : []));
  const months = [...new Set(trends.flatMap(({ trend }) => trend.months.map((m) => m.month)))].sort();
  const trendRows = trends.map(({ title, trend }) => {
    const measure = w.measures[trend.format];
    const byMonth = new Map(trend.months.map((m) => [m.month, m.value]));
    return [
      `${title} · ${trend.label}${measure ? ` (${measure})` : ''}`,
      ...months.map((month) => sheetValue(byMonth.get(month) ?? null, trend.format)),
    ];
  });
  return [
    { name: w.figuresSheet, header: [w.card, w.figure, w.value, w.measure, w.caption], body: figures },
    {
      name: w.unitsSheet,
      header: [w.unit, ...columns.map((c) => c.title)],
      body: [...units.values()].map((u) => [u.name, ...u.cells]),
    },
    { name: w.trendsSheet, header: [w.figure, ...months], body: trendRows },
  ];
}
