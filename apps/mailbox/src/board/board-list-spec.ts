// The board's list state in the URL (the list kit's spec): the state, the caller's own topics only, and words of a
// title, so a filtered board
// survives a reload and can be sent to another member. A bad value reads as its default.
import { largestPageSize } from '@strata/ui';
import { type FilterShape, type ListQuery, type ListQuerySpec, oneOfParam, textParam } from '@strata/ui/list-page';
import type { RouterInputs, RouterOutputs } from '../trpc';

export type TopicListInput = RouterInputs['mailbox']['board']['list'];
export type TopicRow = RouterOutputs['mailbox']['board']['list']['items'][number];
export type Topic = RouterOutputs['mailbox']['board']['get'];
export type TopicState = NonNullable<TopicListInput['state']>;
export type AnswerState = TopicRow['answer'];

/** The states as the switch shows them; `held` and `hidden` only to those who moderate here. */
export const topicStates = [
  'all',
  'open',
  'unanswered',
  'answered',
  'overdue',
  'closed',
  'held',
  'hidden',
] as const satisfies readonly TopicState[];
const moderatorStates: readonly TopicState[] = ['held', 'hidden'];

/** The states a reader is offered. */
export const statesFor = (moderates: boolean): TopicState[] =>
  topicStates.filter((s) => moderates || !moderatorStates.includes(s));

export const boardListSpec = {
  /** `author=me`: the caller's own topics (the server reads who that is from the session). */
  filters: { state: oneOfParam(topicStates), author: oneOfParam(['me'] as const), q: textParam({ max: 50 }) },
  sorts: [],
} satisfies ListQuerySpec<FilterShape, never>;

type BoardListQuery = ListQuery<(typeof boardListSpec)['filters'], never>;

/** The `mailbox.board.list` input for the URL's state, for the unit the switcher points at (and its subtree). */
export function toTopicListInput(query: BoardListQuery, unitId: number): TopicListInput {
  const { state, author, q } = query.filters;
  return {
    unitId,
    state: state ?? 'all',
    ...(author && { author }),
    ...(q && { q }),
    page: query.page,
    pageSize: Math.min(query.pageSize, largestPageSize),
  };
}

/** The flags a topic's row shows beside its title, in this order. */
export function topicFlags(row: Pick<TopicRow, 'pinned' | 'closed' | 'held' | 'hidden'>) {
  return (['pinned', 'held', 'hidden', 'closed'] as const).filter((flag) => row[flag]);
}
