import { describe, expect, it } from 'vitest';
import { assertColumnOfSameUnit } from './update-article';

describe('moving an article to another column', () => {
  const article = { unitId: 7 };

  it('is allowed to a column of the article’s own unit', () => {
    expect(() => assertColumnOfSameUnit(article, { unitId: 7 })).not.toThrow();
  });

  it('is refused, as a missing column, for a column of another unit or none in scope', () => {
    expect(() => assertColumnOfSameUnit(article, { unitId: 8 })).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST', key: 'notFound', field: 'columnId' }),
    );
    expect(() => assertColumnOfSameUnit(article, null)).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST', key: 'notFound', field: 'columnId' }),
    );
  });
});
