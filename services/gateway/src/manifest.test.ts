import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { remoteManifest } from './manifest';

describe('remote manifest', () => {
  it('points at the built remote by default', () => {
    // Builds without a record (remote-builds.test.ts covers the versioned entry).
    const manifest = remoteManifest(loadConfig({}), { remote: () => undefined, provided: () => undefined });
    expect(manifest.remotes.map((r) => [r.name, r.entry])).toEqual([
      ['content', '/remotes/content/remoteEntry.js'],
      ['mailbox', '/remotes/mailbox/remoteEntry.js'],
      ['members', '/remotes/members/remoteEntry.js'],
      ['dues', '/remotes/dues/remoteEntry.js'],
      ['volunteers', '/remotes/volunteers/remoteEntry.js'],
      ['training', '/remotes/training/remoteEntry.js'],
    ]);
    // Every entry asks a permission but the ones meant for every account (a member's own dues, one's own volunteering,
    // one's own learning).
    const open = manifest.remotes.flatMap((r) => r.menu.filter((m) => !m.permission).map((m) => m.path));
    expect(open).toEqual(['/dues/mine', '/volunteers/mine', '/training/learn']);
  });

  it('carries each menu entry’s icon as paths the shell draws, and the JSON stays small', () => {
    const manifest = remoteManifest(loadConfig({}));
    const items = manifest.remotes.flatMap((r) => r.menu);
    for (const item of items) {
      expect(item.icon?.viewBox, item.path).toMatch(/^-?\d+ -?\d+ \d+ \d+$/);
      expect(
        item.icon?.paths.every((d) => /^M[\d\s.,a-zA-Z-]+$/.test(d)),
        item.path,
      ).toBe(true);
    }
    // Icons are a few hundred bytes of path each; the whole manifest stays well under what the shell's code weighs.
    expect(JSON.stringify(manifest).length).toBeLessThan(60_000);
  });

  it('takes STRATA_REMOTE_<NAME> as the entry, and refuses a value that is no URL', () => {
    const url = 'http://localhost:5174/remotes/content/remoteEntry.js';
    expect(remoteManifest(loadConfig({ STRATA_REMOTE_CONTENT: url })).remotes[0]?.entry).toBe(url);
    expect(() => loadConfig({ STRATA_REMOTE_CONTENT: 'localhost:5174' })).toThrow(/STRATA_REMOTE_CONTENT/);
  });

  it('names the mounted teams the header’s search asks, with the permission and the words of their kinds', () => {
    const { search } = remoteManifest(loadConfig({}));
    expect(search?.identity).toEqual({
      permission: 'unit.read',
      kinds: { 'zh-CN': { unit: '单位', user: '用户' }, 'en-US': { unit: 'Units', user: 'Users' } },
    });
    expect(remoteManifest(loadConfig({ STRATA_SERVICES: 'content' })).search?.identity).toBeUndefined();
  });

  it('offers a remote only while its service is mounted', () => {
    expect(remoteManifest(loadConfig({ STRATA_SERVICES: 'identity' })).remotes).toEqual([]);
  });

  it('names the mounted teams with notices for the bell, with the permission and the words of their kinds', () => {
    const { notices } = remoteManifest(loadConfig({}));
    expect(Object.keys(notices ?? {})).toEqual(['mailbox', 'members', 'dues', 'volunteers', 'training']);
    expect(notices?.mailbox?.permission).toBe('mailbox.handle');
    expect(notices?.mailbox?.kinds['en-US']?.overdue).toBe('Overdue');
    // A learner's own assignments: every signed-in account is asked.
    expect(notices?.training?.permission).toBeNull();
    expect(notices?.training?.kinds['zh-CN']?.assignmentDue).toBe('培训即将到期');
    // The others, each by the permission that acts on its news.
    expect(notices?.members?.permission).toBe('members.transfer');
    expect(notices?.dues?.permission).toBe('dues.record');
    expect(notices?.dues?.kinds['en-US']?.arrears).toBe('Dues in arrears');
    expect(notices?.volunteers?.permission).toBe('volunteers.certify');
    expect(notices?.volunteers?.kinds['zh-CN']?.hoursPending).toBe('时长待审核');
    expect(remoteManifest(loadConfig({ STRATA_SERVICES: 'identity' })).notices).toEqual({});
  });
});
