// A sheet's row checked without a database: cells read by the template's rules (codes by either language's label or
// by the code, days as YYYY-MM-DD, the registry's lengths), the member by the registry's own rules, the branch among the
// units the import reaches. Every problem is named on its column; a formula is text, kept as typed.
import type { memberImportColumns } from '@strata/contract';
import { idNumberFor } from '@strata/personal-data';
import { describe, expect, it } from 'vitest';
import { branchFinder, checkRow, type ReachableUnit, sortedErrors } from './import-rows';
import type { ImportCells } from './import-schemas';
import { fullMemberCells } from './sample-cells';

const today = '2026-05-01';
const man = idNumberFor('420102', '1990-03-07', 'male', 21);
const units: ReachableUnit[] = [
  { id: 1, name: '城关镇', siteCode: 'chengguan', kind: 'township', archived: false },
  { id: 2, name: '机关支部', siteCode: 'cg-jiguan', kind: 'branch', archived: false },
  { id: 3, name: '第一党小组', siteCode: null, kind: 'group', archived: false },
  { id: 4, name: '社区支部', siteCode: null, kind: 'branch', archived: false },
  { id: 5, name: '社区支部', siteCode: 'cg-shequ-2', kind: 'branch', archived: false },
  { id: 6, name: '旧厂支部', siteCode: null, kind: 'branch', archived: true },
];
const branchOf = branchFinder(units);

const cells = (change: Partial<ImportCells> = {}): ImportCells =>
  fullMemberCells(188, '机关支部', man, { name: '王建华', phone: '13700000000', ...change });
const problemsOf = (change: Partial<ImportCells>) => checkRow(7, cells(change), today, branchOf).problems;

