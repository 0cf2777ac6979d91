// @vitest-environment happy-dom
// useListQuery against the console's router: each change starts from the address as it stands, also when the page
// has not drawn the last change yet. The router draws a new address in a transition, so on a busy machine a click
// on the next control (a column's sort after a search) can run before that render: it must keep the search.
import { act, createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { byTestId, remoteTesting, takeDownDrawn } from '../testing';
import { textParam } from './param-readers';
import { useListQuery } from './use-list-query';

const { renderWithApi } = remoteTesting('things', { 'zh-CN': {}, 'en-US': {} });
afterEach(takeDownDrawn);

const spec = { filters: { search: textParam({ max: 50 }) }, sorts: ['name', 'age'] as const };

let list: ReturnType<typeof useListQuery<typeof spec.filters, 'name' | 'age'>>;

function Things() {
  list = useListQuery(spec);
  return createElement('div', { 'data-testid': 'query' }, JSON.stringify(list.query));
}

const open = (at: string) => renderWithApi(createElement(Things), { answers: {}, at, route: '/things' });
const address = () => Object.fromEntries(new URLSearchParams(window.location.search));
const shown = () => JSON.parse(byTestId('query')?.textContent ?? '{}');

describe('a list’s state in the address', () => {
  it('a sort chosen before the search has been drawn keeps the search', () => {
    open('/things');
    act(() => {
      list.setFilters({ search: 'ul' });
      // The page has not drawn the search yet (the router's render is still to come): the sort starts from it all
      // the same.
      list.setSort({ sort: 'name', order: 'desc' });
    });
    expect(address()).toEqual({ search: 'ul', sort: 'name', order: 'desc' });
    expect(shown()).toMatchObject({ sort: 'name', order: 'desc', filters: { search: 'ul' }, page: 1 });
    // And a page turned before that sort was drawn keeps both.
    act(() => {
      list.setSort({ sort: 'age', order: 'asc' });
      list.setPage(3, 20);
    });
    expect(address()).toEqual({ search: 'ul', sort: 'age', order: 'asc', page: '3' });
  });

  it('a change after the address moved elsewhere (a link, back) starts from where it moved to', () => {
    const drawn = open('/things?search=ul');
    act(() => list.setSort({ sort: 'name', order: 'asc' }));
    expect(address()).toEqual({ search: 'ul', sort: 'name', order: 'asc' });
    act(() => drawn.history.push('/things?search=zz'));
    expect(shown()).toMatchObject({ filters: { search: 'zz' } });
    act(() => list.setPage(2, 20));
    expect(address()).toEqual({ search: 'zz', page: '2' });
  });
});
