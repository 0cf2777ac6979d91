// The mailbox remote's cards on the user's own page (those services/mailbox/src/team.ts marks with a `home`): data the
// shell draws, built alone into one file like widgets.ts (nothing imported at run time but pure helpers bundled in),
// and fetched only when that page is shown.
import {
  type WidgetContext,
  type WidgetData,
  type WidgetFigure,
  type WidgetItem,
  type WidgetModule,
  widgetWords,
} from '@strata/contract';
import type { RouterOutputs } from './trpc';

type Letters = RouterOutputs['mailbox']['letters']['list'];
type Topics = RouterOutputs['mailbox']['board']['list'];

/** The words of the handler's queue and of the member's own topics, as 来信办理 and 党员议事 say them. */
const ownWords = {
  'zh-CN': {
    open: '待办',
    overdue: '已超期',
    dueSoon: '即将到期',
    dueFirst: '最先到期',
    noLetter: '没有待办来信',
    topics: '我发起的',
    answered: '已答复',
    waiting: '待答复',
    latest: '最近的议题',
    noTopic: '还没有发起议题',
    answerBy: (day: string) => `${day}前答复`,
    all: '查看全部',
  },
  'en-US': {
    open: 'To do',
    overdue: 'Overdue',
    dueSoon: 'Due soon',
    dueFirst: 'Due first',
    noLetter: 'No letters to do',
    topics: 'Mine',
    answered: 'Answered',
    waiting: 'Awaiting an answer',
    latest: 'Latest topics',
    noTopic: 'No topics yet',
    answerBy: (day: string) => `Answer due ${day}`,
    all: 'See all',
  },
};

/** A calendar day (YYYY-MM-DD) as the lists write it: the same day in every zone. */
const dayIn = (locale: string, day: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString(locale, { dateStyle: 'medium', timeZone: 'UTC' });

/** A list's total as a count (at least the bound, where the list stopped counting). */
const total = (label: string, page: { total: number; totalIsBound: boolean }): WidgetFigure => ({
  label,
  value: page.total,
  format: 'count',
  ...(page.totalIsBound && { atLeast: true }),
});

/** How urgent an open letter's or an unanswered topic's deadline is (the same state names on both lists). */
const tones: Record<string, WidgetItem['tone']> = { overdue: 'danger', dueSoon: 'warning' };

/**
 * What waits for a handler at the unit's subtree: the letter queue's open letters (letters.list, its default view),
 * with its overdue and due-soon views counted, and the five due first. Letters are handled by units, never assigned
 * to a person, so it is the unit's queue.
 */
async function queue({ unitId, locale, query }: WidgetContext): Promise<WidgetData> {
  const w = widgetWords(ownWords, locale);
  const list = (view: string, pageSize: number) =>
    query('mailbox.letters.list', { unitId, view, pageSize }) as Promise<Letters>;
  const [open, overdue, dueSoon] = await Promise.all([list('open', 5), list('overdue', 1), list('dueSoon', 1)]);
  return {
    figures: [total(w.open, open), total(w.overdue, overdue), total(w.dueSoon, dueSoon)],
    list: {
      label: w.dueFirst,
      empty: w.noLetter,
      items: open.items.map((l) => ({
        title: l.title,
        path: `/mailbox/letters/${l.id}`,
        meta: `${dayIn(locale, l.dueDate)} · ${l.unitName}`,
        tone: tones[l.deadline],
      })),
    },
    link: { label: w.all, path: '/mailbox/letters' },
  };
}

/**
 * The topics the member started on the boards of the unit's subtree (board.list's "mine": the session's user, as
 * the board page lists them), answered and awaiting an answer, and the five the board lists first.
 */
async function topics({ unitId, locale, query }: WidgetContext): Promise<WidgetData> {
  const w = widgetWords(ownWords, locale);
  const list = (state: string, pageSize: number) =>
    query('mailbox.board.list', { unitId, author: 'me', state, pageSize }) as Promise<Topics>;
  const [all, answered, waiting] = await Promise.all([list('all', 5), list('answered', 1), list('unanswered', 1)]);
  return {
    figures: [total(w.topics, all), total(w.answered, answered), total(w.waiting, waiting)],
    list: {
      label: w.latest,
      empty: w.noTopic,
      items: all.items.map((t) => ({
        title: t.title,
        path: `/mailbox/board/${t.id}`,
        meta: t.answeredAt
          ? w.answered
          : t.answer === 'overdue'
            ? w.overdue
            : w.answerBy(dayIn(locale, t.answerDueDate)),
        tone: t.answeredAt ? 'success' : tones[t.answer],
      })),
    },
    link: { label: w.all, path: '/mailbox/board?author=me' },
  };
}

export const widgets: WidgetModule['widgets'] = {
  queue: { load: queue },
  topics: { load: topics },
};
