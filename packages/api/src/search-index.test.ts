import { describe, expect, it } from 'vitest';
import { fts5Query, searchKey, tsqueryText, tsvectorText } from './search-index.sql';

describe('search index text', () => {
  const parts = [
    { run: '入党宣誓', words: ['入党', '宣誓'] },
    { run: 'a', words: ['a'] },
  ];

  it('asks FTS5 for each part: all its words (two letters or more as a prefix) or its run in the title', () => {
    // A run of two characters or more as its pairs in a row; a run of one among the title's characters.
    expect(fts5Query(parts)).toBe(
      '(("words" : "入党"* AND "words" : "宣誓"*) OR "pairs" : "入党 党宣 宣誓") AND (("words" : "a") OR "chars" : "a")',
    );
  });

  it('asks PostgreSQL the same: weight-A words, or the run as a phrase of weight-C pairs (one character: B)', () => {
    expect(tsqueryText(parts)).toBe(
      "(('入党':*A & '宣誓':*A) | '入党':C <-> '党宣':C <-> '宣誓':C) & (('a':A) | 'a':B)",
    );
  });

  it('refuses a term that is not letters and digits, so no query syntax can slip in', () => {
    for (const bad of ['a"b', "a'b", 'a b', 'a*', 'NEAR(a', '']) {
      expect(() => fts5Query([{ run: bad, words: ['a'] }]), bad).toThrow(/letters and digits/);
      expect(() => fts5Query([{ run: 'a', words: [bad] }]), bad).toThrow(/letters and digits/);
    }
    expect(() => tsqueryText([{ run: 'a & b', words: [] }])).toThrow(/letters and digits/);
  });

  it('writes a document as a tsvector: characters, then pairs, at their positions, then each word once', () => {
    expect(tsvectorText({ chars: ['党', '委', '党'], pairs: ['党委', '委党'], words: ['党委', '党', '党委'] })).toBe(
      "'党':1B,3B,7A '委':2B '党委':4C,6A '委党':5C",
    );
    // Quotes and backslashes in a lexeme are escaped as tsvector's input wants.
    expect(tsvectorText({ chars: [], pairs: [], words: ["o'k\\"] })).toBe("'o''k\\\\':1A");
  });
});

describe('searchKey', () => {
  const at = (iso: string) => new Date(iso);

  it('orders by the second of the date, then by id, newest first as the larger key', () => {
    const keys = [
      searchKey(at('2026-11-30T08:00:00.900Z'), 7),
      searchKey(at('2026-11-30T08:00:00.100Z'), 9),
      searchKey(at('2026-11-30T08:00:01.000Z'), 1),
      searchKey(null, 5),
      searchKey(at('1969-12-31T23:59:59.000Z'), 3),
    ];
    const order = keys.map((key, i) => ({ key, i })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    // Before 1970 first, then no date, then the same second by id, then the next second.
    expect(order.map((k) => k.i)).toEqual([4, 3, 0, 1, 2]);
  });

  it('keeps the id in the low 30 bits, also before 1970, and refuses an id that does not fit', () => {
    const key = searchKey(at('1969-06-01T00:00:00Z'), 123);
    expect(BigInt.asUintN(30, key)).toBe(123n);
    expect(BigInt.asUintN(30, searchKey(at('2026-11-30T08:00:00Z'), 2 ** 30 - 1))).toBe(BigInt(2 ** 30 - 1));
    expect(() => searchKey(null, 2 ** 30)).toThrow(/out of the key range/);
    expect(() => searchKey(null, -1)).toThrow(/out of the key range/);
  });

  it('fits a signed 64-bit integer for any date a person can type, far ones taking the nearest end in order', () => {
    const int64 = (key: bigint) => BigInt.asIntN(64, key) === key;
    const dates = ['0001-01-01', '1700-01-01', '2038-01-20', '2100-01-01', '2242-01-01', '9999-12-31', '+275760-09-13'];
    const keys = dates.map((d) => searchKey(at(`${d}T00:00:00Z`), 42));
    for (const [i, key] of keys.entries()) expect(int64(key), dates[i]).toBe(true);
    for (let i = 1; i < keys.length; i++) expect(keys[i]! >= keys[i - 1]!, dates[i]).toBe(true);
    // Past 2038 a date still orders exactly (a 32-bit second would have run out there).
    expect(searchKey(at('2100-01-01T00:00:01Z'), 1) > searchKey(at('2100-01-01T00:00:00Z'), 9)).toBe(true);
  });
});
