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
import { wordGaps } from '@strata/ui/testing';
import { describe, expect, it } from 'vitest';
import { volunteers as enUS } from '../i18n/en-US';
import { volunteers as zhCN } from '../i18n/zh-CN';

it('names every Chinese word in English, and nothing more', () => {
  expect(wordGaps(zhCN, enUS)).toEqual({ missingInEnglish: [], onlyInEnglish: [] });
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
