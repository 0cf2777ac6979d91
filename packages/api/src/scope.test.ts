import { describe, expect, it } from 'vitest';
import { Scope } from './scope';
import { notesCatalog } from './testing';

const grant = (role: 'township_admin' | 'note_editor' | 'trainer', unitPath: string, id = 1) => ({
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
    expect(scope.unitWhere('user.manage', '/1/2/5/')).toEqual({ OR: [{ path: { startsWith: '/1/2/5/' } }] });
    expect(scope.unitWhere('user.manage', '/1/3/')).toEqual({ OR: [{ id: -1 }] });
    // Narrowing to an ancestor keeps only the scope's own subtrees under it.
    expect(scope.unitWhere('notes.write', '/1/')).toEqual({
      OR: [{ path: { startsWith: '/1/2/' } }, { path: { startsWith: '/1/7/' } }],
    });
  });

  it('an empty scope matches nothing', () => {
    expect(Scope.empty.unitWhere('notes.read')).toEqual({ OR: [{ id: -1 }] });
    expect(Scope.empty.ownedWhere('notes.read')).toEqual({ unit: { OR: [{ id: -1 }] } });
  });
});