describe('checkRow', () => {
  it('reads a good row into the member the registry writes, at its branch', () => {
    const check = checkRow(7, cells({ gender: '男', birthDate: '1990-03-07' }), today, branchOf);
    expect(check).toEqual({
      row: 7,
      idNumber: man,
      problems: [],
      member: {
        unitId: 2,
        checked: {
          facts: {
            name: '王建华',
            gender: 'male',
            birthDate: '1990-03-07',
            ethnicity: '01',
            education: 'undergraduate',
            occupation: 'salaried',
            stage: 'full',
            appliedOn: '2015-03-01',
            activistOn: '2015-09-01',
            candidateOn: '2016-10-01',
            probationaryOn: '2017-01-15',
            fullOn: '2018-01-20',
            probationEndsOn: '2018-01-15',
            workplace: '江城市第一中学',
            note: '',
          },
          pii: { idNumber: man, phone: '13700000000', address: '湖北省武汉市江岸区沿江大道 188 号' },
        },
      },
    });
  });

  it('takes a code by its label in either language or by the code, however spaced or cased', () => {
    const read = (change: Partial<ImportCells>) => checkRow(7, cells(change), today, branchOf).member?.checked.facts;
    expect(
      read({ ethnicity: ' han ', education: 'UNDERGRADUATE', occupation: 'retired', stage: 'Full member' }),
    ).toEqual(
      expect.objectContaining({ ethnicity: '01', education: 'undergraduate', occupation: 'retired', stage: 'full' }),
    );
    expect(read({ ethnicity: '03', education: 'college', occupation: '学生', stage: 'full' })).toEqual(
      expect.objectContaining({ ethnicity: '03', education: 'college', occupation: 'student' }),
    );
    expect(read({ ethnicity: '回族', gender: 'Male' })?.ethnicity).toBe('03');
    expect(read({ ethnicity: '外国血统中国籍人士' })?.ethnicity).toBe('98');
  });

  it('names the column of each problem, every problem of the row at once', () => {
    expect(
      problemsOf({
        name: '',
        ethnicity: '火星族',
        education: '',
        occupation: 'astronaut',
        branch: '',
        stage: '党员',
        phone: '12345',
        workplace: '单'.repeat(101),
      }),
    ).toEqual([
      { column: 'name', problem: 'members.importRequired' },
      { column: 'ethnicity', problem: 'members.importValueUnknown' },
      { column: 'education', problem: 'members.importRequired' },
      { column: 'occupation', problem: 'members.importValueUnknown' },
      { column: 'branch', problem: 'members.importRequired' },
      { column: 'stage', problem: 'members.importValueUnknown' },
      { column: 'phone', problem: 'phoneInvalid' },
      { column: 'workplace', problem: 'members.importTooLong' },
    ]);
  });

  it('applies the registry’s rules to the ID number, the gender and birth date given, and the stage dates', () => {
    const wrongCheck = `${man.slice(0, 17)}${man[17] === '0' ? '1' : '0'}`;
    expect(problemsOf({ idNumber: wrongCheck })).toEqual([
      { column: 'idNumber', problem: 'members.idNumberCheckDigit' },
    ]);
    expect(problemsOf({ idNumber: '4201021990' })).toEqual([{ column: 'idNumber', problem: 'members.idNumberFormat' }]);
    expect(problemsOf({ idNumber: '' })).toEqual([{ column: 'idNumber', problem: 'members.importRequired' }]);
    expect(problemsOf({ gender: '女', birthDate: '1990-03-08' })).toEqual([
      { column: 'gender', problem: 'members.genderDisagrees' },
      { column: 'birthDate', problem: 'members.birthDateDisagrees' },
    ]);
    expect(problemsOf({ stage: '预备党员' })).toEqual([{ column: 'fullOn', problem: 'members.stageDateBeyondStage' }]);
    expect(problemsOf({ activistOn: '' })).toEqual([{ column: 'activistOn', problem: 'members.stageDateRequired' }]);
    expect(problemsOf({ candidateOn: '2015-08-31' })).toEqual([
      { column: 'candidateOn', problem: 'members.stageDateOrder' },
    ]);
    expect(problemsOf({ fullOn: '2026-05-02' })).toEqual([{ column: 'fullOn', problem: 'dateInFuture' }]);
    expect(problemsOf({ appliedOn: '2008-03-06', activistOn: '2008-09-01' })).toEqual([
      { column: 'appliedOn', problem: 'members.applicantTooYoung' },
    ]);
  });

  it('takes days only as YYYY-MM-DD that exist, and judges the stage dates only once every one can be read', () => {
    for (const typed of ['2015/03/01', '2015-3-1', '2015-02-30', '42064', '=DATE(2015,3,1)'])
      expect(problemsOf({ appliedOn: typed }), typed).toEqual([
        { column: 'appliedOn', problem: 'members.dateInvalid' },
      ]);
    expect(problemsOf({ birthDate: '1990年3月7日' })).toEqual([
      { column: 'birthDate', problem: 'members.dateInvalid' },
    ]);
    // The stage cannot be read: no date is called missing or out of place for it, the ID number is still checked.
    expect(problemsOf({ stage: '', fullOn: '', idNumber: '4201021990' })).toEqual([
      { column: 'idNumber', problem: 'members.idNumberFormat' },
      { column: 'stage', problem: 'members.importRequired' },
    ]);
  });

  it('keeps a formula or an injection string as the text typed, or refuses it by the column’s own rule', () => {
    const typed = {
      name: '=1+1',
      workplace: '=HYPERLINK("http://example.com","点击")',
      note: "@SUM(A1) +cmd|' /C calc'!A0",
      address: '-2+3 湖北省武汉市',
    };
    const check = checkRow(7, cells(typed), today, branchOf);
    expect(check.problems).toEqual([]);
    expect(check.member?.checked.facts).toMatchObject({
      name: typed.name,
      workplace: typed.workplace,
      note: typed.note,
    });
    expect(check.member?.checked.pii.address).toBe(typed.address);
    // Where a column takes a code, a day or a number, a formula is simply no such value.
    expect(problemsOf({ ethnicity: '=A1', fullOn: '=TODAY()', phone: '=1+1' })).toEqual([
      { column: 'ethnicity', problem: 'members.importValueUnknown' },
      { column: 'fullOn', problem: 'members.dateInvalid' },
      { column: 'phone', problem: 'phoneInvalid' },
    ]);
  });

  it('gives the normalised ID number of a row with problems elsewhere, so the file’s duplicates are still found', () => {
    const check = checkRow(9, cells({ idNumber: ` ${man.toLowerCase()} `, ethnicity: '' }), today, branchOf);
    expect(check).toMatchObject({ idNumber: man.toUpperCase(), member: null });
    expect(checkRow(9, cells({ idNumber: '123' }), today, branchOf).idNumber).toBeNull();
  });
});

describe('branchFinder', () => {
  it('finds a branch or group by name (full-width and case folded) or by site code', () => {
    expect(branchOf('机关支部')).toEqual({ unitId: 2 });
    expect(branchOf(' CG-JIGUAN ')).toEqual({ unitId: 2 });
    expect(branchOf('第一党小组')).toEqual({ unitId: 3 });
    expect(branchOf('cg-shequ-2')).toEqual({ unitId: 5 });
  });

  it('refuses a unit it cannot reach as one that does not exist, and names the other reasons', () => {
    expect(branchOf('东湖街道机关支部')).toEqual({ problem: 'members.importBranchUnknown' });
    expect(branchOf('社区支部')).toEqual({ problem: 'members.importBranchAmbiguous' });
    expect(branchOf('城关镇')).toEqual({ problem: 'members.unitNotBranch' });
    expect(branchOf('旧厂支部')).toEqual({ problem: 'unitArchived' });
  });
});

describe('sortedErrors', () => {
  it('orders errors by row, then by the template’s columns, each once', () => {
    const e = (row: number, column: (typeof memberImportColumns)[number]) => ({
      row,
      column,
      problem: 'members.importRequired' as const,
    });
    expect(sortedErrors([e(9, 'name'), e(3, 'note'), e(3, 'name'), e(9, 'name'), e(3, 'branch')])).toEqual([
      e(3, 'name'),
      e(3, 'branch'),
      e(3, 'note'),
      e(9, 'name'),
    ]);
  });
});
