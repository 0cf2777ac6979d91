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
