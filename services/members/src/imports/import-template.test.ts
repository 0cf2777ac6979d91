// The import template: the contract's columns in its order, headed in both languages, each choice column offering
// every code of the contract with its labels, an example row the import itself accepts in either language, and the
// words of every problem a row error can name (the team's and the core's messages, the age filled in).
import {
  memberEducations,
  memberEthnicityCodes,
  memberGenders,
  memberImportColumns,
  memberLimits,
  memberOccupations,
  memberStages,
} from '@strata/contract';
import { calendarDay } from '@strata/i18n/days';
import { describe, expect, it } from 'vitest';
import { branchFinder, checkRow } from './import-rows';
import { type ImportCells, importProblems } from './import-schemas';
import { importTemplate } from './import-template';

const template = importTemplate();
const column = (key: string) => template.columns.find((c) => c.key === key);

describe('importTemplate', () => {
  it('lists the contract’s columns in its order, each headed in both languages', () => {
    expect(template.columns.map((c) => c.key)).toEqual([...memberImportColumns]);
    for (const c of template.columns) {
      expect(c.label['zh-CN'], c.key).toMatch(/\p{Script=Han}/u);
      expect(c.label['en-US'], c.key).toMatch(/^[A-Z][A-Za-z ()]+$/);
    }
    expect(column('name')).toMatchObject({ required: true, kind: 'text', maxLength: memberLimits.nameMax });
    expect(column('gender')).toMatchObject({ required: false, kind: 'choice', maxLength: null });
    expect(column('appliedOn')).toMatchObject({ required: true, kind: 'day' });
    expect(column('fullOn')).toMatchObject({ required: false, kind: 'day' });
    expect(column('note')).toMatchObject({ required: false, kind: 'text', maxLength: memberLimits.noteMax });
  });

  it('offers every code of each choice column, with its labels', () => {
    const codes = (key: string) => column(key)?.choices.map((c) => c.code);
    expect(codes('gender')).toEqual([...memberGenders]);
    expect(codes('ethnicity')).toEqual([...memberEthnicityCodes].sort());
    expect(codes('ethnicity')?.slice(0, 2)).toEqual(['01', '02']);
    expect(codes('education')).toEqual([...memberEducations]);
    expect(codes('occupation')).toEqual([...memberOccupations]);
    expect(codes('stage')).toEqual([...memberStages]);
    expect(column('ethnicity')?.choices[0]).toEqual({ code: '01', label: { 'zh-CN': '汉族', 'en-US': 'Han' } });
    for (const key of ['name', 'idNumber', 'branch', 'appliedOn']) expect(column(key)?.choices).toEqual([]);
  });

  it('gives an example row the import accepts, in either language', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const cells = Object.fromEntries(template.columns.map((c) => [c.key, c.example[locale]])) as ImportCells;
      const branch = { id: 7, name: cells.branch, siteCode: null, kind: 'branch', archived: false };
      const check = checkRow(2, cells, calendarDay(new Date()), branchFinder([branch]));
      expect(check.problems, locale).toEqual([]);
      expect(check.member?.checked.facts).toMatchObject({ stage: 'full', ethnicity: '01', gender: 'male' });
    }
  });

  it('words every problem a row error can name, in both languages', () => {
    expect(template.problems.map((p) => p.key)).toEqual([...importProblems]);
    for (const { key, label } of template.problems) {
      for (const text of [label['zh-CN'], label['en-US']]) {
        expect(text, key).not.toContain(key);
        expect(text, key).not.toContain('{{');
      }
      expect(label['zh-CN'], key).toMatch(/\p{Script=Han}/u);
      expect(label['en-US'], key).not.toMatch(/\p{Script=Han}/u);
    }
    const words = (key: string) => template.problems.find((p) => p.key === key)?.label;
    expect(words('members.applicantTooYoung')?.['zh-CN']).toContain(String(memberLimits.minimumAge));
    expect(words('phoneInvalid')?.['zh-CN']).toContain('手机号码');
    expect(words('members.idNumberCheckDigit')?.['en-US']).toContain('check character');
  });
});
