import { parseListQuery } from '@strata/ui/list-page';
import { describe, expect, it } from 'vitest';
import { articleListSpec, toListInput } from './article-list-spec';

const read = (search: string) => parseListQuery(articleListSpec, new URLSearchParams(search));

describe('articles list state', () => {
  it('reads the parameters the list has always written, into the server input', () => {
    expect(toListInput(read('page=3&column=7&status=review&q=%E5%85%9A%E5%BB%BA&sort=title&order=asc'), 5)).toEqual({
      unitId: 5,
      columnId: 7,
      status: 'review',
      search: '党建',
      sort: 'title',
      order: 'asc',
      page: 3,
      pageSize: 20,
    });
  });

  it('narrows to a chosen unit, defaults to newest first and drops junk', () => {
    expect(toListInput(read('unit=9&status=nonsense&column=-1&q=%20%20&sort=evil&size=100000'), 5)).toEqual({
      unitId: 9,
      sort: 'updatedAt',
      order: 'desc',
      page: 1,
      pageSize: 20,
    });
  });
});
