// The workbooks the import offers, in the language the user chose, both made from the service's template (its
// columns' headings, rules, codes and problem words come in both languages): the template to fill in (the members'
// sheet first, as the import reads the first sheet; then how to fill each column, and the codes a choice column
// takes) and the error sheet of the rows the service refused, the same rows the dialog's table lists.
import type { Locale } from '@strata/i18n';
import type { XlsxSheet } from '@strata/ui/list-page';
import type { TFunction } from 'i18next';
import type { ImportRowError, ImportTemplate, ImportTemplateColumn } from '../common/api-types';
import { stageDays } from '../common/domain-values';

/** `t` is the members' words in `language` (the sheets' language may differ from the console's). */
type Words = { template: ImportTemplate; language: Locale; t: TFunction };

const stageOfDay = new Map<string, string>(Object.entries(stageDays).map(([stage, day]) => [day, stage]));

/** What a column takes, in words. */
function rule({ template, language, t }: Words, column: ImportTemplateColumn): string {
  const stage = stageOfDay.get(column.key);
  const stageLabel = template.columns.find((c) => c.key === 'stage')?.choices.find((choice) => choice.code === stage)
    ?.label[language];
  const parts = [
    column.kind === 'day'
      ? t('imports.rule.day')
      : column.kind === 'choice'
        ? t('imports.rule.choice')
        : column.maxLength === null
          ? t('imports.rule.text')
          : t('imports.rule.textMax', { max: column.maxLength }),
  ];
  if (!column.required && stageLabel) parts.push(t('imports.rule.stageDay', { stage: stageLabel }));
  return parts.join(t('imports.rule.separator'));
}

/** The template: the members' sheet (headings only), how to fill each column, and every choice column's codes. */
export function templateSheets(words: Words): XlsxSheet[] {
  const { template, language, t } = words;
  return [
    { name: t('imports.sheet.members'), header: template.columns.map((c) => c.label[language]), body: [] },
    {
      name: t('imports.sheet.guide'),
      header: [
        t('imports.guide.column'),
        t('imports.guide.required'),
        t('imports.guide.rule'),
        t('imports.guide.example'),
      ],
      body: [
        ...template.columns.map((c) => [
          c.label[language],
          c.required ? t('imports.guide.yes') : t('imports.guide.no'),
          rule(words, c),
          c.example[language],
        ]),
        [],
        ...(['header', 'asText', 'fromIdNumber', 'oneFile'] as const).map((note) => [t(`imports.guide.notes.${note}`)]),
      ],
    },
    {
      name: t('imports.sheet.codes'),
      header: [t('imports.codes.column'), t('imports.codes.code'), t('imports.codes.zhCN'), t('imports.codes.enUS')],
      body: template.columns.flatMap((c) =>
        c.choices.map((choice) => [c.label[language], choice.code, choice.label['zh-CN'], choice.label['en-US']]),
      ),
    },
  ];
}

/** A refused row's problem as the dialog lists it and the error sheet writes it. */
export type ProblemLine = { key: string; row: number; column: string; problem: string };

/** The service's row errors in words, in the sheet's order (by row, then the template's column order). */
export function problemLines(
  { template, language }: Omit<Words, 't'>,
  errors: readonly ImportRowError[],
): ProblemLine[] {
  const order = new Map(template.columns.map((c, i) => [c.key, i]));
  const heading = new Map(template.columns.map((c) => [c.key, c.label[language]]));
  const words = new Map(template.problems.map((p) => [p.key, p.label[language]]));
  return [...errors]
    .sort((a, b) => a.row - b.row || (order.get(a.column) ?? 0) - (order.get(b.column) ?? 0))
    .map((e) => ({
      key: `${e.row}-${e.column}-${e.problem}`,
      row: e.row,
      column: heading.get(e.column) ?? e.column,
      problem: words.get(e.problem) ?? e.problem,
    }));
}

/** The error sheet: one line per problem, its row's number in the user's file, the column, the problem. */
export function errorSheets(words: Words, errors: readonly ImportRowError[]): XlsxSheet[] {
  const { t } = words;
  return [
    {
      name: t('imports.sheet.errors'),
      header: [t('imports.problems.row'), t('imports.problems.column'), t('imports.problems.problem')],
      body: problemLines(words, errors).map((line) => [line.row, line.column, line.problem]),
    },
  ];
}

/** Every error once, however many chunks named it (an ID number shared with an earlier row names that row again). */
export function mergeErrors(known: readonly ImportRowError[], more: readonly ImportRowError[]): ImportRowError[] {
  const byKey = new Map<string, ImportRowError>();
  for (const e of [...known, ...more]) byKey.set(`${e.row}-${e.column}-${e.problem}`, e);
  return [...byKey.values()];
}
