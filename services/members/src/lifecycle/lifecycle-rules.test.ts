// The lifecycle's rules without a database, table by table: each rule refused on one side of its boundary day and
// allowed on the other (twelve months less a day refused, exactly twelve months allowed), so removing a rule fails
// its row.
import { describe, expect, it } from 'vitest';
import {
  adultOn,
  advanceBreach,
  applicationBreach,
  assignBreach,
  cancelBreach,
  datesOfStep,
  dueOn,
  extendedEnd,
  extensionBreach,
  type LifecycleMember,
  latestStartFor,
  monthsAfter,
  nextStage,
  pipelineCutoffs,
  probationExtended,
  sponsorsBreach,
} from './lifecycle-rules';

const today = '2026-03-10';

/** A member at `stage`, each step's day set, born in 1990. */
function member(overrides: Partial<LifecycleMember> = {}): LifecycleMember {
  return {
    id: 1,
    stage: 'applicant',
    status: 'active',
    birthDate: '1990-05-20',
    appliedOn: '2024-01-15',
    activistOn: null,
    candidateOn: null,
    probationaryOn: null,
    probationEndsOn: null,
    fullOn: null,
    ...overrides,
  };
}
const activist = member({ stage: 'activist', activistOn: '2024-03-01' });
const candidate = member({ stage: 'candidate', activistOn: '2024-03-01', candidateOn: '2025-03-01' });
const probationary = member({
  stage: 'probationary',
  activistOn: '2023-03-01',
  candidateOn: '2024-03-01',
  probationaryOn: '2025-02-20',
  probationEndsOn: '2026-02-20',
});
const pair = [7, 8] as const;

