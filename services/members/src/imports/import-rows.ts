// One row of an import sheet checked, apart from any database: its cells read as the template says (codes by a label
// in either language or by the code, days as YYYY-MM-DD, lengths as the registry's forms allow), then the member
// checked by the registry's own rules (checkNewMember), and its branch found among the units the import may reach.
// Every problem of the row is named on its column, never with the value. Cells are text: nothing in one is evaluated.

import { isIsoDate } from '@strata/calendar';
import {
  type MemberImportColumn,
  memberEducations,
  memberEthnicities,
  memberEthnicityCodes,
  memberGenders,
  memberImportColumns,
  memberLimits,
  memberOccupations,
  memberStages,
  nameKey,
} from '@strata/contract';
import { membersMessage } from '../locales';
import { memberUnitKinds } from '../registry/create-member';
import {
  type CheckedMember,
  checkNewMember,
  lookupIdNumber,
  type Problem,
  stageDateFields,
} from '../registry/member-rules';
import { type ImportCells, type ImportProblem, type ImportRowError, importProblems } from './import-schemas';
import { importValueLabels } from './messages';

export type RowProblem = { column: MemberImportColumn; problem: ImportProblem };

/** A branch named by a row: the unit, or why none. */
export type BranchOf = (text: string) => { unitId: number } | { problem: ImportProblem };

export type RowCheck = {
  row: number;
  /** The ID number normalised, whenever it is a valid one (the file's duplicates are looked for among all of them). */
  idNumber: string | null;
  problems: RowProblem[];
  /** The member and its branch, for a row without problems. */
  member: { unitId: number; checked: CheckedMember } | null;
};

/** How a label or code is compared: full-width forms folded, spaces around trimmed, case ignored. */
const choiceKey = (value: string) => value.normalize('NFKC').trim().toLowerCase();

type Labels<Code extends string> = Readonly<Record<Code, readonly [string, string]>>;
const source = <Code extends string>(codes: readonly Code[], labels: Labels<Code>) => ({ codes, labels });

/** Each choice column's codes in the order forms list them, with their labels in both languages. */
export const choiceSources = {
  gender: source(memberGenders, importValueLabels.gender),
  // Object.keys puts integer-like keys ("10") before the others ("01"): the codes are listed in code order.
  ethnicity: source([...memberEthnicityCodes].sort(), memberEthnicities),
  education: source(memberEducations, importValueLabels.education),
  occupation: source(memberOccupations, importValueLabels.occupation),
  stage: source(memberStages, importValueLabels.stage),
} as const satisfies Partial<Record<MemberImportColumn, unknown>>;

/** A column's codes by each way a cell may give them: the code, or its label in either language. */
function choices<Code extends string>({ codes, labels }: { codes: readonly Code[]; labels: Labels<Code> }) {
  const map = new Map<string, Code>();
  for (const code of codes) for (const word of [code, ...labels[code]]) map.set(choiceKey(word), code);
  return map;
}

const choiceColumns = {
  gender: choices(choiceSources.gender),
  ethnicity: choices(choiceSources.ethnicity),
  education: choices(choiceSources.education),
  occupation: choices(choiceSources.occupation),
  stage: choices(choiceSources.stage),
};

/** The longest text each text column keeps: the registry's own limits (`memberLimits`). */
export const textLimits = {
  name: memberLimits.nameMax,
  phone: memberLimits.phoneMax,
  address: memberLimits.addressMax,
  workplace: memberLimits.workplaceMax,
  note: memberLimits.noteMax,
} as const satisfies Partial<Record<MemberImportColumn, number>>;

/** The stage dates, in the lifecycle's order (the registry's fields, the template's columns). */
const stageDayColumns = Object.values(stageDateFields);
const stageDayFields = new Set<string>(stageDayColumns);
const columnSet = new Set<string>(memberImportColumns);
const columnOrder = new Map<MemberImportColumn, number>(memberImportColumns.map((c, i) => [c, i]));
const byColumn = (a: { column: MemberImportColumn }, b: { column: MemberImportColumn }) =>
  (columnOrder.get(a.column) ?? 0) - (columnOrder.get(b.column) ?? 0);
const problemSet = new Set<string>(importProblems);

/** A problem of the registry's rules on the import's column of the same name (the rules name the fields so). */
function onColumn(problem: Problem): RowProblem {
  if (!columnSet.has(problem.field) || !problemSet.has(problem.key))
    throw new Error(`the import does not list the registry's problem ${problem.key} on ${problem.field}`);
  return { column: problem.field as MemberImportColumn, problem: problem.key as ImportProblem };
}

