import { describe, expect, it } from 'vitest';
import { assertColumnEmpty } from './delete-column';

describe('deleting a column', () => {
  it('is allowed for an empty column', () => {
    expect(() => assertColumnEmpty(0)).not.toThrow();
  });

  it('is refused while any article is in it, saying how many', () => {
    expect(() => assertColumnEmpty(1)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', key: 'content.columnNotEmpty', vars: { count: 1 } }),
    );
  });
});
