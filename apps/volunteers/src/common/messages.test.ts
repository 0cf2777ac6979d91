// Every Chinese word of the volunteers remote has its English, and every code the pages show has words in both.
import {
  activityModes,
  activityStatuses,
  hourStatuses,
  signupStatuses,
  teamMemberStatuses,
  volunteerAvailability,
  volunteerSkills,
  volunteerStatuses,
  volunteerTeamStatuses,
} from '@strata/contract';
import { describe, expect, it } from 'vitest';
import { volunteers as enUS } from '../i18n/en-US';
import { volunteers as zhCN } from '../i18n/zh-CN';

/** Every leaf key of `a` that `b` lacks. */
function missing(a: object, b: Record<string, unknown>, at = ''): string[] {
  return Object.entries(a).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? missing(value, (b[key] ?? {}) as Record<string, unknown>, `${at}${key}.`)
      : key in b
        ? []
        : [`${at}${key}`],
  );
}

it('names every Chinese word in English, and nothing more', () => {
  expect(missing(zhCN, enUS as Record<string, unknown>)).toEqual([]);
  expect(missing(enUS, zhCN as Record<string, unknown>).filter((key) => !key.endsWith('_one'))).toEqual([]);
});

describe.each([
  ['zh-CN', zhCN],
  ['en-US', enUS],
] as const)('%s', (_, words) => {
  it('names every skill, availability and state the pages show', () => {
    expect(Object.keys(words.skill)).toEqual([...volunteerSkills]);
    expect(Object.keys(words.availability)).toEqual([...volunteerAvailability]);
    expect(Object.keys(words.activityStatus)).toEqual([...activityStatuses]);
    expect(Object.keys(words.activityMode)).toEqual(expect.arrayContaining([...activityModes]));
    expect(Object.keys(words.signupStatus)).toEqual([...signupStatuses]);
    expect(Object.keys(words.hourStatus)).toEqual([...hourStatuses]);
    expect(Object.keys(words.memberStatus)).toEqual([...teamMemberStatuses]);
    expect(Object.keys(words.volunteerStatus)).toEqual([...volunteerStatuses]);
    expect(Object.keys(words.teamStatus)).toEqual([...volunteerTeamStatuses]);
  });
});
