// The import template, one source for the sheet the console offers for download and for the error sheet it writes
// back: the columns in the contract's order with their headings, what each takes (text of a length, a day, or one of
// some codes, by label or code) and an example row, in both languages; and the words of every problem a row error may
// name. Built once: nothing in it depends on the caller.
import { type MemberImportColumn, memberEthnicities, memberImportColumns, memberLimits } from '@strata/contract';
import { locales } from '@strata/i18n';
import { addMonths, dayNumber, dayText } from '@strata/i18n/days';
import { baseResources, createI18n } from '@strata/i18n/resources';
import { idNumberFor } from '@strata/personal-data';
import { membersMessages } from '../locales';
import { choiceSources, textLimits } from './import-rows';
import { type ImportTemplate, importProblems } from './import-schemas';
import { importColumnLabels, importExampleWords, importValueLabels } from './messages';

type Both = { 'zh-CN': string; 'en-US': string };
const same = (text: string): Both => ({ 'zh-CN': text, 'en-US': text });
const both = ([zh, en]: readonly [string, string]): Both => ({ 'zh-CN': zh, 'en-US': en });

const dayColumns = new Set<MemberImportColumn>([
  'birthDate',
  'appliedOn',
  'activistOn',
  'candidateOn',
  'probationaryOn',
  'fullOn',
]);
/** Cells every row fills: the stage dates after the first depend on the stage (each stage reached has its day). */
const required = new Set<MemberImportColumn>([
  'name',
  'idNumber',
  'ethnicity',
  'education',
  'occupation',
  'branch',
  'stage',
  'appliedOn',
]);

/**
 * The example row: a full member born in 1985 who applied at 30 and moved on a year at each step, with an ID number
 * that passes the check (area 420102, sequence 12) and agrees with the birth date and gender given.
 */
function exampleRow(): Record<MemberImportColumn, Both> {
  const birthDate = '1985-06-15';
  const step = (years: number) => dayText(addMonths(dayNumber(birthDate), 12 * years));
  const words = (key: keyof (typeof importExampleWords)['zh-CN']): Both => ({
    'zh-CN': importExampleWords['zh-CN'][key],
    'en-US': importExampleWords['en-US'][key],
  });
  return {
    name: words('name'),
    idNumber: same(idNumberFor('420102', birthDate, 'male', 12)),
    gender: both(importValueLabels.gender.male),
    birthDate: same(birthDate),
    ethnicity: both(memberEthnicities['01']),
    education: both(importValueLabels.education.undergraduate),
    occupation: both(importValueLabels.occupation.salaried),
    branch: words('branch'),
    stage: both(importValueLabels.stage.full),
    appliedOn: same(step(30)),
    activistOn: same(step(31)),
    candidateOn: same(step(32)),
    probationaryOn: same(step(33)),
    fullOn: same(step(34)),
    phone: same('13800138000'),
    address: words('address'),
    workplace: words('workplace'),
    note: same(''),
  };
}

/** The problems' words in each language, as the errors the console shows would read (the team's and the core's). */
function problemWords() {
  const words = createI18n(
    Object.fromEntries(
      locales.map((l) => [l, { errors: { ...baseResources[l].errors, members: membersMessages[l] } }]),
    ),
  );
  // The one message with a value in it: the youngest applicant's age, the same for every row.
  const vars = { age: memberLimits.minimumAge };
  return importProblems.map((key) => ({
    key,
    label: {
      'zh-CN': words.getFixedT('zh-CN')(`errors:${key}`, vars),
      'en-US': words.getFixedT('en-US')(`errors:${key}`, vars),
    },
  }));
}

function buildTemplate(): ImportTemplate {
  const example = exampleRow();
  return {
    columns: memberImportColumns.map((key) => {
      const choice:
        | { codes: readonly string[]; labels: Readonly<Record<string, readonly [string, string]>> }
        | undefined = key in choiceSources ? choiceSources[key as keyof typeof choiceSources] : undefined;
      return {
        key,
        label: { 'zh-CN': importColumnLabels['zh-CN'][key], 'en-US': importColumnLabels['en-US'][key] },
        required: required.has(key),
        kind: choice ? 'choice' : dayColumns.has(key) ? 'day' : 'text',
        maxLength: key in textLimits ? textLimits[key as keyof typeof textLimits] : null,
        choices: choice
          ? choice.codes.map((code) => ({ code, label: both(choice.labels[code] as readonly [string, string]) }))
          : [],
        example: example[key],
      };
    }),
    problems: problemWords(),
  };
}

let template: ImportTemplate | undefined;
/** The template, built on first use (the team's messages are joined by then). */
export const importTemplate = (): ImportTemplate => {
  template ??= buildTemplate();
  return template;
};
