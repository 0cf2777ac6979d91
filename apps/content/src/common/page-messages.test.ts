import { describe, expect, it } from 'vitest';
import { articleFormMessages } from '../articles/article-form-messages';
import { reviewMessages } from '../articles/review-messages';
import { columnsMessages } from '../columns/columns-messages';
import { freshnessMessages } from '../freshness/freshness-messages';
import { historyMessages } from '../history/history-messages';
import { recycleBinMessages } from '../recycle-bin/recycle-bin-messages';
import { wordsMessages } from '../words/words-messages';

/** Every leaf key of Chinese that English lacks (as itself or as its plural forms). */
function missing(zh: object, en: Record<string, unknown>, at = ''): string[] {
  return Object.entries(zh).flatMap(([key, value]) => {
    if (typeof value === 'object' && value !== null)
      return missing(value, (en[key] ?? {}) as Record<string, unknown>, `${at}${key}.`);
    return key in en || (`${key}_one` in en && `${key}_other` in en) ? [] : [`${at}${key}`];
  });
}

describe("pages' own words", () => {
  it.each([
    ['articles.form', articleFormMessages],
    ['review', reviewMessages],
    ['history', historyMessages],
    ['words', wordsMessages],
    ['freshness', freshnessMessages],
    ['columns', columnsMessages],
    ['recycleBin', recycleBinMessages],
  ] as const)('%s: English names every Chinese key', (_, messages) => {
    expect(missing(messages['zh-CN'], messages['en-US'] as Record<string, unknown>)).toEqual([]);
  });

  it('the check finds a missing key', () => {
    expect(missing({ a: '甲', b: { c: '丙' }, n: '个' }, { a: 'A', b: {}, n_one: 'one' })).toEqual(['b.c', 'n']);
  });
});
