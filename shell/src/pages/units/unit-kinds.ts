import type { UnitKind } from '../../api-types';

// The order of the tree: a unit's children are of a later kind (the server enforces it too).
export const unitKinds: UnitKind[] = ['municipality', 'township', 'branch', 'group'];

/** Kinds a child of `parent` may have. */
export const childKinds = (parent: UnitKind): UnitKind[] => unitKinds.slice(unitKinds.indexOf(parent) + 1);
