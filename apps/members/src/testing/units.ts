// The unit tree the page tests draw on (identity.units.tree's answer): a township and two of its branches.
import type { Unit } from '../common/api-types';

export const township = 2;
export const firstBranch = 7;
export const secondBranch = 8;

export const testUnits: Unit[] = [
  { id: township, parentId: 1, kind: 'township', name: '城关镇', path: '/1/2/', depth: 1, archivedAt: null },
  {
    id: firstBranch,
    parentId: township,
    kind: 'branch',
    name: '城关一支部',
    path: '/1/2/7/',
    depth: 2,
    archivedAt: null,
  },
  {
    id: secondBranch,
    parentId: township,
    kind: 'branch',
    name: '城关二支部',
    path: '/1/2/8/',
    depth: 2,
    archivedAt: null,
  },
];
