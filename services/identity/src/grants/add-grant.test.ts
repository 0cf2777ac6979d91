import { type GrantInScope, Scope } from '@strata/api';
import { notesCatalog } from '@strata/api/testing';
import { describe, expect, it } from 'vitest';
import { assertGrantable } from './add-grant';

// A small tree: the municipality /1/, townships /1/2/ and /1/3/, a branch /1/2/5/.
const root = { path: '/1/', depth: 0 };
const township = { path: '/1/2/', depth: 1 };
const otherTownship = { path: '/1/3/', depth: 1 };
const branch = { path: '/1/2/5/', depth: 2 };

const scopeOf = (role: GrantInScope['role'], unit: { path: string }) =>
  new Scope([{ id: 1, role, unitId: 1, unitPath: unit.path, unitName: unit.path }], notesCatalog);

describe('which roles a caller may hand out, and where', () => {
  const refused = expect.objectContaining({ code: 'BAD_REQUEST', key: 'roleNotGrantable', field: 'role' });

  it('a township admin grants any role but the root-only one, in their township and below', () => {
    const townshipAdmin = scopeOf('township_admin', township);
    for (const role of ['township_admin', 'branch_secretary', 'note_editor', 'note_reviewer', 'member'])
      expect(() => assertGrantable(townshipAdmin, role, branch)).not.toThrow();
    expect(() => assertGrantable(townshipAdmin, 'township_admin', township)).not.toThrow();
  });

  it('a township admin grants nothing in another township, and never the municipal admin role', () => {
    const townshipAdmin = scopeOf('township_admin', township);
    expect(() => assertGrantable(townshipAdmin, 'member', otherTownship)).toThrow(refused);
    expect(() => assertGrantable(townshipAdmin, 'member', root)).toThrow(refused);
    expect(() => assertGrantable(townshipAdmin, 'municipal_admin', township)).toThrow(refused);
  });

  it('the municipal admin role goes to the root only, even from a municipal admin', () => {
    const municipalAdmin = scopeOf('municipal_admin', root);
    expect(() => assertGrantable(municipalAdmin, 'municipal_admin', root)).not.toThrow();
    expect(() => assertGrantable(municipalAdmin, 'municipal_admin', township)).toThrow(refused);
  });

  it('nobody hands out a permission they lack there, nor a name that is no role', () => {
    // A branch secretary holds no notes.review or user.manage: an admin role is beyond them.
    const secretary = scopeOf('branch_secretary', branch);
    expect(() => assertGrantable(secretary, 'note_editor', branch)).not.toThrow();
    expect(() => assertGrantable(secretary, 'note_reviewer', branch)).toThrow(refused);
    expect(() => assertGrantable(secretary, 'township_admin', branch)).toThrow(refused);
    expect(() => assertGrantable(secretary, 'constructor', branch)).toThrow(refused);
  });
});
