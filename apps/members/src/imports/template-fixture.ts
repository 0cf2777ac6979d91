// The import template as the service answers `members.imports.template`, for the tests: every column of the contract
// in its order, a few codes of each choice column and a few problems, in both languages.
import { type MemberImportColumn, memberImportColumns } from '@strata/contract';
import type { ImportTemplate, ImportTemplateColumn } from '../common/api-types';

type Both = { 'zh-CN': string; 'en-US': string };
const both = (zh: string, en: string): Both => ({ 'zh-CN': zh, 'en-US': en });

const headings: Record<MemberImportColumn, Both> = {
  name: both('姓名', 'Name'),
  idNumber: both('身份证号码', 'ID number'),
  gender: both('性别', 'Gender'),
  birthDate: both('出生日期', 'Birth date'),
  ethnicity: both('民族', 'Ethnicity'),
  education: both('学历', 'Education'),
  occupation: both('职业类别', 'Occupation'),
  branch: both('所在党支部（名称或网站代码）', 'Branch (name or site code)'),
  stage: both('发展阶段', 'Stage'),
  appliedOn: both('申请入党日期', 'Applied on'),
  activistOn: both('确定为入党积极分子日期', 'Activist since'),
  candidateOn: both('确定为发展对象日期', 'Candidate since'),
  probationaryOn: both('接收为预备党员日期', 'Admitted on'),
  fullOn: both('转为正式党员日期', 'Full member since'),
  phone: both('联系电话', 'Phone'),
  address: both('家庭住址', 'Address'),
  workplace: both('工作单位及职务', 'Workplace and position'),
  note: both('备注', 'Note'),
};

const choices: Partial<Record<MemberImportColumn, ImportTemplateColumn['choices']>> = {
  gender: [
    { code: 'male', label: both('男', 'Male') },
    { code: 'female', label: both('女', 'Female') },
  ],
  ethnicity: [
    { code: '01', label: both('汉族', 'Han') },
    { code: '02', label: both('蒙古族', 'Mongol') },
  ],
  stage: [
    { code: 'applicant', label: both('入党申请人', 'Applicant') },
    { code: 'activist', label: both('入党积极分子', 'Activist') },
    { code: 'candidate', label: both('发展对象', 'Development candidate') },
    { code: 'probationary', label: both('预备党员', 'Probationary member') },
    { code: 'full', label: both('正式党员', 'Full member') },
  ],
};
const days = new Set<MemberImportColumn>([
  'birthDate',
  'appliedOn',
  'activistOn',
  'candidateOn',
  'probationaryOn',
  'fullOn',
]);
const required = new Set<MemberImportColumn>(['name', 'idNumber', 'ethnicity', 'branch', 'stage', 'appliedOn']);
const maxLength: Partial<Record<MemberImportColumn, number>> = { name: 30, note: 500 };

export const templateFixture: ImportTemplate = {
  columns: memberImportColumns.map((key) => ({
    key,
    label: headings[key],
    required: required.has(key),
    kind: choices[key] ? 'choice' : days.has(key) ? 'day' : 'text',
    maxLength: maxLength[key] ?? null,
    choices: choices[key] ?? [],
    example:
      key === 'name'
        ? both('王建华', 'Wang Jianhua')
        : key === 'appliedOn'
          ? both('2015-06-15', '2015-06-15')
          : both('', ''),
  })),
  problems: [
    { key: 'members.importRequired', label: both('此项必填', 'Required') },
    {
      key: 'members.idNumberCheckDigit',
      label: both('身份证号码校验位不对', 'The ID number’s check character is wrong'),
    },
    {
      key: 'members.importBranchUnknown',
      label: both('找不到这个党支部或党小组', 'No such branch or group'),
    },
    { key: 'phoneInvalid', label: both('手机号码格式不对', 'Not a phone number') },
  ],
};

/** A header row in `language` and `count` rows under it, each a member with its own name. */
export function sheetOf(count: number, language: keyof Both = 'zh-CN'): string[][] {
  const header = templateFixture.columns.map((c) => c.label[language]);
  const row = (i: number) =>
    templateFixture.columns.map((c) =>
      c.key === 'name' ? `党员${i}` : c.key === 'idNumber' ? `1101051949123${String(i).padStart(5, '0')}` : '',
    );
  return [header, ...Array.from({ length: count }, (_, i) => row(i + 1))];
}
