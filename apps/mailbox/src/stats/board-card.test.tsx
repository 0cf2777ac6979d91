// @vitest-environment happy-dom
// The members' board's card on the statistics page: each figure under its name in both languages, the rate as a
// percentage, a dash when there is nothing to rate.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from '../testing/render';
import { BoardCard } from './board-card';

let drawn: ReturnType<typeof render> | undefined;
afterEach(() => drawn?.unmount());

const figures = { created: 6, answered: 4, answeredOnTime: 3, unanswered: 2, overdue: 1, onTimeRate: 0.6 };

/** Each figure's cell as its name and value. */
const cells = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>('[data-testid^="stats-board-"]')].map((cell) => [
    cell.querySelector('.ant-statistic-title')?.textContent,
    cell.querySelector('.ant-statistic-content')?.textContent,
  ]);

describe("the board's card", () => {
  it('names each figure in Chinese', () => {
    drawn = render(<BoardCard figures={figures} />);
    expect(drawn.container.querySelector('.ant-card-head')?.textContent).toBe('党员议事');
    expect(cells(drawn.container)).toEqual([
      ['议题数', '6'],
      ['已答复', '4'],
      ['按期答复', '3'],
      ['未答复', '2'],
      ['当前超期', '1'],
      ['按期答复率', '60.0%'],
    ]);
  });

  it('names each figure in English, with a dash for a rate of nothing', () => {
    const none = { created: 1, answered: 0, answeredOnTime: 0, unanswered: 1, overdue: 0, onTimeRate: null };
    drawn = render(<BoardCard figures={none} />, { language: 'en-US' });
    expect(drawn.container.querySelector('.ant-card-head')?.textContent).toBe("Members' board");
    expect(drawn.container.textContent).toContain('hidden ones are not counted');
    expect(cells(drawn.container)).toEqual([
      ['Topics', '1'],
      ['Answered', '0'],
      ['On time', '0'],
      ['Unanswered', '1'],
      ['Overdue now', '0'],
      ['On-time rate', '—'],
    ]);
  });
});
