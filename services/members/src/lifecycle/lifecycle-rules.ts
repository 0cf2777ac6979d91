// The lifecycle's rules, without a database (发展党员工作细则 as domain.md summarises it): applicant -> activist ->
// development candidate -> probationary -> full member, one step at a time, each step dated no earlier than the one
// before and never after today. An applicant is at least 18 on the day of the application; an activist is observed
// a year before becoming a candidate; probation lasts a year from admission and may be extended once, by one to
// twelve months, before conversion, which comes no earlier than the day probation ends. An activist gets two mentors
// (培养联系人) when designated, a candidate two introducers (入党介绍人) when admitted: two different full, active
// members of the same branch, never the member. Every day is a calendar day, YYYY-MM-DD.
import {
  activeMemberStatuses,
  type MemberStage,
  type MemberStatus,
  memberLimits,
  memberStages,
  type SponsorRole,
  sponsorStages,
  sponsorsOfStep,
} from '@strata/contract';
import { addMonths, dayNumber, dayText } from '@strata/i18n/days';
import { ageOn, probationEndOf } from '../members/member-dates';

/** The member's field holding the day each stage was reached. */
export const stageDayFields = {
  applicant: 'appliedOn',
  activist: 'activistOn',
  candidate: 'candidateOn',
  probationary: 'probationaryOn',
  full: 'fullOn',
} as const satisfies Record<MemberStage, string>;
export type StageDayField = (typeof stageDayFields)[MemberStage];

export type StageDates = Record<StageDayField | 'probationEndsOn', string | null>;

/** What the rules read of a member. */
export type LifecycleMember = StageDates & { id: number; stage: MemberStage; status: MemberStatus; birthDate: string };

/** What the rules read of a proposed sponsor (a member of some branch in the caller's scope). */
export type SponsorCandidate = { id: number; unitId: number; stage: MemberStage; status: MemberStatus };

/**
 * The rules, each the key of its message (members.<rule>, in both languages). A message names the earliest day
 * allowed (`earliest`) or the latest (`latest`) where the rule has one.
 */
export type LifecycleRule =
  | 'memberNotCurrent'
  | 'stageOutOfOrder'
  | 'dayInFuture'
  | 'beforePreviousStep'
  | 'previousDayMissing'
  | 'applicantUnderAge'
  | 'activistTooSoon'
  | 'probationNotOver'
  | 'mentorsRequired'
  | 'introducersRequired'
  | 'sponsorsNotExpected'
  | 'sponsorsSame'
  | 'sponsorIsMember'
  | 'sponsorNotEligible'
  | 'sponsorRoleStage'
  | 'notProbationary'
  | 'probationAlreadyExtended'
  | 'extensionMonths'
  | 'candidacyOver'
  | 'beforeStageDay';

/** A rule broken: the input field it concerns, the rule, and the day and figures its message names. */
export type Breach = { field: string; rule: LifecycleRule; vars?: Record<string, string | number> };

/** `day` plus `months`, clamped to the month's end (2024-02-29 + 12 months = 2025-02-28). */
export const monthsAfter = (day: string, months: number) => dayText(addMonths(dayNumber(day), months));

/** Whole days from `from` to `to` (negative when `to` comes first). */
export const daysBetween = (from: string, to: string) => dayNumber(to) - dayNumber(from);

/** The day after `day`. */
const nextDay = (day: string) => dayText(dayNumber(day) + 1);

/** The stage after `stage`, or null for a full member. */
export function nextStage(stage: MemberStage): MemberStage | null {
  return memberStages[memberStages.indexOf(stage) + 1] ?? null;
}

/** Only members on the active registry (active, or floating while working away) move along the lifecycle. */
export const isCurrent = (status: MemberStatus) => activeMemberStatuses.includes(status);

/**
 * The day someone born on `birthDate` turns `memberLimits.minimumAge`, as the registry counts ages (ageOn): born on
 * 29 February, on 1 March of a year without one.
 */
export function adultOn(birthDate: string): string {
  const anniversary = monthsAfter(birthDate, memberLimits.minimumAge * 12);
  return ageOn(birthDate, anniversary) < memberLimits.minimumAge ? nextDay(anniversary) : anniversary;
}

