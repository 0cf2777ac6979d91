// Derivers for bulk.test.ts, in a module of their own: a writer on its own thread loads them by their place.
import type { RowDerivers } from './bulk';

/** `R` rows (id, n, total): total is `start` plus every n so far, in the order written; a negative n is refused. */
export const runningTotals: RowDerivers = {
  module: import.meta.url,
  name: 'runningTotals',
  make: (start: number) => {
    let total = start;
    return {
      R: (columns, rows) => {
        const n = columns.indexOf('n');
        const t = columns.indexOf('total');
        for (const row of rows) {
          if ((row[n] as number) < 0) throw new Error(`runningTotals: n is ${row[n]}`);
          total += row[n] as number;
          row[t] = total;
        }
      },
    };
  },
};
