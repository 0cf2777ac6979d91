import { wordGaps } from '@strata/ui/testing';
import { describe, expect, it } from 'vitest';
import { articleFormMessages } from '../articles/article-form-messages';
import { reviewMessages } from '../articles/review-messages';
import { columnsMessages } from '../columns/columns-messages';
import { freshnessMessages } from '../freshness/freshness-messages';
import { historyMessages } from '../history/history-messages';
import { recycleBinMessages } from '../recycle-bin/recycle-bin-messages';
import { wordsMessages } from '../words/words-messages';

describe("pages' own words", () => {
  it.each([
    ['articles.form', articleFormMessages],
    ['review', reviewMessages],
    ['history', historyMessages],
    ['words', wordsMessages],
    ['freshness', freshnessMessages],
    ['columns', columnsMessages],
    ['recycleBin', recycleBinMessages],
  ] as const)('%s: English names every Chinese key, and nothing more', (_, messages) => {
    expect(wordGaps(messages['zh-CN'], messages['en-US'])).toEqual({ missingInEnglish: [], onlyInEnglish: [] });
  });
});
