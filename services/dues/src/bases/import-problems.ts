// What can be wrong with a row of an imported sheet of bases, each named to the column it is in.
export const baseImportProblems = [
  'idNumberInvalid',
  'memberUnknown',
  'nameMismatch',
  'categoryUnknown',
  'baseInvalid',
  'monthInvalid',
  'monthClosed',
  'setOutsideRange',
  'rowRepeated',
] as const;
export type BaseImportProblem = (typeof baseImportProblems)[number];
