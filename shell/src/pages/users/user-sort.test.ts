import { describe, expect, it } from 'vitest';
import { sortOrderOf, toUserSort } from './user-sort';

describe('toUserSort', () => {
  it('maps the table sorter to the query', () => {
    expect(toUserSort({ columnKey: 'username', order: 'ascend' } as never)).toEqual({ sort: 'username', order: 'asc' });
    expect(toUserSort([{ columnKey: 'displayName', order: 'descend' }] as never)).toEqual({
      sort: 'displayName',
      order: 'desc',
    });
  });
  it('falls back to the server order on a third click or an unsortable column', () => {
    expect(toUserSort({ columnKey: 'username', order: undefined } as never)).toBeUndefined();
    expect(toUserSort({ columnKey: 'unitName', order: 'ascend' } as never)).toBeUndefined();
  });
});

describe('sortOrderOf', () => {
  it('marks only the sorted column', () => {
    expect(sortOrderOf({ sort: 'username', order: 'desc' }, 'username')).toBe('descend');
    expect(sortOrderOf({ sort: 'username', order: 'desc' }, 'displayName')).toBeNull();
    expect(sortOrderOf(undefined, 'username')).toBeNull();
  });
});
