import { idInput } from '@strata/api';
import { userImportMaxRows } from '@strata/contract';
import { z } from 'zod';

// Cells arrive as the spreadsheet had them: each row is checked by the import itself, so one bad cell is a
// row error (with its row and column) rather than a refusal of the whole request.
const cell = z.string().max(200);
export const importRow = z.strictObject({ username: cell, displayName: cell, unit: cell, password: cell });
export type ImportRow = z.output<typeof importRow>;

export const importInput = z.strictObject({
  /** The unit the import is made at: every row's unit must lie in its subtree, within the caller's scope. */
  unitId: idInput,
  rows: z.array(importRow).min(1).max(userImportMaxRows),
});
export type ImportInput = z.output<typeof importInput>;

export const importProblem = z.enum([
  'usernameInvalid',
  'usernameDuplicate',
  'usernameTaken',
  'displayNameInvalid',
  'unitUnknown',
  'unitAmbiguous',
  'passwordWeak',
]);
export type ImportProblem = z.output<typeof importProblem>;

export const importRowError = z.object({
  /** 1-based, counting the rows sent (the spreadsheet's header not included). */
  row: z.number().int(),
  field: z.enum(['username', 'displayName', 'unit', 'password']),
  problem: importProblem,
});
export type ImportRowError = z.output<typeof importRowError>;

/** Either every row was imported, or none was and `errors` says why, row by row. */
export const importResult = z.object({ imported: z.number().int(), errors: z.array(importRowError) });
