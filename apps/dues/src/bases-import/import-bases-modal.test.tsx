// @vitest-environment happy-dom
// Importing bases from the collection list against a mocked API: the button only where the user records dues at the
// current unit; an XLSX file (written as a user's would be, English headings in their own order) read in the browser
// and its rows sent as the import takes them; the server's row errors listed with row, column and problem in words,
// saying nothing was written; a clean import says how many were imported; a sheet with a column missing stopped
// before anything is sent.
import { writeXlsx } from '@strata/ui/list-page';
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BaseImportInput } from '../common/api-types';
import { DuesMembersPage } from '../members/dues-members-page';
import { branch, duesMemberRow, township } from '../testing/fixtures';
import { accessOf } from '../testing/render';
import { type Answers, byTestId, loadDialogs, renderWithApi, until } from '../testing/render-with-api';

beforeAll(async () => {
  await loadDialogs();
  await import('./import-bases-modal');
  await import('exceljs');
}, 60_000);

async function openList(answers: Answers, allowed: Record<string, number[]>) {
  const drawn = renderWithApi(<DuesMembersPage basePath="/dues" unitId={township} />, {
    answers: {
      'dues.members.list': () => ({ items: [duesMemberRow(3, '张建国')], total: 1, totalIsBound: false }),
      ...answers,
    },
    at: '/dues/members',
    route: '/dues/members',
    access: accessOf({ 'dues.read': [township, branch], ...allowed }, township),
  });
  await until(() => byTestId('dues-member-link-3') !== null, 'the list');
  return drawn;
}

const click = (testId: string) => act(() => byTestId(testId)?.click());
const text = (testId: string) => byTestId(testId)?.textContent ?? '';
const imports = (drawn: ReturnType<typeof renderWithApi>) =>
  drawn.calls.filter((c) => c.path === 'dues.bases.import').map((c) => c.input as BaseImportInput);

/** Opens the dialog and picks an XLSX file of `header` and `body`. */
async function pickSheet(header: string[], body: string[][]) {
  click('dues-import-bases');
  await until(() => byTestId('bases-import-dialog') !== null, 'the dialog');
  const blob = await writeXlsx('Bases', header, body);
  const file = new File([await blob.arrayBuffer()], 'bases.xlsx', { type: blob.type });
  const input = byTestId<HTMLInputElement>('bases-import-file');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await until(
    () => byTestId('bases-import-ready') !== null || byTestId('bases-import-file-problem') !== null,
    'the file read',
  );
}

const header = ['Category', 'ID number', 'Name', 'From month', 'Monthly base (yuan)'];
const body = [
  ['Salaried', '110105198001010016', '张建国', '2026-03', '4000.5'],
  ['离退休', '11010519800101002X', '李红', '2026-03', 'abc'],
];

describe('importing bases', { timeout: 30_000 }, () => {
  it('is offered only where the user records dues at the current unit', async () => {
    await openList({}, { 'dues.record': [branch] });
    expect(byTestId('dues-import-bases')).toBeNull();
    document.body.innerHTML = '';
    await openList({}, { 'dues.record': [township] });
    expect(byTestId('dues-import-bases')?.getAttribute('data-permission')).toBe('dues.record');
    expect(byTestId('dues-import-bases')?.getAttribute('data-unit')).toBe(String(township));
  });

  it('sends the sheet’s rows under English headings, and lists the rows refused with nothing written', async () => {
    const drawn = await openList(
      {
        'dues.bases.import': () => ({
          imported: 0,
          errors: [
            { row: 3, column: 'base', problem: 'baseInvalid' },
            { row: 2, column: 'idNumber', problem: 'memberUnknown' },
          ],
        }),
      },
      { 'dues.record': [township] },
    );
    await pickSheet(header, body);
    expect(text('bases-import-ready')).toBe('bases.xlsx：共 2 行');
    click('bases-import-start');
    await until(() => byTestId('bases-import-problems') !== null, 'the problems');
    expect(imports(drawn)).toEqual([
      {
        unitId: township,
        rows: [
          {
            row: 2,
            idNumber: '110105198001010016',
            name: '张建国',
            category: 'Salaried',
            base: '4000.5',
            effectiveFrom: '2026-03',
          },
          {
            row: 3,
            idNumber: '11010519800101002X',
            name: '李红',
            category: '离退休',
            base: 'abc',
            effectiveFrom: '2026-03',
          },
        ],
      },
    ]);
    expect(text('bases-import-nothing-written')).toContain('没有导入任何数据');
    const lines = [...(byTestId('bases-import-problems')?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(lines).toEqual([
      ['2', '身份证号码', '本单位及下级单位没有该身份证号码的党员'],
      ['3', '月缴费基数（元）', '金额格式不正确（如 4000 或 4000.50）'],
    ]);
    // Nothing was written: the same file is not sent again as it is.
    expect(byTestId<HTMLButtonElement>('bases-import-start')?.disabled).toBe(true);
  });

  it('says how many were imported when every row passed', async () => {
    const drawn = await openList(
      { 'dues.bases.import': () => ({ imported: 2, errors: [] }) },
      { 'dues.record': [township] },
    );
    await pickSheet(
      ['身份证号码', '姓名', '缴费类别', '月缴费基数（元）', '起始月份'],
      body.map(([category, idNumber, name, month, base]) => [
        idNumber ?? '',
        name ?? '',
        category ?? '',
        base ?? '',
        month ?? '',
      ]),
    );
    click('bases-import-start');
    await until(() => byTestId('bases-import-done') !== null, 'the result');
    expect(text('bases-import-done')).toContain('已导入 2 条缴费基数');
    expect(imports(drawn)[0]?.rows.map((r) => r.category)).toEqual(['Salaried', '离退休']);
  });

  it('stops a sheet without a column it needs before sending anything', async () => {
    const drawn = await openList({}, { 'dues.record': [township] });
    await pickSheet(['姓名', '缴费类别', '月缴费基数（元）'], [['张建国', '在职', '4000']]);
    expect(text('bases-import-file-problem')).toContain('缺少这些列：身份证号码、起始月份');
    expect(byTestId<HTMLButtonElement>('bases-import-start')?.disabled).toBe(true);
    expect(imports(drawn)).toEqual([]);
  });
});
