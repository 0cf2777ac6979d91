// The board's state in the URL read into the server's input (every topic of the current unit unless a state is
// named), the states each reader is offered (held and hidden only to moderators), and a topic's flags in order.
import { parseListQuery } from '@strata/ui/list-page';
import { describe, expect, it } from 'vitest';
import { boardListSpec, statesFor, topicFlags, toTopicListInput } from './board-list-spec';

const read = (search: string) => parseListQuery(boardListSpec, new URLSearchParams(search));

describe('the board in the URL', () => {
  it('starts with every topic of the current unit', () => {
    expect(toTopicListInput(read(''), 5)).toEqual({ unitId: 5, state: 'all', page: 1, pageSize: 20 });
  });

  it('reads the state, the title words and the page; a state it does not know reads as all', () => {
    expect(toTopicListInput(read(`state=overdue&q=${encodeURIComponent('停车')}&page=3`), 9)).toEqual({
      unitId: 9,
      state: 'overdue',
      q: '停车',
      page: 3,
      pageSize: 20,
    });
    expect(toTopicListInput(read('state=deleted'), 9).state).toBe('all');
  });

  it('reads “mine” as the caller’s own topics, and nothing else as an author', () => {
    expect(toTopicListInput(read('author=me&state=answered'), 9)).toEqual({
      unitId: 9,
      state: 'answered',
      author: 'me',
      page: 1,
      pageSize: 20,
    });
    expect(toTopicListInput(read('author=12'), 9)).toEqual({ unitId: 9, state: 'all', page: 1, pageSize: 20 });
  });
});

describe('the states and flags', () => {
  it('offers held and hidden topics only to moderators', () => {
    expect(statesFor(false)).toEqual(['all', 'open', 'unanswered', 'answered', 'overdue', 'closed']);
    expect(statesFor(true)).toEqual(['all', 'open', 'unanswered', 'answered', 'overdue', 'closed', 'held', 'hidden']);
  });

  it('flags a topic pinned, held, hidden and closed, in that order, and nothing else', () => {
    expect(topicFlags({ pinned: true, closed: true, held: true, hidden: true })).toEqual([
      'pinned',
      'held',
      'hidden',
      'closed',
    ]);
    expect(topicFlags({ pinned: false, closed: true, held: false, hidden: false })).toEqual(['closed']);
    expect(topicFlags({ pinned: false, closed: false, held: false, hidden: false })).toEqual([]);
  });
});
