// Field names that hold personal data wherever they appear, for a logger's redaction list (pino's `redact`, say, as
// `personalDataFieldNames.flatMap((name) => [name, `*.${name}`])`) and for anyone asking "is this field personal?".
// Names only: matching is exact, so a field called "name" is left out on purpose (it also names units and files),
// while "submitterName" and "realName" are in. Add a team's new personal fields here when they are created.
export const personalDataFieldNames = [
  'phone',
  'mobile',
  'telephone',
  'idNumber',
  'address',
  'realName',
  'birthDate',
  'submitterName',
  'submitterPhone',
  'submitterIdNumber',
  'submitterAddress',
  'contactName',
  'contactPhone',
  'emergencyContact',
  'emergencyPhone',
] as const;

export type PersonalDataFieldName = (typeof personalDataFieldNames)[number];
