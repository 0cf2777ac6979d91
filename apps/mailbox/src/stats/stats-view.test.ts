// The statistics page's periods and workbook (the letters' figures and the members' board's), without a page.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { mailbox as enUS } from '../i18n/en-US';
import { mailbox as zhCN } from '../i18n/zh-CN';
import {
  boardKeys,
  figureCell,
  figureKeys,
  figureText,
  type LetterStats,
  presetPeriod,
  statsSheets,
} from './stats-view';

describe('a preset period', () => {
  it('runs from its first day to today, or over the whole month or year before', () => {
    expect(presetPeriod('thisMonth', '2026-03-15')).toEqual({ from: '2026-03-01', to: '2026-03-15' });
    expect(presetPeriod('lastMonth', '2026-03-15')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetPeriod('lastMonth', '2026-01-10')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(presetPeriod('thisYear', '2026-03-15')).toEqual({ from: '2026-01-01', to: '2026-03-15' });
    expect(presetPeriod('lastYear', '2026-03-15')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('covers twelve months back to the day after the same day a year ago', () => {
    expect(presetPeriod('last12Months', '2026-03-15')).toEqual({ from: '2025-03-16', to: '2026-03-15' });
    expect(presetPeriod('last12Months', '2026-12-31')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    // 29 February 2028 a year back is 28 February 2027: the period starts on 1 March.
    expect(presetPeriod('last12Months', '2028-02-29')).toEqual({ from: '2027-03-01', to: '2028-02-29' });
  });
});

const figures = (received: number, onTimeRate: number | null) => ({
  received,
  answered: received,
  onTime: received,
  late: 0,
  open: 0,
  overdue: 0,
  rejected: 0,
  replyDays: received ? 2.5 : null,
  rated: 0,
  satisfied: 0,
  basic: 0,
  dissatisfied: 0,
  onTimeRate,
  satisfactionRate: null,
});

const board = (created: number, answered: number, answeredOnTime: number, overdue: number) => ({
  created,
  answered,
  answeredOnTime,
  unanswered: created - answered,
  overdue,
  onTimeRate: answered + overdue ? answeredOnTime / (answered + overdue) : null,
});

const stats: LetterStats = {
  unit: { id: 1, name: '江城市' },
  from: '2026-01-01',
  to: '2026-02-28',
  totals: figures(3, 0.875),
  overdueNow: 0,
  byKind: [
    { kind: 'consultation', figures: figures(3, 0.875) },
    { kind: 'complaint', figures: figures(0, null) },
    { kind: 'suggestion', figures: figures(0, null) },
    { kind: 'help', figures: figures(0, null) },
  ],
  children: [
    { unitId: 2, name: '城关镇', figures: figures(3, 0.875), overdueNow: 0 },
    { unitId: 3, name: '东湖街道', figures: figures(0, null), overdueNow: 0 },
  ],
  months: [
    { month: '2026-01', received: 2, onTime: 2, late: 0, overdue: 0, rejected: 0 },
    { month: '2026-02', received: 1, onTime: 1, late: 0, overdue: 0, rejected: 0 },
  ],
  // The municipality's own topic is on no child's board: 5 + 0 of the 6.
  board: {
    totals: board(6, 4, 3, 1),
    children: [
      { unitId: 2, name: '城关镇', figures: board(5, 3, 2, 1) },
      { unitId: 3, name: '东湖街道', figures: board(0, 0, 0, 0) },
    ],
  },
};

describe('a figure', () => {
  it('reads as a percentage, an average with one decimal, or a dash when there is none', () => {
    expect(figureText(stats.totals, 'onTimeRate')).toBe('87.5%');
    expect(figureText(stats.totals, 'replyDays')).toBe('2.5');
    expect(figureText(figures(0, null), 'replyDays')).toBe('—');
    expect(figureText(figures(0, null), 'onTimeRate')).toBe('—');
    expect(figureCell(stats.totals, 'onTimeRate')).toBe(87.5);
    expect(figureCell(figures(0, null), 'onTimeRate')).toBeNull();
    // Rounded once, from the service's exact share: 10 of 81 is 12.35…%.
    expect(figureText(figures(0, 10 / 81), 'onTimeRate')).toBe('12.3%');
  });

  it('reads the same way for the board', () => {
    expect(boardKeys.map((k) => figureText(stats.board.totals, k))).toEqual(['6', '4', '3', '2', '1', '60.0%']);
    expect(figureText(board(1, 0, 0, 0), 'onTimeRate')).toBe('—');
    expect(figureCell(board(3, 2, 1, 1), 'onTimeRate')).toBe(33.3);
  });
});

describe.each([
  ['zh-CN', zhCN, '汇总', '按期答复率 (%)', ['党员议事·议题数', '党员议事·按期答复率 (%)']],
  ['en-US', enUS, 'Summary', 'On-time rate (%)', ['Board: Topics', 'Board: On-time rate (%)']],
] as const)('the workbook in %s', (lng, words, summary, rate, boardHeader) => {
  const sheetsIn = async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng, resources: { [lng]: { mailbox: words } }, defaultNS: 'mailbox' });
    return statsSheets(stats, i18n.getFixedT(lng, 'mailbox'));
  };

  it('holds the summary, the kinds, the units below and the months', async () => {
    const sheets = await sheetsIn();
    expect(sheets.map((s) => s.body.length)).toEqual([1, 4, 2, 2]);
    expect(sheets[0]?.name).toBe(summary);
    expect(sheets[0]?.header).toContain(rate);
    expect(sheets[0]?.body[0]?.slice(0, 3 + figureKeys.length)).toEqual([
      '江城市',
      '2026-01-01',
      '2026-02-28',
      ...[3, 3, 3, 0, 0, 0, 0, 2.5, 87.5, 0, null],
    ]);
    expect(sheets[3]?.body[0]).toEqual(['2026-01', 2, 2, 0, 0, 0]);
  });

  it("puts the board's figures after the letters', for the unit and each unit below, under its name", async () => {
    const [summarySheet, , units] = await sheetsIn();
    const letters = 1 + figureKeys.length;
    expect(summarySheet?.header).toHaveLength(3 + figureKeys.length + boardKeys.length);
    const boardColumns = summarySheet?.header.slice(3 + figureKeys.length);
    expect([boardColumns?.[0], boardColumns?.at(-1)]).toEqual(boardHeader);
    expect(units?.header.slice(letters)).toEqual(boardColumns);
    expect(summarySheet?.body[0]?.slice(3 + figureKeys.length)).toEqual([6, 4, 3, 2, 1, 60]);
    expect(units?.body.map((row) => row.slice(letters))).toEqual([
      [5, 3, 2, 2, 1, 50],
      [0, 0, 0, 0, 0, null],
    ]);
  });
});
