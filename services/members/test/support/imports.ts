// Sheet rows for the import's tests: each a full member with an ID number of its own (newIdNumber), its cells as text
// the way the console sends them, and numbered as the sheet numbers its rows (the header is row 1).
import type { ImportCells } from '../../src/imports/import-schemas';
import { fullMemberCells } from '../../src/imports/sample-cells';
import { newIdNumber } from './members';

let made = 0;

/** The cells of a row for a full member of the branch named `branch`, with a fresh name, ID number and phone. */
export function memberCells(branch: string, change: Partial<ImportCells> = {}): ImportCells {
  made += 1;
  return fullMemberCells(made, branch, newIdNumber(made % 2 ? 'male' : 'female').idNumber, change);
}

/** The rows as a chunk sends them, numbered from `first` (the sheet's first data row is 2). */
export const sheetRows = (cells: readonly ImportCells[], first = 2) =>
  cells.map((c, i) => ({ row: first + i, cells: c }));
