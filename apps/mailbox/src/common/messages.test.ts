// Every Chinese word of the mailbox has its English, and the words each value needs exist in both languages.
import { wordGaps } from '@strata/ui/testing';
import { describe, expect, it } from 'vitest';
import { mailbox as enUS } from '../i18n/en-US';
import { mailbox as zhCN } from '../i18n/zh-CN';
import { deadlineStates, extensionStates, letterKinds, letterStatuses, letterViews, ratings } from './domain-values';

it('names every Chinese word in English', () => {
  expect(wordGaps(zhCN, enUS)).toEqual({ missingInEnglish: [], onlyInEnglish: [] });
});

describe.each([
  ['zh-CN', zhCN],
  ['en-US', enUS],
] as const)('%s', (_, words) => {
  it('names every kind, status, view, deadline, extension and rating', () => {
    expect(Object.keys(words.kind)).toEqual([...letterKinds]);
    expect(Object.keys(words.status)).toEqual([...letterStatuses]);
    expect(Object.keys(words.view).sort()).toEqual([...letterViews].sort());
    expect(Object.keys(words.viewHint).sort()).toEqual([...letterViews].sort());
    expect(Object.keys(words.deadline).sort()).toEqual([...deadlineStates].sort());
    expect(Object.keys(words.extension).sort()).toEqual([...extensionStates].sort());
    expect(Object.keys(words.rating).sort()).toEqual([...ratings].sort());
  });

  it('names every step of a letter’s timeline', () => {
    const kinds = ['received', 'accepted', 'rejected', 'assigned', 'returned', 'handled', 'replied', 'closed', 'note'];
    const more = ['extensionAsked', 'extensionApproved', 'extensionDeclined', 'rated', 'reopened'];
    expect(Object.keys(words.event).sort()).toEqual([...kinds, ...more].sort());
  });
});
