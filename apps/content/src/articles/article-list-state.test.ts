import { describe, expect, it } from 'vitest';
import { defaultListState, readListState, toListInput, withFilter, writeListState } from './article-list-state';

describe('article list state', () => {
  it('round-trips through search params', () => {
    const state = {
      ...defaultListState,
      page: 3,
      columnId: 7,
      status: 'review' as const,
      search: '党建',
      sort: 'title' as const,
      order: 'asc' as const,
    };
    expect(readListState(writeListState(state))).toEqual({ ...state, unitId: undefined, pageSize: 20 });
  });

  it('leaves defaults out of the URL and ignores junk', () => {
    expect(writeListState(defaultListState).toString()).toBe('');
    const state = readListState(
      new URLSearchParams('page=-2&size=5000&status=deleted&sort=id&order=up&column=x&q=%20%20'),
    );
    expect(state).toEqual({
      ...defaultListState,
      pageSize: 100,
      columnId: undefined,
      status: undefined,
      unitId: undefined,
      search: undefined,
    });
  });

  it('maps to the list input, scoped to the current unit unless a sub-unit is picked', () => {
    expect(toListInput({ ...defaultListState, search: '  ' }, 4)).toEqual({
      unitId: 4,
      sort: 'updatedAt',
      order: 'desc',
      page: 1,
      pageSize: 20,
    });
    expect(
      toListInput({ ...defaultListState, unitId: 9, columnId: 2, status: 'draft', search: ' a ' }, 4),
    ).toMatchObject({
      unitId: 9,
      columnId: 2,
      status: 'draft',
      search: 'a',
    });
  });

  it('resets the page on a filter change and the column on a unit change', () => {
    const state = { ...defaultListState, page: 4, columnId: 2, unitId: 5 };
    expect(withFilter(state, { status: 'published' })).toMatchObject({ page: 1, columnId: 2 });
    expect(withFilter(state, { unitId: 6 })).toMatchObject({ page: 1, columnId: undefined, unitId: 6 });
    expect(withFilter(state, { page: 2 })).toMatchObject({ page: 2, columnId: 2 });
  });
});
