// Where a letter may be assigned: the units below the one holding it (not itself, not beside it), a unit where the
// caller does not handle letters shown but not to be chosen.
import { describe, expect, it } from 'vitest';
import type { Unit } from '../common/api-types';
import { unitsBelow } from './assign-modal';

const unit = (id: number, parentId: number | null, path: string): Unit => ({
  id,
  parentId,
  kind: 'branch',
  name: `单位${id}`,
  path,
  depth: path.split('/').filter(Boolean).length - 1,
  archivedAt: null,
});
const units = [
  unit(1, null, '/1/'),
  unit(2, 1, '/1/2/'),
  unit(3, 2, '/1/2/3/'),
  unit(4, 2, '/1/2/4/'),
  unit(5, 1, '/1/5/'),
  unit(6, 5, '/1/5/6/'),
];

describe('the units a letter may be assigned to', () => {
  it('are those below its unit, as a tree', () => {
    const tree = unitsBelow(units, units[1], () => true);
    expect(tree.map((n) => n.value)).toEqual([3, 4]);
    const top = unitsBelow(units, units[0], () => true);
    expect(top.map((n) => [n.value, n.children.map((c) => c.value)])).toEqual([
      [2, [3, 4]],
      [5, [6]],
    ]);
  });

  it('cannot be chosen where the caller does not handle letters', () => {
    const tree = unitsBelow(units, units[1], (id) => id !== 4);
    expect(tree.map((n) => [n.value, n.disabled])).toEqual([
      [3, false],
      [4, true],
    ]);
  });

  it('are none at a unit with nothing below, or a unit the reader does not see', () => {
    expect(unitsBelow(units, units[2], () => true)).toEqual([]);
    expect(unitsBelow(units, undefined, () => true)).toEqual([]);
  });
});
