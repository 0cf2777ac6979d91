// Every Chinese word of the members remote has its English, and every value the pages show has words in both.

import { memberEducations, memberGenders, memberOccupations, memberStages, memberStatuses } from '@strata/contract';
import { wordGaps } from '@strata/ui/testing';
import { describe, expect, it } from 'vitest';
import { members as enUS } from '../i18n/en-US';
import { members as zhCN } from '../i18n/zh-CN';
import { mapFigures, memberEventKinds, stageDays, transferStates, unitKinds } from './domain-values';

it('names every Chinese word in English, and nothing more', () => {
  expect(wordGaps(zhCN, enUS)).toEqual({ missingInEnglish: [], onlyInEnglish: [] });
});

describe.each([
  ['zh-CN', zhCN],
  ['en-US', enUS],
] as const)('%s', (_, words) => {
  it('names every figure of the map and every kind of unit', () => {
    expect(Object.keys(words.figure)).toEqual([...mapFigures]);
    expect(Object.keys(words.kind)).toEqual([...unitKinds]);
  });

  it('names every code of a member: stage, status, gender, education, occupation, and the day of each stage', () => {
    expect(Object.keys(words.stage)).toEqual([...memberStages]);
    expect(Object.keys(words.status)).toEqual([...memberStatuses]);
    expect(Object.keys(words.gender)).toEqual([...memberGenders]);
    expect(Object.keys(words.education)).toEqual([...memberEducations]);
    expect(Object.keys(words.occupation)).toEqual([...memberOccupations]);
    expect(Object.keys(words.stageDay)).toEqual(Object.values(stageDays));
  });

  it('names every kind of timeline entry and every state of a transfer letter', () => {
    expect(Object.keys(words.event)).toEqual([...memberEventKinds]);
    expect(Object.keys(words.transferState)).toEqual([...transferStates]);
  });
});
