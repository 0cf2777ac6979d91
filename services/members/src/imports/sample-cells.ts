// A full member's row of the import's sheet, every cell as the console sends it: the one sample the import's tests and
// its bench build their sheets from (the template's labels in Chinese, the stage dates of a member admitted in 2017).
import type { ImportCells } from './import-schemas';

/** Row `n`'s cells: a full member of `branch` (a name or site code) with `idNumber`, named and reached by `n`. */
export function fullMemberCells(n: number, branch: string, idNumber: string, change: Partial<ImportCells> = {}) {
  const cells: ImportCells = {
    name: `导入党员${n}`,
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
    phone: `139${String(n).padStart(8, '0')}`,
    address: `湖北省武汉市江岸区沿江大道 ${n} 号`,
    workplace: '江城市第一中学',
    note: '',
  };
  return { ...cells, ...change };
}
