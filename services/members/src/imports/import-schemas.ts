// What the import's procedures take and give. A row's cells arrive as the sheet had them, as text, each checked by
// the import itself: a bad cell is a row error on its column (with the row's number in the sheet), never a refusal of
// the whole call. Formulas are not evaluated anywhere: a cell holding `=1+1` is the text "=1+1".
import { idInput } from '@strata/api';
import { memberImportColumns, memberLimits } from '@strata/contract';
import { z } from 'zod';
import { membersMessage } from '../locales';

const cell = z.string().max(memberLimits.importCellMax).default('');
/** A row's cells by the template's column keys; a column the sheet left out is a blank cell. */
export const importCells = z.strictObject(
  Object.fromEntries(memberImportColumns.map((column) => [column, cell])) as {
    [K in (typeof memberImportColumns)[number]]: typeof cell;
  },
);
export type ImportCells = z.output<typeof importCells>;

/** The sheet's rows are numbered as the sheet numbers them: the header is row 1. */
const sheetRow = z.number().int().min(2).max(1_048_576);

export const startInput = z.strictObject({
  /** The unit the import is made at: every row's branch lies in its subtree, within the caller's scope. */
  unitId: idInput,
  /** The rows the sheet holds: the import commits once every one was checked. */
  total: z.number().int().min(1).max(memberLimits.importMaxRows),
});

export const stageInput = z.strictObject({
  id: idInput,
  /**
   * How many of the file's rows were answered before this chunk (the console's count): the chunk is the next one when
   * it equals the rows checked so far, and the one answered last when it ends there (sent again, its answer lost).
   */
  first: z.number().int().min(0).max(memberLimits.importMaxRows),
  rows: z
    .array(z.strictObject({ row: sheetRow, cells: importCells }))
    .min(1)
    .max(memberLimits.importChunkMaxRows)
    .refine((rows) => new Set(rows.map((r) => r.row)).size === rows.length, {
      params: { key: membersMessage('importRowsRepeated') },
    }),
});
export type StageInput = z.output<typeof stageInput>;

/**
 * The problems a row can have: the registry's own (an ID number's format, check character or birth date, a gender or
 * birth date that disagrees with it, a phone, the stage dates, a number registered already, a unit that is no branch or
 * is archived) and the import's (a blank required cell, a cell too long, a value the column does not know, a branch
 * that cannot be found or is named ambiguously, an ID number on several rows of the file). Each is a message key.
 */
export const importProblems = [
  membersMessage('importRequired'),
  membersMessage('importTooLong'),
  membersMessage('importValueUnknown'),
  membersMessage('dateInvalid'),
  membersMessage('idNumberFormat'),
  membersMessage('idNumberCheckDigit'),
  membersMessage('idNumberBirthDate'),
  membersMessage('genderDisagrees'),
  membersMessage('birthDateDisagrees'),
  'phoneInvalid',
  membersMessage('stageDateRequired'),
  membersMessage('stageDateBeyondStage'),
  membersMessage('stageDateOrder'),
  'dateInFuture',
  membersMessage('applicantTooYoung'),
  membersMessage('importBranchUnknown'),
  membersMessage('importBranchAmbiguous'),
  membersMessage('unitNotBranch'),
  'unitArchived',
  membersMessage('importDuplicateInFile'),
  membersMessage('idNumberTaken'),
] as const;
export type ImportProblem = (typeof importProblems)[number];

export const importRowError = z.object({
  /** The row's number in the sheet. */
  row: z.number().int(),
  column: z.enum(memberImportColumns),
  problem: z.enum(importProblems),
});
export type ImportRowError = z.output<typeof importRowError>;

/** Where the import stands after a chunk, and the chunk's row errors (an ID number shared with an earlier row names both). */
export const stageResult = z.object({
  id: z.number().int(),
  total: z.number().int(),
  staged: z.number().int(),
  refused: z.number().int(),
  errors: z.array(importRowError),
});
export type StageResult = z.output<typeof stageResult>;

/** Either every row went into the registry, or none did and `errors` says which rows stopped it. */
export const commitResult = z.object({ imported: z.number().int(), errors: z.array(importRowError) });
export type CommitResult = z.output<typeof commitResult>;

const bothLanguages = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });

export const importTemplate = z.object({
  /** In the sheet's order. */
  columns: z.array(
    z.object({
      key: z.enum(memberImportColumns),
      label: bothLanguages,
      required: z.boolean(),
      /** `text`: as typed (at most `maxLength` characters, when bounded); `day`: YYYY-MM-DD; `choice`: one of `choices`. */
      kind: z.enum(['text', 'day', 'choice']),
      maxLength: z.number().int().nullable(),
      /** For a choice, the codes and their labels; a cell may hold a code or either label. */
      choices: z.array(z.object({ code: z.string(), label: bothLanguages })),
      example: bothLanguages,
    }),
  ),
  /** Every problem a row error may name, with its words. */
  problems: z.array(z.object({ key: z.enum(importProblems), label: bothLanguages })),
});
export type ImportTemplate = z.output<typeof importTemplate>;
