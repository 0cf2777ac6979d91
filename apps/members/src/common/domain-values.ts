// The members' values in the order the console offers them; `satisfies` ties each list to the API's own types.
import {
  activeMemberStatuses,
  type MemberStage,
  type MemberStatus,
  memberEthnicities,
  memberEthnicityCodes,
  memberStages,
  memberStatuses,
} from '@strata/contract';
import type {
  LeavingStatus,
  MapFigure,
  MemberSort,
  MemberStatusFilter,
  NewMemberInput,
  TransferState,
} from './api-types';

/**
 * The figures the map colours by: party members first, then the lifecycle's stages in order, then floating members,
 * then the volunteer service hours approved this year.
 */
export const mapFigures = [
  'members',
  'applicant',
  'activist',
  'candidate',
  'probationary',
  'full',
  'floating',
  'volunteerHours',
] as const satisfies readonly MapFigure[];

/** The kinds of unit, from the top of the tree down. */
export const unitKinds = ['municipality', 'township', 'branch', 'group'] as const;

// Every figure the API offers is listed: a new one stops the build here until it is offered (and named in i18n).
type Unlisted = Exclude<MapFigure, (typeof mapFigures)[number]>;
export const everyFigureListed: [Unlisted] extends [never] ? true : Unlisted = true;

/** Which members the registry lists: on the registry now (active and floating: the default), everyone, or one status. */
export const memberStatusFilters = [
  'current',
  'all',
  ...memberStatuses,
] as const satisfies readonly MemberStatusFilter[];

/** The registry's columns the server sorts by (the name, in the reader's order, when none is chosen). */
export const memberSorts = [
  'name',
  'birthDate',
  'probationaryOn',
  'updatedAt',
] as const satisfies readonly MemberSort[];

/** The day each stage was reached, as the API names it, in the lifecycle's order. */
export const stageDays = {
  applicant: 'appliedOn',
  activist: 'activistOn',
  candidate: 'candidateOn',
  probationary: 'probationaryOn',
  full: 'fullOn',
} as const satisfies Record<MemberStage, keyof NewMemberInput>;
export type StageDay = (typeof stageDays)[MemberStage];

/** The stages up to and including `stage`, in order: those a member registered at `stage` has a day for. */
export const stagesUpTo = (stage: MemberStage): MemberStage[] => memberStages.slice(0, memberStages.indexOf(stage) + 1);

/** How a member leaves the registry by a status change; expulsion only once admitted (probationary or full). */
export const leavingStatuses = ['deceased', 'expelled', 'withdrawn'] as const satisfies readonly LeavingStatus[];
export const expellableStages: readonly MemberStage[] = ['probationary', 'full'];

/** Members on the registry now: the only ones whose status can change, and whose details can all be edited. */
export const isCurrent = (status: MemberStatus) => activeMemberStatuses.includes(status);

/** The kinds of timeline entry the service writes, each named in both languages (`event.<kind>`). */
export const memberEventKinds = [
  'registered',
  'imported',
  'edited',
  'stage',
  'probationExtended',
  'candidacyCancelled',
  'status',
  'transferIssued',
  'transferConfirmed',
  'transferReturned',
  'transferCancelled',
  'floatingStarted',
  'floatingEnded',
] as const;

/** A transfer letter's states as the profile reads them (an issued letter past its last day reads expired). */
export const transferStates = [
  'issued',
  'expired',
  'confirmed',
  'returned',
  'cancelled',
  'completed',
] as const satisfies readonly TransferState[];

/** The name of an ethnic group (its GB/T 3304 code) in the reader's language; the code itself when unknown. */
export function ethnicityName(code: string, language: string): string {
  const names = (memberEthnicities as Record<string, readonly [string, string]>)[code];
  if (!names) return code;
  return language.startsWith('zh') ? names[0] : names[1];
}

/** The ethnic groups in code order, for a select, in the reader's language. */
export const ethnicityOptions = (language: string) =>
  memberEthnicityCodes.map((code) => ({ value: code, label: ethnicityName(code, language) }));

// Every status filter and every transfer state the API offers is listed here too.
type UnlistedFilter = Exclude<MemberStatusFilter, (typeof memberStatusFilters)[number]>;
export const everyStatusFilterListed: [UnlistedFilter] extends [never] ? true : UnlistedFilter = true;
type UnlistedState = Exclude<TransferState, (typeof transferStates)[number]>;
export const everyTransferStateListed: [UnlistedState] extends [never] ? true : UnlistedState = true;
type UnlistedLeaving = Exclude<LeavingStatus, (typeof leavingStatuses)[number]>;
export const everyLeavingStatusListed: [UnlistedLeaving] extends [never] ? true : UnlistedLeaving = true;