/** Checks one row, every column, as registering the member with `registry.create` would. */
export function checkRow(row: number, cells: ImportCells, today: string, branchOf: BranchOf): RowCheck {
  const problems: RowProblem[] = [];
  const cell = (column: MemberImportColumn) => cells[column].trim();
  const refuse = (column: MemberImportColumn, problem: ImportProblem) => {
    problems.push({ column, problem });
    return undefined;
  };
  const required = membersMessage('importRequired');

  const text = (column: keyof typeof textLimits, needed: boolean) => {
    const value = cell(column);
    if (needed && value === '') return refuse(column, required);
    return value.length > textLimits[column] ? refuse(column, membersMessage('importTooLong')) : value;
  };
  const choice = <Code extends string>(column: MemberImportColumn, codes: Map<string, Code>, needed: boolean) => {
    const value = cell(column);
    if (value === '') return needed ? refuse(column, required) : undefined;
    return codes.get(choiceKey(value)) ?? refuse(column, membersMessage('importValueUnknown'));
  };
  /** A day, or null when blank; `false` when it is no day. */
  const day = (column: MemberImportColumn): string | null | false => {
    const value = cell(column);
    if (value === '') return null;
    if (isIsoDate(value)) return value;
    refuse(column, membersMessage('dateInvalid'));
    return false;
  };

  const name = text('name', true);
  const idNumber = cell('idNumber');
  if (idNumber === '') refuse('idNumber', required);
  const gender = choice('gender', choiceColumns.gender, false);
  const birthDate = day('birthDate');
  const ethnicity = choice('ethnicity', choiceColumns.ethnicity, true);
  const education = choice('education', choiceColumns.education, true);
  const occupation = choice('occupation', choiceColumns.occupation, true);
  const branch = cell('branch');
  const unit = branch === '' ? refuse('branch', required) : branchOf(branch);
  if (unit && 'problem' in unit) refuse('branch', unit.problem);
  const stage = choice('stage', choiceColumns.stage, true);
  const days = stageDayColumns.map((column) => day(column));
  const phone = text('phone', false);
  const address = text('address', false);
  const workplace = text('workplace', false);
  const note = text('note', false);

  // The registry's rules read the ID number, the gender and birth date given, the phone and the stage dates. A cell
  // refused above stands in blank, so the rest of the row is still checked, and each problem shows once: a blank ID
  // number is not also malformed, and stage dates are judged only once the stage and every day could be read.
  const datesRead = stage !== undefined && !days.includes(false);
  const [appliedOn, activistOn, candidateOn, probationaryOn, fullOn] = datesRead ? (days as (string | null)[]) : [];
  const checked = checkNewMember(
    {
      name: name ?? '',
      idNumber,
      ...(gender === undefined ? {} : { gender }),
      ...(birthDate ? { birthDate } : {}),
      ethnicity: ethnicity ?? '',
      education: education ?? 'primary',
      occupation: occupation ?? 'other',
      stage: stage ?? 'applicant',
      phone: phone ?? '',
      address: address ?? '',
      workplace: workplace ?? '',
      note: note ?? '',
      appliedOn,
      activistOn,
      candidateOn,
      probationaryOn,
      fullOn,
    },
    today,
  );
  for (const problem of checked.problems) {
    if (problem.field === 'idNumber' && idNumber === '') continue;
    if (!datesRead && stageDayFields.has(problem.field)) continue;
    problems.push(onColumn(problem));
  }
  problems.sort(byColumn);
  const valid = idNumber === '' ? null : lookupIdNumber(idNumber, today);
  const normalised = valid && 'idNumber' in valid ? valid.idNumber : null;
  if (!checked.member || !unit || 'problem' in unit || problems.length)
    return { row, idNumber: normalised, problems, member: null };
  return { row, idNumber: normalised, problems, member: { unitId: unit.unitId, checked: checked.member } };
}

/** A unit the import may reach (the import unit's subtree, within the caller's scope). */
export type ReachableUnit = { id: number; name: string; siteCode: string | null; kind: string; archived: boolean };

/**
 * Finds a row's branch among the units the import may reach, by its site code or its name (compared as unit names
 * are: full-width forms folded, case ignored). A unit it may not reach is not among them, so a branch outside the
 * caller's scope is refused exactly as one that does not exist. A name several branches share asks for the site code.
 */
export function branchFinder(units: readonly ReachableUnit[]): BranchOf {
  const bySite = new Map<string, ReachableUnit>();
  const byName = new Map<string, ReachableUnit[]>();
  for (const unit of units) {
    if (unit.siteCode) bySite.set(unit.siteCode.toLowerCase(), unit);
    byName.set(nameKey(unit.name), [...(byName.get(nameKey(unit.name)) ?? []), unit]);
  }
  return (text) => {
    const site = bySite.get(choiceKey(text));
    const named = site ? [site] : (byName.get(nameKey(text)) ?? []);
    if (!named.length) return { problem: membersMessage('importBranchUnknown') };
    const active = named.filter((u) => !u.archived);
    if (!active.length) return { problem: 'unitArchived' };
    const branches = active.filter((u) => memberUnitKinds.has(u.kind));
    if (branches.length > 1) return { problem: membersMessage('importBranchAmbiguous') };
    const [branch] = branches;
    return branch ? { unitId: branch.id } : { problem: membersMessage('unitNotBranch') };
  };
}

/** Row errors in the sheet's order: by row, then by column, each problem once. */
export function sortedErrors(errors: readonly ImportRowError[]): ImportRowError[] {
  const seen = new Set<string>();
  return errors
    .filter((e) => {
      const key = `${e.row}:${e.column}:${e.problem}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.row - b.row || byColumn(a, b));
}
