import { type GrantInScope, Scope } from '@strata/api';
import { notesCatalog } from '@strata/api/testing';
import { describe, expect, it } from 'vitest';
import { assertMayManage } from './manageable-account';

// A small tree: the municipality /1/, townships /1/2/ and /1/3/, a branch /1/2/5/.
const root = { path: '/1/', depth: 0 };
const township = { path: '/1/2/', depth: 1 };
const otherTownship = { path: '/1/3/', depth: 1 };
const branch = { path: '/1/2/5/', depth: 2 };

const holding = (role: GrantInScope['role'], unit: { path: string }, id = 1): GrantInScope => ({
  id,
  role,
  unitId: id,
  unitPath: unit.path,
  unitName: unit.path,
});

describe('who may manage an account', () => {
  const townshipAdmin = new Scope([holding('township_admin', township)], notesCatalog);
  const refused = expect.objectContaining({ code: 'FORBIDDEN', key: 'accountBeyondScope' });

  it('a township admin may, when every grant of the account lies in the township', () => {
    expect(() =>
      assertMayManage(townshipAdmin, [
        { role: 'note_editor', unit: branch },
        { role: 'branch_secretary', unit: township },
      ]),
    ).not.toThrow();
    // An account without grants gives nobody power: managing it takes only its home unit (checked by query).
    expect(() => assertMayManage(townshipAdmin, [])).not.toThrow();
  });

  it('a township admin may not, when the account also holds a role in another township', () => {
    expect(() =>
      assertMayManage(townshipAdmin, [
        { role: 'note_editor', unit: branch },
        { role: 'member', unit: otherTownship },
      ]),
    ).toThrow(refused);
  });

  it('a township admin may not manage the municipal admin, who holds the root-only role', () => {
    expect(() => assertMayManage(townshipAdmin, [{ role: 'municipal_admin', unit: root }])).toThrow(refused);
  });

  it('the municipal admin may manage any account, other municipal admins included', () => {
    const municipalAdmin = new Scope([holding('municipal_admin', root)], notesCatalog);
    expect(() =>
      assertMayManage(municipalAdmin, [
        { role: 'municipal_admin', unit: root },
        { role: 'township_admin', unit: otherTownship },
      ]),
    ).not.toThrow();
  });
});
