import { describe, expect, it } from 'vitest';
import { fts5Query, tsqueryText, tsvectorText } from './search-index.sql';

describe('search index text', () => {
  const parts = [
    { run: '入党宣誓', words: ['入党', '宣誓'] },
    { run: 'a', words: ['a'] },
  ];

  it('asks FTS5 for each part: all its words (two letters or more as a prefix) or its run as a title phrase', () => {
    expect(fts5Query(parts)).toBe(
      '(("words" : "入党"* AND "words" : "宣誓"*) OR "chars" : "入 党 宣 誓") AND (("words" : "a") OR "chars" : "a")',
    );
  });

  it('asks PostgreSQL the same: weight-A words, or the run as a phrase of weight-B characters', () => {
    expect(tsqueryText(parts)).toBe(
      "(('入党':*A & '宣誓':*A) | '入':B <-> '党':B <-> '宣':B <-> '誓':B) & (('a':A) | 'a':B)",
    );
  });

  it('refuses a term that is not letters and digits, so no query syntax can slip in', () => {
    for (const bad of ['a"b', "a'b", 'a b', 'a*', 'NEAR(a', '']) {
      expect(() => fts5Query([{ run: bad, words: ['a'] }]), bad).toThrow(/letters and digits/);
      expect(() => fts5Query([{ run: 'a', words: [bad] }]), bad).toThrow(/letters and digits/);
    }
    expect(() => tsqueryText([{ run: 'a & b', words: [] }])).toThrow(/letters and digits/);
  });

  it('writes a document as a tsvector: characters at their positions, then each word once', () => {
    expect(tsvectorText({ chars: ['党', '委', '党'], words: ['党委', '党', '党委'] })).toBe(
      "'党':1B,3B,5A '委':2B '党委':4A",
    );
    // Quotes and backslashes in a lexeme are escaped as tsvector's input wants.
    expect(tsvectorText({ chars: [], words: ["o'k\\"] })).toBe("'o''k\\\\':1A");
  });
});
