// The import's workbooks, in either language, from the service's template: the template (the members' sheet with the
// headings only, the guide to each column, the codes) and the error sheet (row, column and problem in words, in the
// file's order), the same lines the dialog lists.
import type { Locale } from '@strata/i18n';
import { describe, expect, it } from 'vitest';
import type { ImportRowError } from '../common/api-types';
import { membersNs } from '../common/register-members-messages';
import { testI18n } from '../testing/render';
import { errorSheets, mergeErrors, problemLines, templateSheets } from './import-sheets';
import { templateFixture as template } from './template-fixture';

const words = (language: Locale) => ({ template, language, t: testI18n(language).getFixedT(language, membersNs) });

const errors: ImportRowError[] = [
  { row: 12, column: 'phone', problem: 'phoneInvalid' },
  { row: 3, column: 'branch', problem: 'members.importBranchUnknown' },
  { row: 3, column: 'idNumber', problem: 'members.idNumberCheckDigit' },
];

describe('the template', () => {
  it('in Chinese: the members’ sheet headed in Chinese, the guide to each column, and the codes', () => {
    const [members, guide, codes] = templateSheets(words('zh-CN'));
    expect(members).toEqual({ name: '党员', header: template.columns.map((c) => c.label['zh-CN']), body: [] });
    expect(members?.header.slice(0, 3)).toEqual(['姓名', '身份证号码', '性别']);
    expect(guide?.name).toBe('填写说明');
    expect(guide?.header).toEqual(['列名', '必填', '填写要求', '示例']);
    expect(guide?.body[0]).toEqual(['姓名', '是', '文字，至多 30 个字', '王建华']);
    expect(guide?.body[2]).toEqual(['性别', '否', '填写“代码表”中本列的中文名称、英文名称或代码', '']);
    expect(guide?.body[9]).toEqual(['申请入党日期', '是', '日期，格式 YYYY-MM-DD，如 2021-07-01', '2015-06-15']);
    expect(guide?.body[10]).toEqual([
      '确定为入党积极分子日期',
      '否',
      '日期，格式 YYYY-MM-DD，如 2021-07-01；发展阶段为“入党积极分子”或之后时必填',
      '',
    ]);
    expect(guide?.body[15]).toEqual(['家庭住址', '否', '文字', '']);
    expect(guide?.body.at(-1)?.[0]).toContain('整个文件都不导入');
    expect(codes?.name).toBe('代码表');
    expect(codes?.header).toEqual(['列名', '代码', '中文名称', '英文名称']);
    expect(codes?.body.slice(0, 3)).toEqual([
      ['性别', 'male', '男', 'Male'],
      ['性别', 'female', '女', 'Female'],
      ['民族', '01', '汉族', 'Han'],
    ]);
    expect(codes?.body).toHaveLength(9);
  });

  it('in English: the same sheets in English, the codes still with both names (a cell may give either)', () => {
    const [members, guide, codes] = templateSheets(words('en-US'));
    expect(members?.name).toBe('Members');
    expect(members?.header.slice(0, 3)).toEqual(['Name', 'ID number', 'Gender']);
    expect(guide?.header).toEqual(['Column', 'Required', 'What to fill in', 'Example']);
    expect(guide?.body[0]).toEqual(['Name', 'Yes', 'Text, at most 30 characters', 'Wang Jianhua']);
    expect(guide?.body[12]).toEqual([
      'Admitted on',
      'No',
      'A day as YYYY-MM-DD, such as 2021-07-01; required from the stage “Probationary member” on',
      '',
    ]);
    expect(codes?.header).toEqual(['Column', 'Code', 'Chinese name', 'English name']);
    expect(codes?.body.at(-1)).toEqual(['Stage', 'full', '正式党员', 'Full member']);
  });
});

describe('the error sheet', () => {
  it('lists row, column and problem in words, by row and then the template’s column order, in either language', () => {
    expect(errorSheets(words('zh-CN'), errors)).toEqual([
      {
        name: '错误',
        header: ['行号', '列', '问题'],
        body: [
          [3, '身份证号码', '身份证号码校验位不对'],
          [3, '所在党支部（名称或网站代码）', '找不到这个党支部或党小组'],
          [12, '联系电话', '手机号码格式不对'],
        ],
      },
    ]);
    expect(errorSheets(words('en-US'), errors)).toEqual([
      {
        name: 'Errors',
        header: ['Row', 'Column', 'Problem'],
        body: [
          [3, 'ID number', 'The ID number’s check character is wrong'],
          [3, 'Branch (name or site code)', 'No such branch or group'],
          [12, 'Phone', 'Not a phone number'],
        ],
      },
    ]);
  });

  it('is what the dialog lists', () => {
    expect(problemLines({ template, language: 'en-US' }, errors).map((l) => [l.row, l.column, l.problem])).toEqual(
      errorSheets(words('en-US'), errors)[0]?.body,
    );
  });
});

it('keeps each error once, however many chunks named it', () => {
  const again = { row: 3, column: 'idNumber', problem: 'members.idNumberCheckDigit' } as const;
  expect(mergeErrors(errors, [again, again, { row: 600, column: 'name', problem: 'members.importRequired' }])).toEqual([
    ...errors,
    { row: 600, column: 'name', problem: 'members.importRequired' },
  ]);
});
