// Every Chinese word of the dues remote has its English, and every code the pages show has words in both.
import { duesCategories } from '@strata/contract';
import { wordGaps } from '@strata/ui/testing';
import { describe, expect, it } from 'vitest';
import { dues as enUS } from '../i18n/en-US';
import { dues as zhCN } from '../i18n/zh-CN';
import {
  baseImportProblems,
  brokenReasons,
  entryKinds,
  hardshipStates,
  payers,
  payingStages,
  remittanceDirections,
  roundings,
  standings,
} from './domain-values';

it('names every Chinese word in English, and nothing more', () => {
  expect(wordGaps(zhCN, enUS)).toEqual({ missingInEnglish: [], onlyInEnglish: [] });
});

describe.each([
  ['zh-CN', zhCN],
  ['en-US', enUS],
] as const)('%s', (_, words) => {
  it('names every category, stage, entry kind, payer, standing and reason a chain breaks', () => {
    expect(Object.keys(words.category)).toEqual([...duesCategories]);
    expect(Object.keys(words.stage)).toEqual([...payingStages]);
    expect(Object.keys(words.entryKind)).toEqual([...entryKinds]);
    expect(Object.keys(words.payer)).toEqual([...payers]);
    expect(Object.keys(words.standing)).toEqual([...standings]);
    expect(Object.keys(words.brokenReason)).toEqual([...brokenReasons]);
  });

  it('names every hardship state, rounding, problem of an imported row and remittance tab', () => {
    expect(Object.keys(words.hardshipState)).toEqual([...hardshipStates]);
    expect(Object.keys(words.rounding)).toEqual([...roundings]);
    expect(Object.keys(words.importProblem)).toEqual([...baseImportProblems]);
    expect(Object.keys(words.remittances.tabs)).toEqual([...remittanceDirections]);
    expect(Object.keys(words.ruleKind)).toEqual(['brackets', 'fixed']);
  });
});
