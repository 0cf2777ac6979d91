import { describe, expect, it } from 'vitest';
import { likeMatches, literalContains } from './sqlite-like';

describe('LIKE on SQLite, escaped as on PostgreSQL', () => {
  it('keeps % and _ as wildcards, case-insensitively', () => {
    expect(likeMatches('/1/7/%', '/1/7/42/')).toBe(true);
    expect(likeMatches('/1/7/%', '/1/70/')).toBe(false);
    expect(likeMatches('%news%', 'Latest NEWS today')).toBe(true);
    expect(likeMatches('a_c', 'abc')).toBe(true);
    expect(likeMatches('a_c', 'abbc')).toBe(false);
  });

  it('matches escaped text literally, regex characters included', () => {
    const contains = (text: string) => `%${literalContains(text)}%`;
    expect(likeMatches(contains('100%'), '完成率 100% 的支部')).toBe(true);
    expect(likeMatches(contains('100%'), '完成率 1000 的支部')).toBe(false);
    expect(likeMatches(contains('_'), 'snake_case')).toBe(true);
    expect(likeMatches(contains('_'), 'snakecase')).toBe(false);
    expect(likeMatches(contains('a\\b'), 'xa\\by')).toBe(true);
    expect(likeMatches(contains('(.*)[x]-'), 'y(.*)[x]-z')).toBe(true);
    expect(likeMatches(contains('(.*)'), 'anything')).toBe(false);
  });
});
