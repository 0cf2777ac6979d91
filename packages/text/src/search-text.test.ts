import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineCuts, maxQueryParts, searchDocument, searchQuery, TermMarker, termsToMark } from './search-text';

describe('searchDocument', () => {
  it('indexes every word of the text, the sub-words of long ones, and the title letter by letter and by pairs', () => {
    const doc = searchDocument('江城市党委举行入党宣誓仪式', ['学习中华人民共和国宪法。', 'Strata 平台 v2.0']);
    expect(doc.words).toEqual(
      expect.arrayContaining([
        '党委',
        '入党',
        '宣誓',
        '仪式',
        '中华',
        '人民',
        '共和国',
        '中华人民共和国宪法',
        'strata',
        'v2',
      ]),
    );
    // Only letters and digits are terms: no punctuation, no spaces.
    expect(doc.words.every((w) => /^[\p{L}\p{N}]+$/u.test(w))).toBe(true);
    expect(doc.chars).toEqual([...'江城市党委举行入党宣誓仪式']);
    expect(doc.pairs.slice(0, 3)).toEqual(['江城', '城市', '市党']);
    expect(doc.pairs).toHaveLength(doc.chars.length - 1);
    expect(searchDocument('党', []).pairs).toEqual([]);
  });

  it('folds full-width forms and case, so a document and a query compare alike', () => {
    const doc = searchDocument('ＳＴＲＡＴＡ　使用手册', []);
    expect(doc.words).toContain('strata');
    expect(doc.chars.slice(0, 6)).toEqual([...'strata']);
  });

  it('cuts its texts together as it would cut each alone, in order', () => {
    const text = fc
      .array(
        fc.oneof(
          fc.constantFrom('入党', '宣誓', '中华人民共和国', '。', ' ', '\n', 'v2.0', 'Ａ', '-', '12'),
          fc.string(),
        ),
        {
          maxLength: 12,
        },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 4 }), (title, texts) => {
        const alone = [title, ...texts].flatMap((t) => searchDocument(t, []).words);
        expect(searchDocument(title, texts).words).toEqual(alone);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same document with its lines cut once for many documents', () => {
    const line = fc.constantFrom(
      '会议传达学习了上级有关文件精神。',
      '与会党员谈认识、谈体会',
      'Ｑ3 v2.0 简报',
      '',
      ' ',
    );
    const text = fc.array(fc.oneof(line, fc.string(), fc.constant('\n')), { maxLength: 6 }).map((p) => p.join(''));
    // Shared by every run, and small: lines found in it and lines past its limit, cut each time.
    const cuts = lineCuts(8);
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 4 }), (title, texts) => {
        expect(searchDocument(title, texts, cuts)).toEqual(searchDocument(title, texts));
      }),
      { numRuns: 1000 },
    );
    expect(cuts.words.size).toBe(8);
  });
});

describe('searchQuery', () => {
  it('takes each run typed, with its words, each once, folded, without punctuation', () => {
    expect(searchQuery('入党宣誓')).toEqual([{ run: '入党宣誓', words: ['入党', '宣誓'] }]);
    expect(searchQuery('  宣誓，宣誓！ ')).toEqual([{ run: '宣誓', words: ['宣誓'] }]);
    expect(searchQuery('ＨＥＬＬＯ World')).toEqual([
      { run: 'hello', words: ['hello'] },
      { run: 'world', words: ['world'] },
    ]);
    expect(searchQuery('snake_case')).toEqual([
      { run: 'snake', words: ['snake'] },
      { run: 'case', words: ['case'] },
    ]);
  });

  it('looks for nothing when nothing but punctuation was typed', () => {
    expect(searchQuery('%_ ！？')).toEqual([]);
    expect(searchQuery('')).toEqual([]);
  });

  it('keeps a bounded number of parts, each bounded in length', () => {
    const many = Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ');
    expect(searchQuery(many)).toHaveLength(maxQueryParts);
    expect([...(searchQuery('a'.repeat(500))[0]?.run ?? '')]).toHaveLength(32);
  });

  it('marks each run and each of its words', () => {
    expect(termsToMark(searchQuery('入党宣誓 高亮'))).toEqual(['入党宣誓', '入党', '宣誓', '高亮', '高', '亮']);
  });
});

describe('TermMarker', () => {
  it('marks each term where it occurs, in any case', () => {
    expect(new TermMarker(['strata']).segments('Strata 与 strata')).toEqual([
      { text: 'Strata', hit: { word: 'strata', level: 'warn' } },
      { text: ' 与 ' },
      { text: 'strata', hit: { word: 'strata', level: 'warn' } },
    ]);
    expect(new TermMarker([]).segments('无')).toEqual([{ text: '无' }]);
    // Terms that touch make one mark.
    expect(new TermMarker(['高', '亮']).segments('门户高亮')).toEqual([
      { text: '门户' },
      { text: '高亮', hit: { word: '高', level: 'warn' } },
    ]);
  });

  it('cuts a window around the first term, with an ellipsis where text was left out', () => {
    const text = `${'前'.repeat(200)}关键${'后'.repeat(200)}`;
    const snippet = new TermMarker(['关键']).snippet(text, 40);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('关键');
    expect([...snippet.replaceAll('…', '')]).toHaveLength(40);
    // No term in the text: its start.
    expect(new TermMarker(['没有']).snippet(text, 10)).toBe(`${'前'.repeat(10)}…`);
    expect(new TermMarker(['短']).snippet('短', 10)).toBe('短');
  });
});
