import { parseListQuery } from '@strata/ui/list-page';
import { describe, expect, it } from 'vitest';
import { articleListSpec, toListInput } from '../articles/article-list-spec';
import { freshnessExportColumns } from './freshness-export';
import { articlesOf, freshnessListSpec, toBoardInput } from './freshness-list-spec';
import type { BoardRow } from './freshness-types';

const read = (search: string) => parseListQuery(freshnessListSpec, new URLSearchParams(search));

describe('the freshness board’s state', () => {
  it('reads the subtree, the state and the order into the server input, the stalest first by default', () => {
    expect(toBoardInput(read(''), 5)).toEqual({ unitId: 5, sort: 'stalest', order: 'desc', page: 1, pageSize: 20 });
    expect(toBoardInput(read('unit=9&state=overdue&sort=name&order=desc&page=2&size=50'), 5)).toEqual({
      unitId: 9,
      state: 'overdue',
      sort: 'name',
      order: 'desc',
      page: 2,
      pageSize: 50,
    });
    expect(toBoardInput(read('state=stale&sort=evil&unit=-3'), 5)).toEqual({
      unitId: 5,
      sort: 'stalest',
      order: 'desc',
      page: 1,
      pageSize: 20,
    });
  });

  it('drills into the article list of a unit’s column as that list reads its address, the latest publication first', () => {
    const link = articlesOf('/content', 12, 34);
    expect(link.startsWith('/content/articles?')).toBe(true);
    const query = parseListQuery(articleListSpec, new URLSearchParams(link.split('?')[1]));
    expect(toListInput(query, 1)).toMatchObject({ unitId: 12, columnId: 34, sort: 'publishedAt', order: 'desc' });
    expect(new URLSearchParams(articlesOf('/content', 12).split('?')[1]).has('column')).toBe(false);
  });
});

describe('the freshness export', () => {
  const cell = (key: string | null, name: string, state: BoardRow['state'], last: string | null) => ({
    columnId: name.length,
    key,
    name,
    cadence: 'weekly' as const,
    hidden: false,
    lastPublishedAt: last,
    dueOn: last ? '2026-03-08' : null,
    state,
    daysOverdue: state === 'overdue' ? 2 : 0,
  });
  const row: BoardRow = {
    unitId: 1,
    name: '城关镇',
    path: '/1/2/',
    depth: 1,
    state: 'overdue',
    counts: { kept: 1, dueSoon: 0, overdue: 1, untracked: 1 },
    oldestOverdueDays: 2,
    cells: [
      cell('news', '党建动态', 'overdue', '2026-03-01T02:00:00.000Z'),
      cell('leadership', '领导论坛', 'kept', '2026-03-09T02:00:00.000Z'),
      cell(null, '通知公告', 'untracked', null),
    ],
  };

  it('writes a unit a row: its state and counts, each default column’s state, last publication and due day, its own columns together', () => {
    const columns = freshnessExportColumns({
      header: (key) => key,
      columnHeader: (part, key) => `${key}.${part}`,
      state: (state) => state,
      dateTime: (iso) => iso.slice(0, 10),
      otherColumn: (c) => `${c.name}=${c.state}`,
    });
    const cells = Object.fromEntries(columns.map((c) => [c.title, c.value(row)]));
    expect(cells).toMatchObject({
      unit: '城关镇',
      state: 'overdue',
      overdue: 1,
      dueSoon: 0,
      oldest: 2,
      'leadership.columnState': 'kept',
      'leadership.columnLast': '2026-03-09',
      'news.columnState': 'overdue',
      'news.columnDue': '2026-03-08',
      'research.columnState': null,
      other: '通知公告=untracked',
    });
    expect(columns).toHaveLength(6 + 6 * 3);
  });
});
