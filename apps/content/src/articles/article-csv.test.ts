import { toCsv } from '@strata/ui';
import { describe, expect, it } from 'vitest';
import type { ArticleRow } from '../common/api-types';
import { articleCsvColumns } from './article-csv';

describe('articleCsvColumns', () => {
  it('writes one labelled, quoted row per article', () => {
    const row = {
      id: 7,
      title: 'A "quoted", title',
      columnName: '领导论坛',
      unitName: '甲镇',
      status: 'published',
      authorName: null,
      createdAt: '2026-01-02T03:04:05.000Z',
      updatedAt: '2026-01-02T03:04:05.000Z',
      publishedAt: null,
    } as unknown as ArticleRow;
    const columns = articleCsvColumns({
      header: (key) => key,
      status: (s) => `[${s}]`,
      date: (iso) => (iso ? iso.slice(0, 10) : ''),
    });
    expect(toCsv(columns, [row])).toBe(
      '\uFEFFID,titleCol,column,unit,status,author,createdAt,updatedAt,publishedAt\r\n' +
        '7,"A ""quoted"", title",领导论坛,甲镇,[published],,2026-01-02,2026-01-02,\r\n',
    );
  });
});