/** An application is valid from the applicant's 18th birthday. */
export function applicationBreach(birthDate: string, appliedOn: string, field = 'appliedOn'): Breach | null {
  const earliest = adultOn(birthDate);
  return appliedOn < earliest
    ? { field, rule: 'applicantUnderAge', vars: { earliest, age: memberLimits.minimumAge } }
    : null;
}

export const sponsorFields = { mentor: 'mentorIds', introducer: 'introducerIds' } as const satisfies Record<
  SponsorRole,
  string
>;

type Step = {
  to: MemberStage;
  on: string;
  today: string;
  mentorIds?: readonly number[] | undefined;
  introducerIds?: readonly number[] | undefined;
};

/** The first rule a step to `to` on `on` breaks, or null when it may be taken. Sponsors themselves: sponsorsBreach. */
export function advanceBreach(member: LifecycleMember, step: Step): Breach | null {
  if (!isCurrent(member.status)) return { field: 'id', rule: 'memberNotCurrent' };
  if (step.to !== nextStage(member.stage)) return { field: 'to', rule: 'stageOutOfOrder' };
  if (step.on > step.today) return { field: 'on', rule: 'dayInFuture', vars: { latest: step.today } };
  const previous = member[stageDayFields[member.stage]];
  if (previous === null) return { field: 'on', rule: 'previousDayMissing' };
  if (step.on < previous) return { field: 'on', rule: 'beforePreviousStep', vars: { earliest: previous } };
  if (step.to === 'activist') {
    const underAge = applicationBreach(member.birthDate, previous, 'id');
    if (underAge) return underAge;
  }
  if (step.to === 'candidate') {
    const earliest = monthsAfter(previous, memberLimits.activistMonthsMin);
    if (step.on < earliest)
      return { field: 'on', rule: 'activistTooSoon', vars: { earliest, months: memberLimits.activistMonthsMin } };
  }
  if (step.to === 'full') {
    const earliest = member.probationEndsOn ?? probationEndOf(previous);
    if (step.on < earliest) return { field: 'on', rule: 'probationNotOver', vars: { earliest } };
  }
  const role = sponsorsOfStep[step.to];
  if (role !== 'mentor' && step.mentorIds) return { field: 'mentorIds', rule: 'sponsorsNotExpected' };
  if (role !== 'introducer' && step.introducerIds) return { field: 'introducerIds', rule: 'sponsorsNotExpected' };
  if (role === 'mentor' && !step.mentorIds) return { field: 'mentorIds', rule: 'mentorsRequired' };
  if (role === 'introducer' && !step.introducerIds) return { field: 'introducerIds', rule: 'introducersRequired' };
  return null;
}

/** The dates a step writes: the stage's day, and for admission the day probation ends. */
export function datesOfStep(to: MemberStage, on: string): Partial<StageDates> {
  const dates: Partial<StageDates> = { [stageDayFields[to]]: on };
  if (to === 'probationary') dates.probationEndsOn = probationEndOf(on);
  return dates;
}

/**
 * Two sponsors for `member`: two different people, neither the member, each found (`found`: those of the ids the
 * caller may see) as a full, active member of the member's own branch. A breach names `field`, the one the ids came
 * in (a step's `mentorIds` or `introducerIds`, an assignment's `sponsorIds`).
 */
export function sponsorsBreach(
  member: { id: number; unitId: number },
  field: string,
  ids: readonly number[],
  found: readonly SponsorCandidate[],
): Breach | null {
  if (new Set(ids).size !== ids.length) return { field, rule: 'sponsorsSame' };
  if (ids.includes(member.id)) return { field, rule: 'sponsorIsMember' };
  const eligible = (id: number) =>
    found.some((s) => s.id === id && s.unitId === member.unitId && s.stage === 'full' && s.status === 'active');
  return ids.every(eligible) ? null : { field, rule: 'sponsorNotEligible' };
}

/** Sponsors are assigned apart from a step while they serve: mentors to activists and candidates, introducers to
 * candidates (ahead of the vote) and probationary members. */
