// A team's notices as the registration declares them: composed only when mounted where the shell asks
// (`<team>.notices.list`) and with every kind named in both languages.
import { describe, expect, it } from 'vitest';
import { defineNotices } from './notices';
import { composeTeams, defineTeam } from './team';
import { notesTeam } from './testing';
import { router } from './trpc';

const kinds = { 'zh-CN': { due: '到期' }, 'en-US': { due: 'Due' } };
const notices = (k = kinds) =>
  defineNotices({ permission: 'notes.read', kinds: k, list: async () => ({ items: [], counts: {} }) });
const team = (mounted: ReturnType<typeof notices>, mount = true) =>
  defineTeam({
    name: 'notes',
    router: router(mount ? { notices: mounted.router } : {}),
    ...notesTeam,
    labels: {
      'zh-CN': { role: { note_editor: '笔记编辑', note_reviewer: '笔记审核' }, auditAction: {} },
      'en-US': { role: { note_editor: 'Editor', note_reviewer: 'Reviewer' }, auditAction: {} },
    },
    notices: mounted,
  });

describe('a team’s notices', () => {
  it('compose when mounted as `notices`, with a permission the team declares', () => {
    const declared = notices();
    expect(() => composeTeams([team(declared)])).not.toThrow();
    expect(declared.router._def.procedures.list._def.meta).toEqual({ permission: 'notes.read' });
  });

  it('without a permission, are listed for any signed-in caller (their own things)', () => {
    const own = defineNotices({ permission: null, kinds, list: async () => ({ items: [], counts: {} }) });
    expect(() => composeTeams([team(own)])).not.toThrow();
    expect(own.permission).toBeNull();
    expect(own.router._def.procedures.list._def.meta).toBeUndefined();
  });

  it('are refused when not mounted, or when a kind lacks a label in a language', () => {
    expect(() => composeTeams([team(notices(), false)])).toThrow(
      /declares notices but does not mount its router as "notices"/,
    );
    expect(() => composeTeams([team(notices({ 'zh-CN': { due: '到期' }, 'en-US': {} } as never))])).toThrow(
      /notes\.due has no en-US label/,
    );
  });
});
