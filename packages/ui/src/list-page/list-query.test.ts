import { describe, expect, it } from 'vitest';
import { type FilterShape, type ListQuerySpec, parseListQuery, serialiseListQuery } from './list-query';
import { idParam, oneOfParam, textParam } from './param-readers';

const spec = {
  filters: {
    search: textParam({ max: 50 }),
    unitId: idParam,
    status: oneOfParam(['active', 'disabled', 'locked']),
  },
  sorts: ['username', 'lastSignInAt'],
} satisfies ListQuerySpec<FilterShape, string>;

const parse = (text: string) => parseListQuery(spec, new URLSearchParams(text));

describe('a list query in the URL', () => {
  it('reads the plain list as page 1 of 20, unsorted, unfiltered', () => {
    expect(parse('')).toEqual({ page: 1, pageSize: 20, filters: {} });
  });

  it('reads every part it knows', () => {
    expect(parse('page=3&size=50&sort=lastSignInAt&order=desc&search=王&unitId=7&status=locked')).toEqual({
      page: 3,
      pageSize: 50,
      sort: 'lastSignInAt',
      order: 'desc',
      filters: { search: '王', unitId: 7, status: 'locked' },
    });
  });

  it('reads each bad value as its default and keeps the good ones', () => {
    expect(parse('page=-2&size=33&sort=passwordHash&order=up&unitId=abc&status=gone&search=ok')).toEqual({
      page: 1,
      pageSize: 20,
      filters: { search: 'ok' },
    });
    expect(parse('page=2.5&size=&unitId=0')).toEqual({ page: 1, pageSize: 20, filters: {} });
    expect(parse('sort=username&order=sideways')).toMatchObject({ sort: 'username', order: 'asc' });
  });

  it('uses the default sort when none is chosen', () => {
    const sorted = { ...spec, defaultSort: { sort: 'username', order: 'asc' as const } };
    expect(parseListQuery(sorted, new URLSearchParams(''))).toMatchObject({ sort: 'username', order: 'asc' });
    expect(
      serialiseListQuery(sorted, { page: 1, pageSize: 20, sort: 'username', order: 'asc', filters: {} }).toString(),
    ).toBe('');
  });

  it('writes only what differs from the defaults, and keeps parameters that are not its own', () => {
    const params = serialiseListQuery(
      spec,
      { page: 2, pageSize: 20, sort: 'username', order: 'desc', filters: { status: 'active', search: '' } },
      new URLSearchParams('tab=grants&page=9&unitId=4'),
    );
    expect(params.toString()).toBe('tab=grants&page=2&sort=username&order=desc&status=active');
  });

  it('reads back what it wrote', () => {
    const query = {
      page: 4,
      pageSize: 100,
      sort: 'lastSignInAt',
      order: 'asc' as const,
      filters: { unitId: 12, search: 'a&b=c' },
    };
    expect(parseListQuery(spec, serialiseListQuery(spec, query))).toEqual(query);
  });

  it('refuses a filter named like a paging parameter', () => {
    expect(() =>
      parseListQuery({ filters: { page: textParam({ max: 10 }) }, sorts: [] }, new URLSearchParams('')),
    ).toThrow(/reserved/);
  });
});
