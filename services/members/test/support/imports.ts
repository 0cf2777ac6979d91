// Sheet rows for the import's tests: each a full member with an ID number of its own (newIdNumber), its cells as text
// the way the console sends them, and numbered as the sheet numbers its rows (the header is row 1).
import type { ImportCells } from '../../src/imports/import-schemas';
import { newIdNumber } from './members';

let made = 0;

/** The cells of a row for a full member of the branch named `branch`, with a fresh name, ID number and phone. */
export function memberCells(branch: string, change: Partial<ImportCells> = {}): ImportCells {
  made += 1;
  const { idNumber } = newIdNumber(made % 2 ? 'male' : 'female');
  return {
    name: `导入党员${made}`,
    idNumber,
    gender: '',
    birthDate: '',
    ethnicity: '汉族',
    education: '大学本科',
    occupation: '在职人员',
    branch,
    stage: '正式党员',
    appliedOn: '2015-03-01',
    activistOn: '2015-09-01',
    candidateOn: '2016-10-01',
    probationaryOn: '2017-01-15',
    fullOn: '2018-01-20',
    phone: `139${String(made).padStart(8, '0')}`,
    address: `湖北省武汉市江岸区沿江大道 ${made} 号`,
    workplace: '江城市第一中学',
    note: '',
    ...change,
  };
}

/** The rows as a chunk sends them, numbered from `first` (the sheet's first data row is 2). */
export const sheetRows = (cells: readonly ImportCells[], first = 2) =>
  cells.map((c, i) => ({ row: first + i, cells: c }));
