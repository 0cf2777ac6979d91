import { describe, expect, it } from 'vitest';
import { widgets } from './home-widgets';
import type { RouterOutputs } from './trpc';

type Letters = RouterOutputs['mailbox']['letters']['list'];
type Letter = Letters['items'][number];
type Topics = RouterOutputs['mailbox']['board']['list'];
type Topic = Topics['items'][number];

const letter = (id: number, dueDate: string, deadline: Letter['deadline'], unitName = '城关镇'): Letter => ({
  id,
  number: `2026-${String(id).padStart(6, '0')}`,
  kind: 'complaint',
  title: `来信 ${id}`,
  status: 'accepted',
  unitId: 7,
  unitName,
  siteUnitId: 7,
  receivedAt: '2026-11-20T02:00:00.000Z',
  dueDate,
  dueAt: `${dueDate}T16:00:00.000Z`,
  deadline,
  escalatedTo: null,
  extensionState: 'none',
});
const page = <T>(items: T[], total: number, totalIsBound = false) => ({ items, total, totalIsBound });

/** A fake of the caller's API: each path's answer for the input it was asked with, and what was asked, in order. */
function api(answer: (path: string, input: Record<string, unknown>) => unknown) {
  const asked: unknown[] = [];
  const query = async (path: string, input: unknown) => {
    asked.push([path, input]);
    return answer(path, input as Record<string, unknown>);
  };
  return { asked, query };
}

describe('the handler’s letter queue', () => {
  const queue: Record<string, Letters> = {
    open: page(
      [
        letter(11, '2026-11-27', 'overdue', '城关一支部'),
        letter(12, '2026-11-30', 'dueSoon'),
        letter(13, '2026-12-08', 'onTime'),
      ],
      12,
    ),
    overdue: page([letter(11, '2026-11-27', 'overdue', '城关一支部')], 2),
    dueSoon: page([letter(12, '2026-11-30', 'dueSoon')], 4),
  };

  it('counts the queue’s open, overdue and due-soon views at the unit and lists the letters due first', async () => {
    const { asked, query } = api((_, input) => queue[input.view as string]);
    const data = await widgets.queue?.load({ unitId: 7, locale: 'zh-CN', today: '2026-11-29', query });
    expect(asked).toEqual([
      ['mailbox.letters.list', { unitId: 7, view: 'open', pageSize: 5 }],
      ['mailbox.letters.list', { unitId: 7, view: 'overdue', pageSize: 1 }],
      ['mailbox.letters.list', { unitId: 7, view: 'dueSoon', pageSize: 1 }],
    ]);
    // The figures are the views' own totals, as the letter list shows them.
    expect(data?.figures).toEqual([
      { label: '待办', value: 12, format: 'count' },
      { label: '已超期', value: 2, format: 'count' },
      { label: '即将到期', value: 4, format: 'count' },
    ]);
    expect(data?.list).toEqual({
      label: '最先到期',
      empty: '没有待办来信',
      items: [
        { title: '来信 11', path: '/mailbox/letters/11', meta: '2026年11月27日 · 城关一支部', tone: 'danger' },
        { title: '来信 12', path: '/mailbox/letters/12', meta: '2026年11月30日 · 城关镇', tone: 'warning' },
        { title: '来信 13', path: '/mailbox/letters/13', meta: '2026年12月8日 · 城关镇', tone: undefined },
      ],
    });
    expect(data?.link).toEqual({ label: '查看全部', path: '/mailbox/letters' });
  });

  it('says when the queue is empty, and when a view stopped counting at the list’s bound, in English', async () => {
    const { query } = api((_, input) =>
      input.view === 'overdue' ? page([letter(11, '2026-11-27', 'overdue')], 10_000, true) : page([], 0),
    );
    const data = await widgets.queue?.load({ unitId: 7, locale: 'en-US', today: '2026-11-29', query });
    expect(data?.figures).toEqual([
      { label: 'To do', value: 0, format: 'count' },
      { label: 'Overdue', value: 10_000, format: 'count', atLeast: true },
      { label: 'Due soon', value: 0, format: 'count' },
    ]);
    expect(data?.list).toEqual({ label: 'Due first', empty: 'No letters to do', items: [] });
  });

  it('writes the due date in English too, beside the unit', async () => {
    const { query } = api(() => page([letter(11, '2026-11-27', 'overdue')], 1));
    const data = await widgets.queue?.load({ unitId: 7, locale: 'en-US', today: '2026-11-29', query });
    expect(data?.list?.items[0]?.meta).toBe('Nov 27, 2026 · 城关镇');
  });
});

