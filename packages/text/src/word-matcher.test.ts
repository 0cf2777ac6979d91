import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  highlight,
  isPlainUnit,
  normaliseForMatching,
  type SensitiveWord,
  type WordHit,
  WordMatcher,
} from './word-matcher';

const block = (word: string): SensitiveWord => ({ word, level: 'block' });
const warn = (word: string): SensitiveWord => ({ word, level: 'warn' });
const spans = (text: string, hits: WordHit[]) => hits.map((hit) => [hit.word, text.slice(hit.start, hit.end)]);

describe('WordMatcher', () => {
  it('finds Chinese words with no spaces around them', () => {
    const text = '这是网上赌博网站';
    const hits = new WordMatcher([block('法轮'), block('赌博'), warn('网站')]).find(text);
    expect(hits).toEqual([
      { word: '赌博', level: 'block', start: 4, end: 6 },
      { word: '网站', level: 'warn', start: 6, end: 8 },
    ]);
    expect(new WordMatcher([block('法轮')]).find('法轮功与法轮')).toEqual([
      { word: '法轮', level: 'block', start: 0, end: 2 },
      { word: '法轮', level: 'block', start: 4, end: 6 },
    ]);
  });

  it('reports every overlapping occurrence, ordered by start then length', () => {
    const hits = new WordMatcher([warn('he'), warn('she'), warn('hers'), warn('his')]).find('ushers');
    expect(hits.map(({ word, start, end }) => [word, start, end])).toEqual([
      ['she', 1, 4],
      ['he', 2, 4],
      ['hers', 2, 6],
    ]);
    expect(spans('aaaa', new WordMatcher([warn('aa'), warn('a')]).find('aaaa'))).toEqual([
      ['a', 'a'],
      ['aa', 'aa'],
      ['a', 'a'],
      ['aa', 'aa'],
      ['a', 'a'],
      ['aa', 'aa'],
      ['a', 'a'],
    ]);
  });

  it('reports a short word found only through a chain of failure links', () => {
    // At "abc" (a prefix of abcd) the failure link is "bc" (a prefix of bcd, not a word); "c" is found through it.
    const hits = new WordMatcher([warn('abcd'), warn('bcd'), warn('c')]).find('abcx');
    expect(hits.map(({ word, start, end }) => [word, start, end])).toEqual([['c', 2, 3]]);
  });

  it('matches Latin letters whatever their case, on both sides', () => {
    const matcher = new WordMatcher([block('Casino'), warn('VPN')]);
    expect(spans('Online CASINO with vpn, casino', matcher.find('Online CASINO with vpn, casino'))).toEqual([
      ['Casino', 'CASINO'],
      ['VPN', 'vpn'],
      ['Casino', 'casino'],
    ]);
  });

  it('matches full-width letters and digits to their ASCII words', () => {
    const text = '买ＡＢＣ和ａｂｃ还有１２３';
    const hits = new WordMatcher([block('abc'), warn('123')]).find(text);
    expect(spans(text, hits)).toEqual([
      ['abc', 'ＡＢＣ'],
      ['abc', 'ａｂｃ'],
      ['123', '１２３'],
    ]);
    expect(hits[0]).toMatchObject({ start: 1, end: 4 });
  });

  it('maps offsets back exactly when NFKC changes a character’s length', () => {
    // ﬁ (one unit) normalises to "fi" (two); ㈱ to "(株)"; a decomposed é composes with its mark.
    const text = 'x ﬁnance ㈱公司 cafe\u0301!';
    const hits = new WordMatcher([warn('finance'), warn('株'), warn('café'), warn('fi')]).find(text);
    expect(spans(text, hits)).toEqual([
      ['fi', 'ﬁ'],
      ['finance', 'ﬁnance'],
      ['株', '㈱'],
      ['café', 'cafe\u0301'],
    ]);
  });

  it('counts offsets in UTF-16 code units when emoji (surrogate pairs) come before a hit', () => {
    const text = '😀😀赌博👍🏽bet';
    const hits = new WordMatcher([block('赌博'), warn('BET')]).find(text);
    expect(hits).toEqual([
      { word: '赌博', level: 'block', start: 4, end: 6 },
      { word: 'BET', level: 'warn', start: 10, end: 13 },
    ]);
    expect(spans(text, hits)).toEqual([
      ['赌博', '赌博'],
      ['BET', 'bet'],
    ]);
    expect(new WordMatcher([warn('😀')]).find('a😀b')).toEqual([{ word: '😀', level: 'warn', start: 1, end: 3 }]);
  });

  it('keeps the stricter level when a word is listed twice, in any form', () => {
    const matcher = new WordMatcher([warn('赌博'), block('赌博'), warn('赌博'), warn('abc'), block('ＡＢＣ')]);
    expect(matcher.size).toBe(2);
    expect(matcher.find('赌博 abc')).toEqual([
      { word: '赌博', level: 'block', start: 0, end: 2 },
      { word: 'abc', level: 'block', start: 3, end: 6 },
    ]);
  });

  it('ignores empty and whitespace-only words, and finds nothing with an empty list', () => {
    const blank = new WordMatcher([warn(''), block('   '), warn('\u3000\n')]);
    expect(blank.size).toBe(0);
    expect(blank.find('anything at all 任何内容')).toEqual([]);
    expect(new WordMatcher([]).find('anything at all')).toEqual([]);
    expect(new WordMatcher([warn('x')]).find('')).toEqual([]);
  });

  it('trims the words it is given', () => {
    expect(new WordMatcher([warn('  赌博 ')]).find('网上赌博')).toEqual([
      { word: '赌博', level: 'warn', start: 2, end: 4 },
    ]);
  });

  it('splits hits into blocking and warnings', () => {
    const matcher = new WordMatcher([block('赌博'), warn('网站')]);
    expect(matcher.blocking('网上赌博网站').map((hit) => hit.word)).toEqual(['赌博']);
    expect(matcher.warnings('网上赌博网站').map((hit) => hit.word)).toEqual(['网站']);
  });

  it('finds the same hits whether its root is a Map (a short list) or a table (a long one)', () => {
    const letters = fc.constantFrom(...'赌博网站法轮abAＢ');
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: letters, minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        fc.string({ unit: letters, maxLength: 40 }),
        (words, text) => {
          const short = new WordMatcher(words.map(warn)).find(text);
          // Padded past the short list with words that never occur in the text (digits): the same hits.
          const padded = [...words, ...Array.from({ length: 80 }, (_, i) => `${i}9`)].map(warn);
          expect(new WordMatcher(padded).find(text)).toEqual(short);
        },
      ),
    );
  });

  it('scans a long text with thousands of words', () => {
    const words = Array.from({ length: 5000 }, (_, i) => warn(`w${i}x`));
    const text = `${'正文'.repeat(10_000)}w4999x`;
    expect(new WordMatcher(words).find(text)).toEqual([{ word: 'w4999x', level: 'warn', start: 20_000, end: 20_006 }]);
  });
});