describe('adding months', () => {
  it.each([
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-11-30', 3, '2025-02-28'],
    ['2025-03-15', -12, '2024-03-15'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('%s + %i months is %s', (day, months, expected) => {
    expect(monthsAfter(day, months)).toBe(expected);
  });

  it('finds the latest start a period has run from, past the clamp at the month’s end', () => {
    // A year since 2024-02-29 ends on 2025-02-28 (clamped): both the 28th and the 29th qualify that day.
    expect(latestStartFor('2025-02-28', 12)).toBe('2024-02-29');
    expect(latestStartFor('2025-03-01', 12)).toBe('2024-03-01');
    expect(latestStartFor('2026-03-10', 12)).toBe('2025-03-10');
    // Six months after 08-31 is 02-28: on 2026-02-28 every start up to 08-31 has had its six months.
    expect(latestStartFor('2026-02-28', 6)).toBe('2025-08-31');
  });
});

describe('the order of stages', () => {
  it('moves one step at a time and stops at full membership', () => {
    expect(nextStage('applicant')).toBe('activist');
    expect(nextStage('probationary')).toBe('full');
    expect(nextStage('full')).toBeNull();
  });
});

describe('advancing a member', () => {
  const step = (m: LifecycleMember, to: LifecycleMember['stage'], on: string, extra = {}) =>
    advanceBreach(m, { to, on, today, ...extra });

  it.each([
    [
      'a member who left the registry',
      member({ status: 'transferred' }),
      'activist',
      '2025-01-01',
      'id',
      'memberNotCurrent',
    ],
    ['a skipped stage', member(), 'candidate', '2025-01-01', 'to', 'stageOutOfOrder'],
    ['a step back', activist, 'applicant', '2025-01-01', 'to', 'stageOutOfOrder'],
    ['a step past full membership', member({ stage: 'full' }), 'full', '2025-01-01', 'to', 'stageOutOfOrder'],
    ['a day after today', member(), 'activist', '2026-03-11', 'on', 'dayInFuture'],
    ['a day before the application', member(), 'activist', '2024-01-14', 'on', 'beforePreviousStep'],
    [
      'a previous stage without its day',
      member({ appliedOn: null }),
      'activist',
      '2025-01-01',
      'on',
      'previousDayMissing',
    ],
    [
      'an application made under 18',
      member({ birthDate: '2006-01-16' }),
      'activist',
      '2025-01-01',
      'id',
      'applicantUnderAge',
    ],
    ['a candidate twelve months less a day after', activist, 'candidate', '2025-02-28', 'on', 'activistTooSoon'],
    ['conversion the day before probation ends', probationary, 'full', '2026-02-19', 'on', 'probationNotOver'],
  ] as const)('refuses %s', (_, m, to, on, field, rule) => {
    const sponsors = to === 'activist' ? { mentorIds: pair } : {};
    expect(step(m, to, on, sponsors)).toMatchObject({ field, rule });
  });

  it.each([
    ['an activist designated on the day of the application', member(), 'activist', '2024-01-15', { mentorIds: pair }],
    ['an activist designated today', member(), 'activist', today, { mentorIds: pair }],
    [
      'an application made on the 18th birthday',
      member({ birthDate: '2006-01-15' }),
      'activist',
      '2025-01-01',
      { mentorIds: pair },
    ],
    ['a floating member', member({ status: 'floating' }), 'activist', '2025-01-01', { mentorIds: pair }],
    ['a candidate exactly twelve months after', activist, 'candidate', '2025-03-01', {}],
    [
      'a probationary member admitted with introducers',
      candidate,
      'probationary',
      '2025-06-01',
      { introducerIds: pair },
    ],
    ['conversion on the day probation ends', probationary, 'full', '2026-02-20', {}],
  ] as const)('allows %s', (_, m, to, on, extra) => {
    expect(step(m, to, on, extra)).toBeNull();
  });

  it('names the earliest day allowed', () => {
    expect(step(activist, 'candidate', '2025-01-01')).toEqual({
      field: 'on',
      rule: 'activistTooSoon',
      vars: { earliest: '2025-03-01', months: 12 },
    });
    expect(step(probationary, 'full', '2026-01-01')).toEqual({
      field: 'on',
      rule: 'probationNotOver',
      vars: { earliest: '2026-02-20' },
    });
    expect(step(member(), 'activist', '2024-01-01', { mentorIds: pair })).toEqual({
      field: 'on',
      rule: 'beforePreviousStep',
      vars: { earliest: '2024-01-15' },
    });
    expect(step(member(), 'activist', '2026-04-01', { mentorIds: pair })).toMatchObject({ vars: { latest: today } });
  });

  it('converts no earlier than an extended probation’s end', () => {
    const extended = { ...probationary, probationEndsOn: '2026-05-20' };
    expect(step(extended, 'full', '2026-03-01')).toMatchObject({
      rule: 'probationNotOver',
      vars: { earliest: '2026-05-20' },
    });
  });

  it('asks for mentors with an activist, introducers with a probationary member, and neither elsewhere', () => {
    expect(step(member(), 'activist', '2025-01-01')).toEqual({ field: 'mentorIds', rule: 'mentorsRequired' });
    expect(step(candidate, 'probationary', '2025-06-01')).toEqual({
      field: 'introducerIds',
      rule: 'introducersRequired',
    });
    expect(step(candidate, 'probationary', '2025-06-01', { mentorIds: pair, introducerIds: pair })).toEqual({
      field: 'mentorIds',
      rule: 'sponsorsNotExpected',
    });
    expect(step(activist, 'candidate', '2025-03-01', { introducerIds: pair })).toEqual({
      field: 'introducerIds',
      rule: 'sponsorsNotExpected',
    });
  });

  it('writes the stage’s day, and a year of probation from admission', () => {
    expect(datesOfStep('activist', '2025-01-01')).toEqual({ activistOn: '2025-01-01' });
    expect(datesOfStep('probationary', '2024-02-29')).toEqual({
      probationaryOn: '2024-02-29',
      probationEndsOn: '2025-02-28',
    });
  });
});

describe('the age of an applicant', () => {
  it('is 18 on the day of the application, counted as the registry counts ages', () => {
    expect(adultOn('2008-05-20')).toBe('2026-05-20');
    expect(applicationBreach('2008-05-20', '2026-05-19')).toMatchObject({
      rule: 'applicantUnderAge',
      vars: { earliest: '2026-05-20', age: 18 },
    });
    expect(applicationBreach('2008-05-20', '2026-05-20')).toBeNull();
    // Born on 29 February: a year older on 1 March of a year without one.
    expect(adultOn('2008-02-29')).toBe('2026-03-01');
    expect(applicationBreach('2008-02-29', '2026-02-28')).toMatchObject({ vars: { earliest: '2026-03-01' } });
    expect(applicationBreach('2008-02-29', '2026-03-01')).toBeNull();
    expect(adultOn('2004-02-29')).toBe('2022-03-01');
  });
});

describe('sponsors', () => {
  const own = { id: 1, unitId: 10 };
  const full = (id: number, extra = {}) => ({
    id,
    unitId: 10,
    stage: 'full' as const,
    status: 'active' as const,
    ...extra,
  });

  it.each([
    ['the same person twice', [7, 7], [full(7)], 'sponsorsSame'],
    ['the member', [1, 7], [full(1), full(7)], 'sponsorIsMember'],
    ['one not found in the caller’s scope', [7, 8], [full(7)], 'sponsorNotEligible'],
    ['a member of another branch', [7, 8], [full(7), full(8, { unitId: 11 })], 'sponsorNotEligible'],
    ['a probationary member', [7, 8], [full(7), full(8, { stage: 'probationary' })], 'sponsorNotEligible'],
    ['a floating member', [7, 8], [full(7), full(8, { status: 'floating' })], 'sponsorNotEligible'],
    ['a member who left', [7, 8], [full(7), full(8, { status: 'deceased' })], 'sponsorNotEligible'],
  ] as const)('refuses %s', (_, ids, found, rule) => {
    expect(sponsorsBreach(own, 'mentorIds', ids, found)).toEqual({ field: 'mentorIds', rule });
  });

  it('takes two different full, active members of the same branch', () => {
    expect(sponsorsBreach(own, 'introducerIds', [7, 8], [full(7), full(8)])).toBeNull();
  });

  it('are assigned apart from a step while they serve', () => {
    expect(assignBreach(activist, 'mentor')).toBeNull();
    expect(assignBreach(candidate, 'mentor')).toBeNull();
    expect(assignBreach(candidate, 'introducer')).toBeNull();
    expect(assignBreach(probationary, 'introducer')).toBeNull();
    expect(assignBreach(member(), 'mentor')).toEqual({ field: 'role', rule: 'sponsorRoleStage' });
    expect(assignBreach(activist, 'introducer')).toEqual({ field: 'role', rule: 'sponsorRoleStage' });
    expect(assignBreach(probationary, 'mentor')).toEqual({ field: 'role', rule: 'sponsorRoleStage' });
    expect(assignBreach({ ...activist, status: 'cancelled' }, 'mentor')).toEqual({
      field: 'id',
      rule: 'memberNotCurrent',
    });
  });
});

describe('extending probation', () => {
  it.each([
    ['a member who left', { ...probationary, status: 'withdrawn' as const }, 6, 'id', 'memberNotCurrent'],
    ['a candidate', candidate, 6, 'id', 'notProbationary'],
    ['a full member', { ...probationary, stage: 'full' as const }, 6, 'id', 'notProbationary'],
    ['a second extension', { ...probationary, probationEndsOn: '2026-08-20' }, 3, 'id', 'probationAlreadyExtended'],
    ['no months', probationary, 0, 'months', 'extensionMonths'],
    ['thirteen months', probationary, 13, 'months', 'extensionMonths'],
  ] as const)('refuses %s', (_, m, months, field, rule) => {
    expect(extensionBreach(m, months)).toMatchObject({ field, rule });
  });

  it.each([1, 12])('allows %i months, once, moving the end', (months) => {
    expect(extensionBreach(probationary, months)).toBeNull();
    const end = extendedEnd('2026-02-20', months);
    expect(end).toBe(months === 1 ? '2026-03-20' : '2027-02-20');
    expect(probationExtended({ ...probationary, probationEndsOn: end })).toBe(true);
  });

  it('reads an unextended probation from a leap day, clamped', () => {
    const leap = { ...probationary, probationaryOn: '2024-02-29', probationEndsOn: '2025-02-28' };
    expect(probationExtended(leap)).toBe(false);
  });
});

describe('cancelling a candidacy', () => {
  it.each([
    ['a member who left', { ...activist, status: 'expelled' as const }, '2025-01-01', 'id', 'memberNotCurrent'],
    ['a full member', member({ stage: 'full' }), '2025-01-01', 'id', 'candidacyOver'],
    ['a day after today', activist, '2026-03-11', 'on', 'dayInFuture'],
    ['a day before the stage was reached', activist, '2024-02-29', 'on', 'beforeStageDay'],
  ] as const)('refuses %s', (_, m, on, field, rule) => {
    expect(cancelBreach(m, on, today)).toMatchObject({ field, rule });
  });

  it.each([
    ['an applicant', member(), '2024-01-15'],
    ['an activist on the day they became one', activist, '2024-03-01'],
    ['a probationary member today', probationary, today],
  ] as const)('allows %s', (_, m, on) => {
    expect(cancelBreach(m, on, today)).toBeNull();
  });
});

describe('the pipeline’s bounds', () => {
  it('counts an activist due on the anniversary, a conversion due within 30 days, an applicant waiting past 6 months', () => {
    const cutoffs = pipelineCutoffs('2026-03-10');
    expect(cutoffs).toEqual({
      activistSinceAtMost: '2025-03-10',
      conversionDueBy: '2026-04-09',
      appliedAtMost: '2025-09-09',
    });
    // Six months after 2025-09-09 is 2026-03-09, before today: waiting more than six months. After 09-10: exactly six.
    expect(dueOn.applicant('2025-09-09') < '2026-03-10').toBe(true);
    expect(dueOn.applicant('2025-09-10')).toBe('2026-03-10');
    expect(dueOn.activist('2025-03-10')).toBe('2026-03-10');
  });
});
