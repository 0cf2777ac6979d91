// The registry's rules, apart from any database: what an ID number says and whether the form agrees with it, which
// stage dates a member of a stage has and in what order, who may still be changed, and who may leave how. Each
// problem names the field a form marks and a message key, never the value typed.
import { AppError } from '@strata/api';
import {
  activeMemberStatuses,
  type MemberEducation,
  type MemberOccupation,
  type MemberStage,
  type MemberStatus,
  memberLimits,
  memberStages,
} from '@strata/contract';
import { checkIdNumber, checkPhone } from '@strata/personal-data';
import { membersMessage } from '../locales';
import { ageOn, probationEndOf } from '../members/member-dates';
import type { NewMember } from './registry-schemas';

/** A message key as AppError takes it: a core one or the team's (`members.<key>`). */
type MessageKey = ConstructorParameters<typeof AppError>[1];
export type Problem = { field: string; key: MessageKey; vars?: Record<string, string | number> };

/** The problem as the field error a form shows on its field. */
const fieldErrorOf = (p: Problem) => new AppError('BAD_REQUEST', p.key, p.vars, p.field);

/** Throws the first problem, if any, as a field error (a form shows one message per save, on its field). */
export function throwFirst(problems: readonly Problem[]): void {
  const [first] = problems;
  if (first) throw fieldErrorOf(first);
}

/** Throws the first of problems known to be there. */
export function refuse(problems: readonly [Problem, ...Problem[]] | Problem[]): never {
  const [first] = problems;
  throw first ? fieldErrorOf(first) : new Error('refuse: no problem given');
}

const idNumberKeys = {
  format: membersMessage('idNumberFormat'),
  checkDigit: membersMessage('idNumberCheckDigit'),
  birthDate: membersMessage('idNumberBirthDate'),
} as const;

export type Identity = { idNumber: string; birthDate: string; gender: 'male' | 'female' };

/**
 * The ID number checked (format, check character, a birth date that exists and is not after `today`) and what it
 * says: the birth date and gender the registry records. A gender or birth date the form also sent must agree.
 */
export function identityOf(
  idNumber: string,
  stated: { gender?: string | undefined; birthDate?: string | undefined },
  today: string,
): { identity: Identity; problems: [] } | { identity: null; problems: Problem[] } {
  const check = checkIdNumber(idNumber, today);
  if (!check.ok) return { identity: null, problems: [{ field: 'idNumber', key: idNumberKeys[check.reason] }] };
  const problems: Problem[] = [];
  if (stated.gender !== undefined && stated.gender !== check.gender)
    problems.push({ field: 'gender', key: membersMessage('genderDisagrees') });
  if (stated.birthDate !== undefined && stated.birthDate !== check.birthDate)
    problems.push({ field: 'birthDate', key: membersMessage('birthDateDisagrees') });
  if (problems.length) return { identity: null, problems };
  return { identity: { idNumber: check.normalised, birthDate: check.birthDate, gender: check.gender }, problems: [] };
}

/** The ID number a list looks up: checked the same way, reported on the filter's field. */
export function lookupIdNumber(value: string, today: string): { idNumber: string } | { problem: Problem } {
  const check = checkIdNumber(value, today);
  return check.ok
    ? { idNumber: check.normalised }
    : { problem: { field: 'idNumber', key: idNumberKeys[check.reason] } };
}

/** A phone number as stored (its digits), blank for none, or the problem with it. */
export function phoneOf(value: string): { phone: string } | { problem: Problem } {
  if (value === '') return { phone: '' };
  const check = checkPhone(value);
  return check.ok ? { phone: check.normalised } : { problem: { field: 'phone', key: 'phoneInvalid' } };
}

/** The day each stage was reached, by stage, in the lifecycle's order. */
export const stageDateFields = {
  applicant: 'appliedOn',
  activist: 'activistOn',
  candidate: 'candidateOn',
  probationary: 'probationaryOn',
  full: 'fullOn',
} as const satisfies Record<MemberStage, string>;
export type StageDateField = (typeof stageDateFields)[MemberStage];
export type StageDates = Record<StageDateField, string | null>;

/**
 * What is wrong with the stage dates of a member of `stage` born on `birthDate`, first problem first: every stage
 * reached has its day and no later stage has one; each day comes no earlier than the one before it and not after
 * `today`; and the applicant was at least `memberLimits.minimumAge` on the day of application.
 */
export function stageDateProblems(stage: MemberStage, dates: StageDates, birthDate: string, today: string): Problem[] {
  const reached = memberStages.indexOf(stage);
  const problems: Problem[] = [];
  let previous: string | null = null;
  memberStages.forEach((step, i) => {
    const field = stageDateFields[step];
    const day = dates[field];
    if (i > reached) {
      if (day !== null) problems.push({ field, key: membersMessage('stageDateBeyondStage') });
      return;
    }
    if (day === null) {
      problems.push({ field, key: membersMessage('stageDateRequired') });
      return;
    }
    // YYYY-MM-DD strings compare in date order.
    if (day > today) problems.push({ field, key: 'dateInFuture' });
    else if (previous !== null && day < previous) problems.push({ field, key: membersMessage('stageDateOrder') });
    else if (i === 0 && ageOn(birthDate, day) < memberLimits.minimumAge)
      problems.push({ field, key: membersMessage('applicantTooYoung'), vars: { age: memberLimits.minimumAge } });
    previous = day;
  });
  return problems;
}

