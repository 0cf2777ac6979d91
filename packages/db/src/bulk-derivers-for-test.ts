// Derivers for bulk.test.ts, in a module of their own: a writer on its own thread loads them by their place.
import type { RowDerivers } from './bulk';

/** `R` rows (id, n, total): total is `start` plus every n so far, in the order written; a negative n is refused. */
export const runningTotals: RowDerivers = {
  module: import.meta.url,
  name: 'runningTotals',
  make: (start: number) => {
    let total = start;
    return {
      R: (columns, values) => {
        const n = columns.indexOf('n');
        const t = columns.indexOf('total');
        for (let row = 0; row < values.length; row += columns.length) {
          const value = values[row + n] as number;
          if (value < 0) throw new Error(`runningTotals: n is ${value}`);
          total += value;
          values[row + t] = total;
        }
      },
    };
  },
};