export function assignBreach(member: LifecycleMember, role: SponsorRole): Breach | null {
  if (!isCurrent(member.status)) return { field: 'id', rule: 'memberNotCurrent' };
  return sponsorStages[role].includes(member.stage) ? null : { field: 'role', rule: 'sponsorRoleStage' };
}

/** The end of probation without any extension: a year after admission. */
const plainProbationEnd = (member: LifecycleMember) =>
  member.probationaryOn === null ? null : probationEndOf(member.probationaryOn);

/** Whether probation was extended already: its end lies later than a year after admission. */
export const probationExtended = (member: LifecycleMember) =>
  member.probationEndsOn !== null && member.probationEndsOn !== plainProbationEnd(member);

/** Probation is extended once, by 1-12 months, while the member is still probationary. */
export function extensionBreach(member: LifecycleMember, months: number): Breach | null {
  if (!isCurrent(member.status)) return { field: 'id', rule: 'memberNotCurrent' };
  if (member.stage !== 'probationary' || member.probationEndsOn === null)
    return { field: 'id', rule: 'notProbationary' };
  if (probationExtended(member)) return { field: 'id', rule: 'probationAlreadyExtended' };
  if (!Number.isInteger(months) || months < 1 || months > memberLimits.probationExtensionMonthsMax)
    return { field: 'months', rule: 'extensionMonths', vars: { max: memberLimits.probationExtensionMonthsMax } };
  return null;
}

/** The day an extended probation ends: the end moves by the months given. */
export const extendedEnd = (probationEndsOn: string, months: number) => monthsAfter(probationEndsOn, months);

/** A candidacy (any stage before full membership) is cancelled on a day from its stage's day to today. */
export function cancelBreach(member: LifecycleMember, on: string, today: string): Breach | null {
  if (!isCurrent(member.status)) return { field: 'id', rule: 'memberNotCurrent' };
  if (member.stage === 'full') return { field: 'id', rule: 'candidacyOver' };
  if (on > today) return { field: 'on', rule: 'dayInFuture', vars: { latest: today } };
  const since = member[stageDayFields[member.stage]];
  if (since !== null && on < since) return { field: 'on', rule: 'beforeStageDay', vars: { earliest: since } };
  return null;
}

// The pipeline: who is due for the next step, derived from the dates as of a day.

/** How the pipeline reads the dates: the activist's year, the conversions coming up, the applicants kept waiting. */
export const pipelineRules = {
  activistMonths: memberLimits.activistMonthsMin,
  conversionSoonDays: 30,
  applicantWaitMonths: 6,
  /** Each list shows its most urgent members, up to this many, with its full count. */
  listLimit: 50,
} as const;

/**
 * The latest start day from which `months` later falls on or before `day`. Clamping at the month's end makes it
 * more than `day` less `months`: by 2025-02-28, a year has passed since 2024-02-29 as well as since 2024-02-28.
 */
export function latestStartFor(day: string, months: number): string {
  let start = monthsAfter(day, -months);
  while (monthsAfter(nextDay(start), months) <= day) start = nextDay(start);
  return start;
}

/** The bounds of the pipeline's lists as of `today`, each a day to compare the stored dates with. */
export function pipelineCutoffs(today: string) {
  return {
    /** Activists since this day or earlier have had their year (activistOn + 12 months <= today). */
    activistSinceAtMost: latestStartFor(today, pipelineRules.activistMonths),
    /** Probation ending from today to this day is due for conversion; before today, overdue. */
    conversionDueBy: dayText(dayNumber(today) + pipelineRules.conversionSoonDays),
    /** Applicants since this day or earlier have waited more than six months (appliedOn + 6 months < today). */
    appliedAtMost: latestStartFor(dayText(dayNumber(today) - 1), pipelineRules.applicantWaitMonths),
  };
}

/** The day each list's step falls due for a member reached its stage on `since`. */
export const dueOn = {
  activist: (activistOn: string) => monthsAfter(activistOn, pipelineRules.activistMonths),
  applicant: (appliedOn: string) => monthsAfter(appliedOn, pipelineRules.applicantWaitMonths),
};
