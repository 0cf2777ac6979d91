import { describe, expect, it } from 'vitest';
import { Scope, subtreePaths } from './scope';
import { notesCatalog } from './testing';

const grant = (role: 'township_admin' | 'note_editor' | 'member' | 'trainer', unitPath: string, id = 1) => ({
  id,
  role,
  unitId: id,
  unitPath,
  unitName: 'u',
});

describe('Scope', () => {
  const scope = new Scope(
    [grant('township_admin', '/1/2/'), grant('note_editor', '/1/7/', 2), grant('note_editor', '/1/2/9/', 3)],
    notesCatalog,
  );

  it('unions grants per permission and drops covered subtrees', () => {
    expect(scope.paths('notes.write')).toEqual(['/1/2/', '/1/7/']);
    expect(scope.paths('user.manage')).toEqual(['/1/2/']);
    expect(new Scope([grant('note_editor', '/1/7/')], notesCatalog).has('user.manage')).toBe(false);
  });

  it('covers by path prefix, never by a sibling with a longer number', () => {
    expect(scope.covers('notes.write', '/1/2/15/')).toBe(true);
    expect(scope.covers('notes.write', '/1/20/')).toBe(false);
    expect(scope.covers('user.manage', '/1/7/')).toBe(false);
  });

  it('narrows to a unit inside the scope, and to nothing outside it', () => {
    expect(scope.unitWhere('user.manage', '/1/2/5/')).toEqual({ OR: [{ path: subtreePaths('/1/2/5/') }] });
    expect(scope.unitWhere('user.manage', '/1/3/')).toEqual({ OR: [{ id: -1 }] });
    // Narrowing to an ancestor keeps only the scope's own subtrees under it.
    expect(scope.unitWhere('notes.write', '/1/')).toEqual({
      OR: [{ path: subtreePaths('/1/2/') }, { path: subtreePaths('/1/7/') }],
    });
  });

  it('an empty scope matches nothing', () => {
    expect(Scope.empty.unitWhere('notes.read')).toEqual({ OR: [{ id: -1 }] });
    expect(Scope.empty.ownedWhere('notes.read')).toEqual({ unit: { OR: [{ id: -1 }] } });
  });
});

describe('Scope, further', () => {
  it('keeps one sorted root per subtree, whatever the order and repetition of grants', () => {
    const s = new Scope(
      [
        grant('note_editor', '/1/7/'),
        grant('note_editor', '/1/2/9/', 2),
        grant('note_editor', '/1/7/', 3),
        grant('note_editor', '/1/2/', 4),
        grant('member', '/1/5/', 5),
      ],
      notesCatalog,
    );
    expect(s.paths('notes.write')).toEqual(['/1/2/', '/1/7/']);
    expect(s.paths('unit.read')).toEqual(['/1/2/', '/1/5/', '/1/7/']);
    expect(s.paths('user.read')).toEqual([]);
    expect(s.has('notes.write')).toBe(true);
    expect(s.permissions().sort()).toEqual(['notes.read', 'notes.write', 'unit.read']);
  });

  it('a grant of a name that is no role gives nothing', () => {
    const s = new Scope([{ ...grant('trainer', '/1/'), role: 'nope' as never }], notesCatalog);
    expect(s.permissions()).toEqual([]);
    expect(s.mayGrant('nope', { path: '/1/', depth: 0 })).toBe(false);
  });

  it('may grant a role only where it holds every permission of it, and a root-only role only at the root', () => {
    const admin = new Scope([grant('township_admin', '/1/2/')], notesCatalog);
    expect(admin.mayGrant('note_reviewer', { path: '/1/2/5/', depth: 2 })).toBe(true);
    expect(admin.mayGrant('note_reviewer', { path: '/1/3/', depth: 1 })).toBe(false);
    expect(admin.mayGrant('municipal_admin', { path: '/1/2/', depth: 1 })).toBe(false);
    const editor = new Scope([grant('note_editor', '/1/2/')], notesCatalog);
    expect(editor.mayGrant('note_editor', { path: '/1/2/', depth: 1 })).toBe(true);
    expect(editor.mayGrant('note_reviewer', { path: '/1/2/', depth: 1 })).toBe(false);
    const top = new Scope(
      [grant('township_admin', '/1/'), { ...grant('trainer', '/1/'), role: 'municipal_admin' }],
      notesCatalog,
    );
    expect(top.mayGrant('municipal_admin', { path: '/1/', depth: 0 })).toBe(true);
  });

  it('narrows to a subtree for the owning unit too, and keeps roots inside an ancestor in order', () => {
    const scope = new Scope([grant('township_admin', '/1/2/'), grant('note_editor', '/1/7/', 2)], notesCatalog);
    expect(scope.ownedWhere('user.manage', '/1/2/5/')).toEqual({ unit: { OR: [{ path: subtreePaths('/1/2/5/') }] } });
    expect(scope.ownedWhere('notes.write')).toEqual({
      unit: { OR: [{ path: subtreePaths('/1/2/') }, { path: subtreePaths('/1/7/') }] },
    });
    expect(scope.unitWhere('user.manage', '/1/')).toEqual({ OR: [{ path: subtreePaths('/1/2/') }] });
    expect(Scope.empty.unitWhere('notes.read', '/1/')).toEqual({ OR: [{ id: -1 }] });
    expect(scope.unitWhere('user.manage', '')).toEqual({ OR: [{ path: subtreePaths('/1/2/') }] });
  });
});

describe('the empty scope', () => {
  it('holds no grant and no permission', () => {
    expect(Scope.empty.grants).toEqual([]);
    expect(Scope.empty.permissions()).toEqual([]);
  });
});

describe('a subtree as a range of paths', () => {
  const inside = (root: string, path: string) => {
    const { gte, lt } = subtreePaths(root);
    return path >= gte && path < lt;
  };
  it('holds the unit and everything below it, and nothing beside it', () => {
    expect(inside('/1/2/', '/1/2/')).toBe(true);
    expect(inside('/1/2/', '/1/2/3/')).toBe(true);
    expect(inside('/1/2/', '/1/2/999/12/')).toBe(true);
    // A unit being created has a provisional path under its parent until its id is known.
    expect(inside('/1/2/', '/1/2/new-6f1c/')).toBe(true);
    expect(inside('/1/2/', '/1/20/')).toBe(false);
    expect(inside('/1/2/', '/1/21/3/')).toBe(false);
    expect(inside('/1/2/', '/1/1/')).toBe(false);
    expect(inside('/1/2/', '/1/')).toBe(false);
    expect(inside('/1/', '/10/')).toBe(false);
  });
});
