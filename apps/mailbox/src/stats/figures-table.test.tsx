// @vitest-environment happy-dom
// The ranking of the units below: the letters' figures and the members' board's under their own headings, in both
// languages, each unit's board figures on its own row, sortable by a board figure, a name opening that unit.
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '../testing/render';
import { type FiguresRow, FiguresTable } from './figures-table';
import { boardKeys, figureKeys } from './stats-view';

let drawn: ReturnType<typeof render> | undefined;
afterEach(() => drawn?.unmount());

const letters = (received: number) => ({
  received,
  answered: received,
  onTime: received,
  late: 0,
  open: 0,
  overdue: 0,
  rejected: 0,
  replyDays: received ? 1.5 : null,
  rated: 0,
  satisfied: 0,
  basic: 0,
  dissatisfied: 0,
  onTimeRate: received ? 1 : null,
  satisfactionRate: null,
});

const rows: FiguresRow[] = [
  {
    key: 11,
    name: '第一支部',
    figures: letters(3),
    board: { created: 2, answered: 1, answeredOnTime: 1, unanswered: 1, overdue: 0, onTimeRate: 1 },
  },
  {
    key: 12,
    name: '第二支部',
    figures: letters(1),
    board: { created: 4, answered: 1, answeredOnTime: 0, unanswered: 3, overdue: 2, onTimeRate: 0 },
  },
];

const headings = (container: HTMLElement) =>
  [...container.querySelectorAll('thead tr')].map((tr) => [...tr.querySelectorAll('th')].map((th) => th.textContent));
/** Each body row's name and its last cells (the board's), in the order shown. */
const bodyRows = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>('tbody tr.ant-table-row')].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent),
  );

describe('the ranking with the board', () => {
  it("heads the letters' and the board's columns apart, and shows each unit's board figures", () => {
    drawn = render(<FiguresTable rows={rows} nameTitle="单位" withBoard testId="ranking" />);
    const [groups, figures] = headings(drawn.container);
    expect(groups).toEqual(['单位', '来信', '党员议事']);
    expect(figures?.slice(-boardKeys.length)).toEqual([
      '议题数',
      '已答复',
      '按期答复',
      '未答复',
      '当前超期',
      '按期答复率',
    ]);
    expect(figures).toHaveLength(figureKeys.length + boardKeys.length);
    expect(bodyRows(drawn.container).map((r) => [r[0], ...r.slice(-boardKeys.length)])).toEqual([
      ['第一支部', '2', '1', '1', '1', '0', '100.0%'],
      ['第二支部', '4', '1', '0', '3', '2', '0.0%'],
    ]);
  });

  it('sorts by a board figure, and opens a unit by its name', async () => {
    const onOpen = vi.fn();
    drawn = render(<FiguresTable rows={rows} nameTitle="Unit" withBoard onOpen={onOpen} testId="ranking" />, {
      language: 'en-US',
    });
    expect(headings(drawn.container)[0]).toEqual(['Unit', 'Letters', "Members' board"]);
    const overdue = [...drawn.container.querySelectorAll<HTMLElement>('thead th')].filter(
      (th) => th.textContent === 'Overdue now',
    );
    // The letters' "Overdue now" comes first, then the board's.
    expect(overdue).toHaveLength(2);
    const names = () => bodyRows(drawn!.container).map((r) => r[0]);
    // Ascending, then descending: the board's overdue (0, 2) decides, where the letters' (0, 0) could not.
    await act(async () => overdue[1]?.click());
    expect(names()).toEqual(['第一支部', '第二支部']);
    await act(async () => overdue[1]?.click());
    expect(names()).toEqual(['第二支部', '第一支部']);
    await act(async () => drawn!.container.querySelector<HTMLButtonElement>('tbody button')?.click());
    expect(onOpen).toHaveBeenCalledWith(12);
  });
});

describe('the kinds table', () => {
  it("has the letters' figures only, under one row of headings", () => {
    drawn = render(<FiguresTable rows={rows.map(({ board, ...row }) => row)} nameTitle="类型" testId="kinds" />);
    expect(headings(drawn.container)).toEqual([
      [
        '类型',
        '收信',
        '已答复',
        '按期答复',
        '超期答复',
        '办理中',
        '当前超期',
        '不予受理',
        '平均答复用时',
        '按期答复率',
        '已评价',
        '满意率',
      ],
    ]);
    expect(drawn.container.textContent).not.toContain('党员议事');
  });
});
