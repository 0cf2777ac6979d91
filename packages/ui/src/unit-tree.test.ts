import { describe, expect, it } from 'vitest';
import { subtreeIds, toUnitTree } from './unit-tree';

const units = [
  { id: 2, parentId: 1, name: '城关镇' },
  { id: 3, parentId: 2, name: '机关支部' },
  { id: 4, parentId: 2, name: '社区支部' },
  { id: 5, parentId: 3, name: '第一小组' },
  { id: 9, parentId: 8, name: '东湖街道' },
];

describe('toUnitTree', () => {
  it('nests by parent and makes units whose parent is out of scope roots', () => {
    const roots = toUnitTree(units);
    expect(roots.map((r) => r.title)).toEqual(['城关镇', '东湖街道']);
    expect(roots[0]?.children.map((c) => c.title)).toEqual(['机关支部', '社区支部']);
    expect(roots[0]?.children[0]?.children[0]?.isLeaf).toBe(true);
    expect(roots[0]?.isLeaf).toBe(false);
  });

  it('marks disabled nodes', () => {
    const roots = toUnitTree(units, (u) => u.id === 4);
    expect(roots[0]?.children.map((c) => c.disabled)).toEqual([false, true]);
  });
});

describe('subtreeIds', () => {
  it('collects a unit and its descendants', () => {
    expect([...subtreeIds(units, 2)].sort()).toEqual([2, 3, 4, 5]);
    expect([...subtreeIds(units, 4)]).toEqual([4]);
  });
});
