// What the statistics page shows and exports, apart from React: the periods it offers, the figures' columns (the
// letters' and the members' board's) and the workbook's sheets. Pure, so the tests read it without a page.
import type { TFunction } from 'i18next';
import type { RouterInputs, RouterOutputs } from '../trpc';

export type LetterStats = RouterOutputs['mailbox']['stats']['letters'];
export type StatsInput = RouterInputs['mailbox']['stats']['letters'];
export type Figures = LetterStats['totals'];
export type BoardFigures = LetterStats['board']['totals'];

export const periodPresets = ['thisMonth', 'lastMonth', 'thisYear', 'last12Months', 'lastYear'] as const;
export type PeriodPreset = (typeof periodPresets)[number];
export type Period = { from: string; to: string };

const pad = (n: number) => String(n).padStart(2, '0');
/** The last day of a month (month 1-12). */
const monthEnd = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A preset's first and last day, given today (YYYY-MM-DD in the organisation's zone). */
export function presetPeriod(preset: PeriodPreset, today: string): Period {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  switch (preset) {
    case 'thisMonth':
      return { from: `${today.slice(0, 7)}-01`, to: today };
    case 'lastMonth': {
      const [y, m] = month === 1 ? [year - 1, 12] : [year, month - 1];
      return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(monthEnd(y, m))}` };
    }
    case 'thisYear':
      return { from: `${year}-01-01`, to: today };
    case 'last12Months': {
      // From the day after the same day a year ago (29 February falls back to the 28th).
      const day = Math.min(Number(today.slice(8, 10)), monthEnd(year - 1, month));
      const start = new Date(Date.UTC(year - 1, month - 1, day + 1));
      return { from: start.toISOString().slice(0, 10), to: today };
    }
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  }
}

/** The figures a table shows and the workbook writes, in order. */
export const figureKeys = [
  'received',
  'answered',
  'onTime',
  'late',
  'open',
  'overdue',
  'rejected',
  'replyDays',
  'onTimeRate',
  'rated',
  'satisfactionRate',
] as const satisfies readonly (keyof Figures)[];
export type FigureKey = (typeof figureKeys)[number];

/** The board's figures, likewise. */
export const boardKeys = [
  'created',
  'answered',
  'answeredOnTime',
  'unanswered',
  'overdue',
  'onTimeRate',
] as const satisfies readonly (keyof BoardFigures)[];
export type BoardKey = (typeof boardKeys)[number];

export const isRate = (key: FigureKey | BoardKey) => key === 'onTimeRate' || key === 'satisfactionRate';

/** Figures of either kind: each a count, an average or a rate, or null when there is none. */
type Numbers<K extends string> = { [key in K]: number | null };

/** A rate as a percentage with one decimal ('87.5%'), or a dash when nothing was there to rate. */
export const percent = (rate: number | null) => (rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`);

/** A figure as a cell: rates as percentages, averages with one decimal, nothing as a dash. */
export function figureText<K extends FigureKey | BoardKey>(figures: Numbers<K>, key: K): string {
  const value = figures[key];
  if (isRate(key)) return percent(value as number | null);
  if (value === null) return '—';
  return key === 'replyDays' ? (value as number).toFixed(1) : String(value);
}

/** A figure for a spreadsheet: a number (a rate as a percentage with one decimal), empty when there is none. */
export function figureCell<K extends FigureKey | BoardKey>(figures: Numbers<K>, key: K): number | null {
  const value = figures[key];
  if (value === null || !isRate(key)) return value;
  return Math.round(value * 1000) / 10;
}

type Sheet = { name: string; header: string[]; body: (string | number | null)[][] };

/** The board's figures of each child unit, by its id (the letters' ranking and the board's list the same units). */
export const boardByUnit = (stats: LetterStats) => new Map(stats.board.children.map((c) => [c.unitId, c.figures]));

/**
 * The workbook: the figures of the unit, by kind, for each child unit, and month by month. The unit's and each child
 * unit's row carry the board's figures after the letters', under headers that name the board.
 */
export function statsSheets(stats: LetterStats, t: TFunction): Sheet[] {
  const rated = (name: string, key: FigureKey | BoardKey) => (isRate(key) ? `${name} (%)` : name);
  const header = figureKeys.map((k) => rated(t(`stats.figure.${k}`), k));
  const boardHeader = boardKeys.map((k) =>
    rated(t('stats.board.sheetColumn', { figure: t(`stats.board.figure.${k}`) }), k),
  );
  const boardCells = (figures: BoardFigures | undefined) =>
    boardKeys.map((k) => (figures ? figureCell(figures, k) : null));
  const board = boardByUnit(stats);
  return [
    {
      name: t('stats.sheet.summary'),
      header: [t('stats.column.unit'), t('stats.column.from'), t('stats.column.to'), ...header, ...boardHeader],
      body: [
        [
          stats.unit.name,
          stats.from,
          stats.to,
          ...figureKeys.map((k) => figureCell(stats.totals, k)),
          ...boardCells(stats.board.totals),
        ],
      ],
    },
    {
      name: t('stats.sheet.byKind'),
      header: [t('stats.column.kind'), ...header],
      body: stats.byKind.map((k) => [t(`kind.${k.kind}`), ...figureKeys.map((key) => figureCell(k.figures, key))]),
    },
    {
      name: t('stats.sheet.units'),
      header: [t('stats.column.unit'), ...header, ...boardHeader],
      body: stats.children.map((c) => [
        c.name,
        ...figureKeys.map((key) => figureCell(c.figures, key)),
        ...boardCells(board.get(c.unitId)),
      ]),
    },
    {
      name: t('stats.sheet.months'),
      header: [
        t('stats.column.month'),
        ...(['received', 'onTime', 'late', 'overdue', 'rejected'] as const).map((k) => t(`stats.figure.${k}`)),
      ],
      body: stats.months.map((m) => [m.month, m.received, m.onTime, m.late, m.overdue, m.rejected]),
    },
  ];
}
