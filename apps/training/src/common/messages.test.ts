// Every Chinese word of the training remote has its English, and every code the pages show has words in both.
import {
  attemptStatuses,
  courseAudiences,
  courseStatuses,
  enrolmentSources,
  enrolmentStatuses,
  lessonKinds,
  questionKinds,
  quizStatuses,
  trainingCategories,
  trainingSessionStatuses,
  versionStatuses,
} from '@strata/contract';
import { wordGaps } from '@strata/ui/testing';
import { describe, expect, it } from 'vitest';
import { training as enUS } from '../i18n/en-US';
import { training as zhCN } from '../i18n/zh-CN';

describe('the training remote’s words', () => {
  it('names every Chinese word in English, and nothing more', () => {
    expect(wordGaps(zhCN, enUS)).toEqual({ missingInEnglish: [], onlyInEnglish: [] });
  });
});

describe.each([
  ['zh-CN', zhCN],
  ['en-US', enUS],
] as const)('%s', (_, words) => {
  it('names every code the pages show', () => {
    const c = words.common;
    expect(Object.keys(c.category)).toEqual([...trainingCategories]);
    expect(Object.keys(c.audience)).toEqual([...courseAudiences]);
    expect(Object.keys(c.courseStatus)).toEqual([...courseStatuses]);
    expect(Object.keys(c.versionStatus)).toEqual([...versionStatuses]);
    expect(Object.keys(c.lessonKind)).toEqual([...lessonKinds]);
    expect(Object.keys(c.enrolmentStatus)).toEqual([...enrolmentStatuses]);
    expect(Object.keys(c.enrolmentSource)).toEqual([...enrolmentSources]);
    expect(Object.keys(c.sessionStatus)).toEqual([...trainingSessionStatuses]);
    expect(Object.keys(c.questionKind)).toEqual([...questionKinds]);
    expect(Object.keys(c.quizStatus)).toEqual([...quizStatuses]);
    expect(Object.keys(c.attemptStatus)).toEqual([...attemptStatuses]);
  });
});
