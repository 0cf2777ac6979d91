import { describe, expect, it } from 'vitest';
import { matchIn, searchUnits } from './unit-search';

const units = [
  { id: 1, parentId: null, name: '江城市' },
  { id: 2, parentId: 1, name: '城关镇' },
  { id: 3, parentId: 2, name: '城关镇第三村支部' },
  { id: 4, parentId: 2, name: '城关镇机关支部' },
  { id: 5, parentId: 1, name: '东湖街道' },
  { id: 6, parentId: 5, name: 'Youth League Office' },
  { id: 7, parentId: 6, name: '第一小组' },
];

describe('searching the unit tree', () => {
  it('keeps the matches and the units on the way down to them, nothing else', () => {
    const found = searchUnits(units, '第三村');
    expect([...found.matches]).toEqual([3]);
    expect([...found.visible].sort()).toEqual([1, 2, 3]);
  });

  it('matches Latin letters in any case and full-width forms, and trims the query', () => {
    expect([...searchUnits(units, '  youth ').matches]).toEqual([6]);
    expect([...searchUnits(units, 'ＬＥＡＧＵＥ').matches]).toEqual([6]);
  });

  it('keeps everything for an empty query, and nothing when no name matches', () => {
    expect(searchUnits(units, ' ').visible.size).toBe(units.length);
    expect(searchUnits(units, ' ').matches.size).toBe(0);
    expect(searchUnits(units, '西山').visible.size).toBe(0);
  });

  it('says where in the name the match lies, in the name’s own characters', () => {
    expect(matchIn('城关镇第三村支部', '第三村')).toEqual([3, 6]);
    expect(matchIn('Youth League Office', 'league')).toEqual([6, 12]);
    expect(matchIn('ＡＢＣ支部', 'bc')).toEqual([1, 3]);
    expect(matchIn('城关镇', '西山')).toBeNull();
    expect(matchIn('城关镇', '')).toBeNull();
  });
});