const topic = (id: number, answer: Topic['answer'], answerDueDate = '2026-12-02'): Topic => ({
  id,
  unitId: 8,
  unitName: '城关一支部',
  title: `议题 ${id}`,
  authorName: '张党员',
  createdAt: '2026-11-26T02:00:00.000Z',
  lastPostAt: '2026-11-26T02:00:00.000Z',
  replies: 0,
  answerDays: 3,
  answerDueDate,
  answerDueAt: `${answerDueDate}T16:00:00.000Z`,
  answeredAt: answer === 'answeredOnTime' || answer === 'answeredLate' ? '2026-11-27T02:00:00.000Z' : null,
  answer,
  pinned: false,
  closed: false,
  held: false,
  hidden: false,
});

describe('the member’s own topics', () => {
  const mine: Record<string, Topics> = {
    all: page(
      [
        topic(21, 'dueSoon', '2026-11-30'),
        topic(22, 'onTime'),
        topic(23, 'answeredLate'),
        topic(24, 'overdue', '2026-11-20'),
        topic(25, 'answeredOnTime'),
      ],
      9,
    ),
    answered: page([topic(23, 'answeredLate')], 6),
    unanswered: page([topic(21, 'dueSoon', '2026-11-30')], 3),
  };

  it('asks the board for the caller’s own topics at the unit, counts them, the answered and those awaiting one', async () => {
    const { asked, query } = api((_, input) => mine[input.state as string]);
    const data = await widgets.topics?.load({ unitId: 8, locale: 'zh-CN', today: '2026-11-29', query });
    // "me" is the session's user on the server: the card never names an author.
    expect(asked).toEqual([
      ['mailbox.board.list', { unitId: 8, author: 'me', state: 'all', pageSize: 5 }],
      ['mailbox.board.list', { unitId: 8, author: 'me', state: 'answered', pageSize: 1 }],
      ['mailbox.board.list', { unitId: 8, author: 'me', state: 'unanswered', pageSize: 1 }],
    ]);
    expect(data?.figures).toEqual([
      { label: '我发起的', value: 9, format: 'count' },
      { label: '已答复', value: 6, format: 'count' },
      { label: '待答复', value: 3, format: 'count' },
    ]);
    expect(data?.list?.label).toBe('最近的议题');
    expect(data?.list?.items).toEqual([
      { title: '议题 21', path: '/mailbox/board/21', meta: '2026年11月30日前答复', tone: 'warning' },
      { title: '议题 22', path: '/mailbox/board/22', meta: '2026年12月2日前答复', tone: undefined },
      { title: '议题 23', path: '/mailbox/board/23', meta: '已答复', tone: 'success' },
      { title: '议题 24', path: '/mailbox/board/24', meta: '已超期', tone: 'danger' },
      { title: '议题 25', path: '/mailbox/board/25', meta: '已答复', tone: 'success' },
    ]);
    expect(data?.link).toEqual({ label: '查看全部', path: '/mailbox/board?author=me' });
  });

  it('answers a member who started no topic with zeros and an empty list, not null, in English', async () => {
    const { query } = api(() => page([], 0));
    const data = await widgets.topics?.load({ unitId: 8, locale: 'en-US', today: '2026-11-29', query });
    expect(data).not.toBeNull();
    expect(data?.figures.map((f) => [f.label, f.value])).toEqual([
      ['Mine', 0],
      ['Answered', 0],
      ['Awaiting an answer', 0],
    ]);
    expect(data?.list).toEqual({ label: 'Latest topics', empty: 'No topics yet', items: [] });
  });

  it('writes the answer’s due date in English', async () => {
    const { query } = api(() => page([topic(21, 'onTime', '2026-12-02')], 1));
    const data = await widgets.topics?.load({ unitId: 8, locale: 'en-US', today: '2026-11-29', query });
    expect(data?.list?.items[0]?.meta).toBe('Answer due Dec 2, 2026');
  });
});