describe('normaliseForMatching', () => {
  it('keeps a plain text as it is, unit by unit, as NFKC and lower case would', () => {
    const plainUnits = [...'azAZ09 ,.赌博网站一鿿、。《》「」『』‘’“”'].filter((c) => isPlainUnit(c.charCodeAt(0)));
    expect(plainUnits.join('')).toBe('az09 ,.赌博网站一鿿、。《》「」『』‘’“”');
    fc.assert(
      fc.property(
        fc.string({
          unit: fc
            .integer({ min: 0, max: 0xffff })
            .filter(isPlainUnit)
            .map((u) => String.fromCharCode(u)),
        }),
        (text) => {
          const { text: normalised, from, to } = normaliseForMatching(text);
          expect(normalised).toBe(text.normalize('NFKC').toLowerCase());
          expect([...from]).toEqual([...text].map((_, i) => i));
          expect([...to]).toEqual([...text].map((_, i) => i + 1));
        },
      ),
    );
  });

  it('maps every normalised unit to the original cluster that produced it', () => {
    const { text, from, to } = normaliseForMatching('Ａ😀ﬁ');
    expect(text).toBe('a😀fi');
    expect([...from]).toEqual([0, 1, 1, 3, 3]);
    expect([...to]).toEqual([1, 3, 3, 4, 4]);
  });
});

