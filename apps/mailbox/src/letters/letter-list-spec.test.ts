// The queue's state in the URL read into the server's input: the view (the open queue unless named), the kind, a
// number or words of a title and the order by deadline or by receipt; what it cannot read is left at its default.
import { parseListQuery, serialiseListQuery } from '@strata/ui/list-page';
import { describe, expect, it } from 'vitest';
import { letterListSpec, toLetterListInput, viewOf } from './letter-list-spec';

const read = (search: string) => parseListQuery(letterListSpec, new URLSearchParams(search));

describe('the letter queue in the URL', () => {
  it('starts as the open queue of the current unit, nearest deadline first', () => {
    expect(toLetterListInput(read(''), 5)).toEqual({
      unitId: 5,
      view: 'open',
      sort: 'dueAt',
      order: 'asc',
      page: 1,
      pageSize: 20,
    });
  });

  it('reads the view, the kind, the search and the order', () => {
    const search = `view=overdue&kind=complaint&q=${encodeURIComponent('2026-000123')}&sort=receivedAt&order=desc&page=2&size=50`;
    expect(toLetterListInput(read(search), 9)).toEqual({
      unitId: 9,
      view: 'overdue',
      kind: 'complaint',
      q: '2026-000123',
      sort: 'receivedAt',
      order: 'desc',
      page: 2,
      pageSize: 50,
    });
  });

  it.each(['dueSoon', 'overdue', 'escalated', 'answered', 'closed', 'rejected', 'all'])('knows the view %s', (view) => {
    expect(viewOf(read(`view=${view}`))).toBe(view);
  });

  it('reads what it cannot understand as its default', () => {
    const junk = `view=urgent&kind=praise&q=${'字'.repeat(51)}&sort=title&order=sideways&page=-1&size=7`;
    expect(toLetterListInput(read(junk), 5)).toEqual({
      unitId: 5,
      view: 'open',
      sort: 'dueAt',
      order: 'asc',
      page: 1,
      pageSize: 20,
    });
  });

  it('trims the search and drops an empty one', () => {
    expect(toLetterListInput(read('q=%20%20%E5%81%9C%E6%B0%B4%20'), 5).q).toBe('停水');
    expect(toLetterListInput(read('q=%20%20'), 5)).not.toHaveProperty('q');
  });

  it('writes the plain queue as a plain URL, and a view and kind as their parameters', () => {
    expect(serialiseListQuery(letterListSpec, read('')).toString()).toBe('');
    const written = serialiseListQuery(letterListSpec, read('view=dueSoon&kind=help&sort=dueAt&order=asc'));
    expect(written.toString()).toBe('view=dueSoon&kind=help');
  });
});
