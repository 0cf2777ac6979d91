import { describe, expect, it } from 'vitest';
import { assertEveryColumnOnce } from './reorder-columns';

describe('a new column order', () => {
  const unitColumns = [11, 12, 13];
  const refused = expect.objectContaining({ code: 'BAD_REQUEST', key: 'fieldInvalid', field: 'ids' });

  it('is accepted when it names every column of the unit once, in any order', () => {
    expect(() => assertEveryColumnOnce(unitColumns, [13, 11, 12])).not.toThrow();
    expect(() => assertEveryColumnOnce(unitColumns, [11, 12, 13])).not.toThrow();
  });

  it('is refused when it leaves a column out, repeats one, or names one of another unit', () => {
    expect(() => assertEveryColumnOnce(unitColumns, [11, 12])).toThrow(refused);
    expect(() => assertEveryColumnOnce(unitColumns, [11, 12, 12])).toThrow(refused);
    expect(() => assertEveryColumnOnce(unitColumns, [11, 12, 13, 13])).toThrow(refused);
    expect(() => assertEveryColumnOnce(unitColumns, [11, 12, 99])).toThrow(refused);
    expect(() => assertEveryColumnOnce(unitColumns, [11, 12, 13, 99])).toThrow(refused);
  });
});