/** The day probation ends for a member admitted on `probationaryOn` (none before admission). */
export const probationEndFor = (probationaryOn: string | null) =>
  probationaryOn === null ? null : probationEndOf(probationaryOn);

/** A new member's details as a form or an import's row gives them, the unit apart (each checks its own). */
export type NewMemberDetails = Omit<NewMember, 'unitId'>;

/** What the registry writes for a new member: the facts, and the personal data in the clear, normalised to be sealed. */
export type CheckedMember = {
  facts: {
    name: string;
    gender: 'male' | 'female';
    birthDate: string;
    ethnicity: string;
    education: MemberEducation;
    occupation: MemberOccupation;
    stage: MemberStage;
    probationEndsOn: string | null;
    workplace: string;
    note: string;
  } & StageDates;
  pii: { idNumber: string; phone: string; address: string };
};

/**
 * A new member checked as the registry checks one: the ID number (and the gender and birth date sent, which must
 * agree with it), the phone, and the stage dates against the birth date it gives. Every problem found, in that order
 * (a form shows the first, an import's row lists them all), or the member the registry writes.
 */
export function checkNewMember(
  input: NewMemberDetails,
  today: string,
): { member: CheckedMember; problems: [] } | { member: null; problems: Problem[] } {
  const { identity, problems } = identityOf(input.idNumber, input, today);
  const found: Problem[] = [...problems];
  const phone = phoneOf(input.phone);
  if ('problem' in phone) found.push(phone.problem);
  const dates: StageDates = {
    appliedOn: input.appliedOn ?? null,
    activistOn: input.activistOn ?? null,
    candidateOn: input.candidateOn ?? null,
    probationaryOn: input.probationaryOn ?? null,
    fullOn: input.fullOn ?? null,
  };
  // The applicant's age is read from the birth date the ID number gives: without one, the dates wait for it.
  if (identity) found.push(...stageDateProblems(input.stage, dates, identity.birthDate, today));
  if (!identity || 'problem' in phone || found.length) return { member: null, problems: found };
  return {
    member: {
      facts: {
        name: input.name,
        gender: identity.gender,
        birthDate: identity.birthDate,
        ethnicity: input.ethnicity,
        education: input.education,
        occupation: input.occupation,
        stage: input.stage,
        ...dates,
        probationEndsOn: probationEndFor(dates.probationaryOn),
        workplace: input.workplace,
        note: input.note,
      },
      pii: { idNumber: identity.idNumber, phone: phone.phone, address: input.address },
    },
    problems: [],
  };
}

/** Whether a member is still on the registry (active, or floating while working away). */
export const onRegistry = (status: string) => activeMemberStatuses.includes(status as MemberStatus);

/**
 * What changing a member's details may touch. A member who left the registry (transferred out of the system, died,
 * was expelled, withdrew, whose candidacy was cancelled) is kept as the record stood on leaving: only the note, where
 * later facts about the file are written, may change. Their stage and unit never change here either way.
 */
export function editProblem(status: string, fields: readonly string[]): Problem | null {
  if (onRegistry(status)) return null;
  const other = fields.find((f) => f !== 'note');
  return other === undefined ? null : { field: other, key: membersMessage('memberLeft') };
}

/** The statuses `setStatus` records: leaving the registry by death, expulsion or withdrawal. */
export const leavingStatuses = ['deceased', 'expelled', 'withdrawn'] as const;
export type LeavingStatus = (typeof leavingStatuses)[number];

/**
 * Whether a member may leave the registry this way on `day`. Only a member on it may (so death is final, and a
 * member who left cannot leave again); only a probationary or full member can be expelled (before admission a
 * candidacy is cancelled instead, in the lifecycle); the day is not after today, nor before the last stage reached.
 */
export function leavingProblems(
  member: { status: string; stage: string } & StageDates,
  to: LeavingStatus,
  day: string,
  today: string,
): Problem[] {
  if (!onRegistry(member.status)) return [{ field: 'status', key: membersMessage('memberNotCurrent') }];
  if (to === 'expelled' && member.stage !== 'probationary' && member.stage !== 'full')
    return [{ field: 'status', key: membersMessage('expelOnlyMembers') }];
  if (day > today) return [{ field: 'on', key: 'dateInFuture' }];
  const lastStage = Object.values(stageDateFields)
    .map((field) => member[field])
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1);
  if (lastStage !== undefined && day < lastStage) return [{ field: 'on', key: membersMessage('leftBeforeJoined') }];
  return [];
}
