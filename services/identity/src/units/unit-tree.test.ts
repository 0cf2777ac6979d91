import { describe, expect, it } from 'vitest';
import { assertMayAddUnder, assertMayArchive, assertMayMoveUnder, assertMayRestore } from './unit-tree';

// A small tree: the municipality /1/, townships /1/2/ and /1/3/, branch /1/2/5/ and its group /1/2/5/8/.
const unit = (kind: string, path: string, archivedAt: Date | null = null) => ({
  kind,
  path,
  depth: path.split('/').length - 3,
  archivedAt,
});
const municipality = unit('municipality', '/1/');
const township = unit('township', '/1/2/');
const otherTownship = unit('township', '/1/3/');
const branch = unit('branch', '/1/2/5/');
const group = unit('group', '/1/2/5/8/');
const archivedTownship = unit('township', '/1/4/', new Date('2026-01-01T00:00:00Z'));

const error = (code: string, key: string, field?: string) =>
  expect.objectContaining({ code, key, ...(field ? { field } : {}) });

describe('adding a unit', () => {
  it('is allowed under an active parent of a higher kind, any level down', () => {
    expect(() => assertMayAddUnder(municipality, 'township')).not.toThrow();
    expect(() => assertMayAddUnder(township, 'branch')).not.toThrow();
    expect(() => assertMayAddUnder(township, 'group')).not.toThrow();
    expect(() => assertMayAddUnder(branch, 'group')).not.toThrow();
  });

  it('is refused under a parent of the same or a lower kind', () => {
    expect(() => assertMayAddUnder(township, 'township')).toThrow(error('BAD_REQUEST', 'unitKindOrder', 'kind'));
    expect(() => assertMayAddUnder(group, 'branch')).toThrow(error('BAD_REQUEST', 'unitKindOrder', 'kind'));
    expect(() => assertMayAddUnder(branch, 'municipality')).toThrow(error('BAD_REQUEST', 'unitKindOrder', 'kind'));
  });

  it('is refused under an archived parent', () => {
    expect(() => assertMayAddUnder(archivedTownship, 'branch')).toThrow(
      error('BAD_REQUEST', 'unitArchived', 'parentId'),
    );
  });
});

describe('moving a unit', () => {
  it('is allowed under another active parent of a higher kind', () => {
    expect(() => assertMayMoveUnder(branch, otherTownship)).not.toThrow();
    expect(() => assertMayMoveUnder(group, otherTownship)).not.toThrow();
    expect(() => assertMayMoveUnder(township, municipality)).not.toThrow();
  });

  it('is refused for the root, wherever it would go', () => {
    expect(() => assertMayMoveUnder(municipality, township)).toThrow(error('BAD_REQUEST', 'rootUnit'));
  });

  it('is refused under itself or its own subtree (a cycle)', () => {
    expect(() => assertMayMoveUnder(township, township)).toThrow(error('BAD_REQUEST', 'unitCycle', 'parentId'));
    expect(() => assertMayMoveUnder(township, group)).toThrow(error('BAD_REQUEST', 'unitCycle', 'parentId'));
  });

  it('is refused under an archived parent, or one of the same or a lower kind', () => {
    expect(() => assertMayMoveUnder(branch, archivedTownship)).toThrow(
      error('BAD_REQUEST', 'unitArchived', 'parentId'),
    );
    expect(() => assertMayMoveUnder(otherTownship, branch)).toThrow(error('BAD_REQUEST', 'unitKindOrder', 'kind'));
  });

  it('does not take a sibling whose path merely starts alike for its own subtree', () => {
    // /1/2/ and /1/25/ share a prefix of characters, not of path segments.
    expect(() => assertMayMoveUnder(unit('branch', '/1/2/5/'), unit('township', '/1/25/'))).not.toThrow();
  });
});

describe('archiving a unit', () => {
  it('is allowed for a unit whose sub-units are all archived, or that has none', () => {
    expect(() => assertMayArchive(branch, 0)).not.toThrow();
    expect(() => assertMayArchive(group, 0)).not.toThrow();
  });

  it('is refused while it has active sub-units, and always for the root', () => {
    expect(() => assertMayArchive(township, 1)).toThrow(error('BAD_REQUEST', 'unitHasActiveChildren'));
    expect(() => assertMayArchive(municipality, 0)).toThrow(error('BAD_REQUEST', 'rootUnit'));
  });
});

describe('restoring a unit', () => {
  const archived = { name: '第一支部', archivedAt: new Date('2026-01-01T00:00:00Z') };
  const family = (parentArchived: boolean, children: { id: number; name: string }[] = []) => ({
    parent: { id: 2, name: '城关镇', archived: parentArchived },
    activeChildren: children,
  });

  it('is allowed for an archived unit under an active parent whose active units use other names', () => {
    expect(() => assertMayRestore(archived, family(false, [{ id: 9, name: '第二支部' }]))).not.toThrow();
  });

  it('is refused for a unit that is not archived, and for the root', () => {
    expect(() => assertMayRestore({ ...archived, archivedAt: null }, family(false))).toThrow(
      error('BAD_REQUEST', 'unitNotArchived'),
    );
    expect(() => assertMayRestore({ ...archived, archivedAt: null }, null)).toThrow(
      error('BAD_REQUEST', 'unitNotArchived'),
    );
  });

  it('is refused under an archived parent, naming it', () => {
    expect(() => assertMayRestore(archived, family(true))).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST', key: 'unitParentArchived', vars: { parent: '城关镇' } }),
    );
  });

  it('is refused while an active sibling has taken its name meanwhile', () => {
    expect(() => assertMayRestore(archived, family(false, [{ id: 9, name: ' 第一支部 ' }]))).toThrow(
      expect.objectContaining({ code: 'CONFLICT', key: 'unitNameTaken', field: 'name' }),
    );
  });
});
