import { describe, expect, it } from 'vitest';
import { controlCharacterPath } from './control-characters';

describe('control characters in input', () => {
  it('finds NUL, other C0 controls, DEL and lone surrogates, and names the field', () => {
    expect(controlCharacterPath({ username: 'a\u0000' })).toBe('username');
    expect(controlCharacterPath({ a: { b: ['ok', 'x\u0007'] } })).toBe('a.b.1');
    expect(controlCharacterPath({ t: 'x\u007f' })).toBe('t');
    expect(controlCharacterPath({ t: 'x\ud800' })).toBe('t');
    expect(controlCharacterPath({ t: '\udc00x' })).toBe('t');
    expect(controlCharacterPath('\u0001')).toBe('_');
  });

  it('lets ordinary text through: tabs, line breaks, Chinese, emoji (surrogate pairs)', () => {
    expect(controlCharacterPath({ body: '第一段\n第二段\r\n\t缩进 😀', n: 1, b: true, z: null })).toBeNull();
  });
});

describe('control characters in deeply nested input', () => {
  it('walks 10,000 levels without overflowing the stack, and still names the path', () => {
    const deep = JSON.parse(`${'['.repeat(10_000)}"x\\u0000"${']'.repeat(10_000)}`);
    expect(controlCharacterPath(deep)).toBe(Array(10_000).fill('0').join('.'));
    expect(controlCharacterPath(JSON.parse(`${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`))).toBeNull();
  });

  it('reports the first string at fault, a key before its value', () => {
    expect(controlCharacterPath({ ok: 'x', 'k\u0000': 'v\u0000', later: '\u0001' })).toBe('k\u0000');
    expect(controlCharacterPath([['a'], ['b', '\u0002'], '\u0003'])).toBe('1.1');
  });
});
