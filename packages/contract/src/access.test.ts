import { describe, expect, it } from 'vitest';
import { Access } from './access';

const roles = {
  municipal_admin: ['unit.read', 'unit.manage', 'notes.write'],
  township_admin: ['unit.read', 'unit.manage', 'notes.write'],
  note_editor: ['unit.read', 'notes.write'],
  member: ['unit.read'],
};
const access = (grants: [string, string][]) =>
  new Access({
    grants: grants.map(([role, unitPath]) => ({ role, unitPath })),
    roles,
    rootOnlyRoles: ['municipal_admin'],
  });

describe('Access (the rule the browser shares with the server)', () => {
  // An editor in two townships, away from any home unit.
  const editor = access([
    ['note_editor', '/1/2/'],
    ['note_editor', '/1/7/'],
    ['member', '/1/2/9/'],
  ]);

  it('covers a grant’s subtree in each township it holds, and nothing beside them', () => {
    expect(editor.covers('notes.write', '/1/2/15/')).toBe(true);
    expect(editor.covers('notes.write', '/1/7/')).toBe(true);
    expect(editor.covers('notes.write', '/1/20/')).toBe(false);
    expect(editor.covers('unit.manage', '/1/2/')).toBe(false);
    expect(editor.paths('unit.read')).toEqual(['/1/2/', '/1/7/']);
    expect(editor.has('notes.write')).toBe(true);
    expect(editor.has('unit.manage')).toBe(false);
    expect(editor.permissions().sort()).toEqual(['notes.write', 'unit.read']);
  });

  it('grants only roles whose every permission it holds there, root-only roles at the root alone', () => {
    const township = access([['township_admin', '/1/2/']]);
    expect(township.mayGrant('note_editor', { path: '/1/2/5/', depth: 2 })).toBe(true);
    expect(township.mayGrant('note_editor', { path: '/1/3/', depth: 1 })).toBe(false);
    expect(township.mayGrant('municipal_admin', { path: '/1/2/', depth: 1 })).toBe(false);
    const admin = access([['municipal_admin', '/1/']]);
    expect(admin.mayGrant('municipal_admin', { path: '/1/', depth: 0 })).toBe(true);
    expect(admin.mayGrant('municipal_admin', { path: '/1/2/', depth: 1 })).toBe(false);
    expect(admin.mayGrant('constructor', { path: '/1/', depth: 0 })).toBe(false);
    expect(editor.mayGrant('member', { path: '/1/2/', depth: 1 })).toBe(true);
  });

  it('a grant of a role the catalog does not know gives nothing', () => {
    expect(access([['ghost', '/1/']]).has('unit.read')).toBe(false);
  });
});
