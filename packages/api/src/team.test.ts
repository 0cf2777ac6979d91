import type { RemoteWidget } from '@strata/contract';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { installRoleCatalog, isRole, RoleCatalog, roleCatalog } from './roles';
import { defineSearch } from './search';
import { composeTeams, defineTeam, type TeamRegistration } from './team';
import { notesTeam } from './testing';
import { permissionProcedure, router } from './trpc';

const labels = (role: Record<string, string>, auditAction: Record<string, string> = {}) => ({
  'zh-CN': { role, auditAction },
  'en-US': { role, auditAction },
});

const notes = (overrides: Partial<TeamRegistration> = {}) =>
  defineTeam({
    name: 'notes',
    router: router({
      list: permissionProcedure('notes.read')
        .input(z.strictObject({}))
        .query(() => []),
    }),
    ...notesTeam,
    labels: labels({ note_editor: '笔记编辑', note_reviewer: '笔记审核' }, { 'note.create': '新建笔记' }),
    messages: { 'zh-CN': { tooLong: '太长' }, 'en-US': { tooLong: 'Too long' } },
    ...overrides,
  });

describe('composing the teams', () => {
  it('adds a team’s permissions to the admins, its roles, and what existing roles gain', () => {
    const { roles } = composeTeams([notes()]);
    expect(roles.permissionsOf('township_admin')).toEqual(expect.arrayContaining(['user.manage', 'notes.review']));
    expect(roles.permissionsOf('note_editor')).toEqual(['unit.read', 'notes.read', 'notes.write']);
    expect(roles.permissionsOf('member')).toEqual(['unit.read', 'notes.read']);
    expect(roles.isRootOnly('municipal_admin')).toBe(true);
    expect(roles.isRootOnly('township_admin')).toBe(false);
    // Without the team, none of it exists.
    const core = new RoleCatalog();
    expect(core.isRole('note_editor')).toBe(false);
    expect(core.permissionsOf('township_admin')).not.toContain('notes.read');
    expect(core.isRole('constructor')).toBe(false);
  });

  it('merges labels over the core’s and keeps messages under the team’s name', () => {
    const { labels: merged, messages } = composeTeams([notes()]);
    expect(merged['zh-CN'].role).toMatchObject({ township_admin: '乡镇管理员', note_editor: '笔记编辑' });
    expect(merged['en-US'].auditAction).toMatchObject({ 'auth.login': 'Signed in', 'note.create': '新建笔记' });
    expect(messages['en-US']).toEqual({ notes: { tooLong: 'Too long' } });
  });

  it('refuses what would silently go wrong: a shared name, a foreign permission, a typo, a missing label', () => {
    expect(() => composeTeams([notes(), notes()])).toThrow(/share a name/);
    expect(() => composeTeams([notes({ permissions: ['user.delete'] })])).toThrow(/not under "notes."/);
    expect(() => composeTeams([notes({ roles: { note_editor: ['notes.raed'] } })])).toThrow(/notes.raed/);
    expect(() => composeTeams([notes({ labels: labels({ note_editor: '笔记编辑' }) })])).toThrow(
      /note_reviewer has no zh-CN label/,
    );
    const undeclared = router({ x: permissionProcedure('notes.delete').query(() => 1) });
    expect(() => composeTeams([notes({ router: undeclared })])).toThrow(/notes.x requires notes.delete/);
  });

  it('takes a remote’s overview cards shown by a declared permission and titled in every locale, and no other', () => {
    const card: RemoteWidget = {
      id: 'recent',
      title: { 'zh-CN': '最新笔记', 'en-US': 'Recent notes' },
      permission: 'notes.read',
    };
    const remote = (widgets: RemoteWidget[]) => ({
      name: 'notes',
      dist: 'apps/notes/dist',
      exposes: './App',
      basePath: '/notes',
      menu: [],
      widgets,
    });
    expect(() => composeTeams([notes({ remote: remote([card]) })])).not.toThrow();
    expect(() => composeTeams([notes({ remote: remote([card, card]) })])).toThrow(/names a widget twice/);
    expect(() => composeTeams([notes({ remote: remote([{ ...card, permission: 'notes.raed' }]) })])).toThrow(
      /notes.recent is shown by notes.raed/,
    );
    const untitled = { ...card, title: { 'zh-CN': '最新笔记' } };
    expect(() => composeTeams([notes({ remote: remote([untitled]) })])).toThrow(/notes.recent has no en-US title/);
    // Only the user's own card goes without a permission.
    const { permission: _, ...everyone } = card;
    expect(() => composeTeams([notes({ remote: remote([{ ...everyone, home: 'own' }]) })])).not.toThrow();
    for (const home of [undefined, 'work'] as const)
      expect(() => composeTeams([notes({ remote: remote([{ ...everyone, ...(home ? { home } : {}) }]) })])).toThrow(
        /notes.recent is shown to everyone but is no own card/,
      );
  });
});

describe('a team’s search', () => {
  const search = (kinds = { 'zh-CN': { note: '笔记' }, 'en-US': { note: 'Notes' } }) =>
    defineSearch({ permission: 'notes.read', kinds, find: async () => ({ note: [] }) });

  it('is taken mounted as `search`, each kind named in every locale', () => {
    const mounted = search();
    const withSearch = router({
      list: permissionProcedure('notes.read').query(() => []),
      search: mounted.router,
    });
    expect(() => composeTeams([notes({ router: withSearch, search: mounted })])).not.toThrow();
    expect(() => composeTeams([notes({ search: mounted })])).toThrow(/does not mount its router as "search"/);
    const unnamed = search({ 'zh-CN': { note: '笔记' }, 'en-US': {} } as never);
    const withUnnamed = router({ list: permissionProcedure('notes.read').query(() => []), search: unnamed.router });
    expect(() => composeTeams([notes({ router: withUnnamed, search: unnamed })])).toThrow(
      /search kind notes.note has no en-US label/,
    );
  });
});

describe('the catalog in force', () => {
  it('is the one installed, and a name it does not know is no role and not root-only', () => {
    const before = roleCatalog();
    try {
      const composed = composeTeams([notes()]).roles;
      installRoleCatalog(composed);
      expect(roleCatalog()).toBe(composed);
      expect(isRole('note_editor')).toBe(true);
      expect(composed.isRootOnly('nope')).toBe(false);
      expect(composed.permissionsOf('nope')).toEqual([]);
    } finally {
      installRoleCatalog(before);
    }
    expect(isRole('note_editor')).toBe(false);
  });
});