describe('highlight', () => {
  it('cuts the text into segments that concatenate back to it', () => {
    const text = '这是网上赌博网站，请勿访问';
    const matcher = new WordMatcher([block('赌博'), warn('网站')]);
    const segments = highlight(text, matcher.find(text));
    expect(segments).toEqual([
      { text: '这是网上' },
      { text: '赌博', hit: { word: '赌博', level: 'block' } },
      { text: '网站', hit: { word: '网站', level: 'warn' } },
      { text: '，请勿访问' },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('merges overlapping hits into one segment labelled by the strictest, then the longest', () => {
    const matcher = new WordMatcher([warn('he'), warn('she'), warn('hers')]);
    expect(highlight('ushers!', matcher.find('ushers!'))).toEqual([
      { text: 'u' },
      { text: 'shers', hit: { word: 'hers', level: 'warn' } },
      { text: '!' },
    ]);
    const strict = new WordMatcher([warn('she'), block('he'), warn('hers')]);
    expect(highlight('ushers', strict.find('ushers'))[1]).toEqual({
      text: 'shers',
      hit: { word: 'he', level: 'block' },
    });
  });

  it('returns the whole text as one plain segment without hits, and ignores hits outside the text', () => {
    expect(highlight('plain', [])).toEqual([{ text: 'plain' }]);
    expect(highlight('', [])).toEqual([]);
    expect(highlight('ab', [{ word: 'x', level: 'warn', start: 1, end: 9 }])).toEqual([{ text: 'ab' }]);
  });
});

// The reference: for every pair of code point boundaries and every word, compare the normalised slice with the
// normalised word. Quadratic and obviously right for the property test's alphabet, where every character
// normalises on its own (no combining marks, no length changes besides surrogate pairs).
const norm = (value: string) => value.normalize('NFKC').toLowerCase();

function reference(words: SensitiveWord[], text: string): WordHit[] {
  const entries = new Map<string, { word: string; level: SensitiveWord['level'] }>();
  for (const { word, level } of words) {
    const trimmed = word.trim();
    const key = norm(trimmed);
    if (key === '') continue;
    const known = entries.get(key);
    if (!known) entries.set(key, { word: trimmed, level });
    else if (level === 'block') known.level = 'block';
  }
  const boundaries: number[] = [];
  for (let i = 0; i < text.length; i += text.codePointAt(i)! > 0xffff ? 2 : 1) boundaries.push(i);
  boundaries.push(text.length);
  const hits: WordHit[] = [];
  for (let a = 0; a < boundaries.length; a++) {
    for (let b = a + 1; b < boundaries.length; b++) {
      const slice = norm(text.slice(boundaries[a], boundaries[b]));
      const entry = entries.get(slice);
      if (entry) hits.push({ word: entry.word, level: entry.level, start: boundaries[a]!, end: boundaries[b]! });
    }
  }
  return hits.sort((x, y) => x.start - y.start || x.end - y.end || (x.word < y.word ? -1 : x.word > y.word ? 1 : 0));
}

describe('WordMatcher against a naive reference', () => {
  // Few distinct letters (a, b, 赌, 😀 and a space, in several spellings), so words share prefixes and suffixes
  // and the failure and dictionary links are exercised, not only the trie.
  const alphabet = ['a', 'A', 'ａ', 'b', 'Ｂ', '赌', '😀', ' '];
  const letter = fc.constantFrom(...alphabet);
  const textOf = (max: number) => fc.array(letter, { maxLength: max }).map((letters) => letters.join(''));
  const words = fc.array(
    fc.record({
      word: fc.array(letter, { minLength: 1, maxLength: 4 }).map((l) => l.join('')),
      level: fc.constantFrom('block', 'warn') as fc.Arbitrary<'block' | 'warn'>,
    }),
    { maxLength: 8 },
  );

  it('finds exactly the occurrences the reference finds', () => {
    fc.assert(
      fc.property(words, textOf(40), (list, text) => {
        expect(new WordMatcher(list).find(text)).toEqual(reference(list, text));
      }),
      { numRuns: 500 },
    );
  });

  it('highlights into segments that always concatenate back to the text', () => {
    fc.assert(
      fc.property(words, textOf(40), (list, text) => {
        const segments = highlight(text, new WordMatcher(list).find(text));
        expect(segments.map((segment) => segment.text).join('')).toBe(text);
        expect(segments.every((segment) => segment.text !== '')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
