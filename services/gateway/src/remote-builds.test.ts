// A remote's build is offered only when the console provides every shared package in a version the build's range
// accepts; the manifest carries each build's version, and says nothing of an entry served from elsewhere.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { type BuildRecords, remoteManifest } from './manifest';
import { readProvidedVersions, readRemoteBuild, sharedMismatches } from './remote-builds';

const provided = { react: '19.3.1', antd: '6.6.7', '@trpc/client': '11.22.1', '@strata/ui': '0.0.0' };

describe('shared versions', () => {
  it('accepts the ranges the console satisfies, and names each one it does not with what it provides', () => {
    expect(
      sharedMismatches({ react: '^19.3.1', antd: '^6.0.0', '@trpc/client': '11.22.1', '@strata/ui': '*' }, provided),
    ).toEqual([]);
    expect(sharedMismatches({ react: '^19.3.1', antd: '^7.0.0', '@trpc/client': '11.23.0' }, provided)).toEqual([
      'antd ^7.0.0 (6.6.7)',
      '@trpc/client 11.23.0 (11.22.1)',
    ]);
    expect(sharedMismatches({ 'react-router': '^7.18.0' }, provided)).toEqual(['react-router ^7.18.0 (none)']);
  });

  it('reads a build’s record and the console’s versions, and nothing from a folder without them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'strata-builds-'));
    expect(readRemoteBuild(dir)).toBeUndefined();
    expect(readProvidedVersions(dir)).toBeUndefined();
    writeFileSync(
      join(dir, 'remote.json'),
      JSON.stringify({ name: 'content', version: 'abc', shared: { antd: '^6' } }),
    );
    writeFileSync(join(dir, 'shared.json'), JSON.stringify(provided));
    expect(readRemoteBuild(dir)).toEqual({ name: 'content', version: 'abc', shared: { antd: '^6' } });
    expect(readProvidedVersions(dir)).toEqual(provided);
    writeFileSync(join(dir, 'remote.json'), '{"name":"content","version":1}');
    expect(readRemoteBuild(dir)).toBeUndefined();
    // The cards' module is a file inside the build, or nothing.
    const record = (widgets: string) => JSON.stringify({ name: 'content', version: 'abc', shared: {}, widgets });
    writeFileSync(join(dir, 'remote.json'), record('assets/widgets-1a2b3c4d.js'));
    expect(readRemoteBuild(dir)?.widgets).toBe('assets/widgets-1a2b3c4d.js');
    for (const outside of ['../widgets.js', '/etc/widgets.js', 'assets/../../x.js', 'assets/widgets.css']) {
      writeFileSync(join(dir, 'remote.json'), record(outside));
      expect(readRemoteBuild(dir), outside).not.toHaveProperty('widgets');
      // So is the own page's module.
      const both = { name: 'content', version: 'abc', shared: {}, widgets: 'assets/w.js', homeWidgets: outside };
      writeFileSync(join(dir, 'remote.json'), JSON.stringify(both));
      expect(readRemoteBuild(dir), outside).not.toHaveProperty('homeWidgets');
    }
    const both = { name: 'content', version: 'abc', shared: {}, widgets: 'assets/w.js', homeWidgets: 'assets/h.js' };
    writeFileSync(join(dir, 'remote.json'), JSON.stringify(both));
    expect(readRemoteBuild(dir)).toEqual(both);
  });
});

describe('the manifest’s builds', () => {
  const builds = (shared: Record<string, Record<string, string>>): BuildRecords => ({
    remote: ({ name }) => (shared[name] ? { name, version: `${name}-v2`, shared: shared[name] } : undefined),
    provided: () => provided,
  });

  it('carries each build’s version, and lists what an incompatible build needs', () => {
    const manifest = remoteManifest(
      loadConfig({}),
      builds({ content: { antd: '^6.0.0' }, mailbox: { antd: '^7.0.0' } }),
    );
    const content = manifest.remotes.find((r) => r.name === 'content');
    const mailbox = manifest.remotes.find((r) => r.name === 'mailbox');
    expect(content?.version).toBe('content-v2');
    // The entry's URL names the build, so the shell loads that build's entry even after a rollback.
    expect(content?.entry).toBe('/remotes/content/remoteEntry.js?v=content-v2');
    expect(content?.incompatible).toBeUndefined();
    expect(mailbox?.version).toBe('mailbox-v2');
    expect(mailbox?.incompatible).toEqual(['antd ^7.0.0 (6.6.7)']);
    // A remote without a build record (an older build) is offered as before, without a version.
    const dues = manifest.remotes.find((r) => r.name === 'dues');
    expect(dues).not.toHaveProperty('version');
    expect(dues?.entry).toBe('/remotes/dues/remoteEntry.js');
  });

  it('offers a remote’s cards once its build has their module, at that module’s file', () => {
    const withModule: BuildRecords = {
      remote: ({ name }) => ({
        name,
        version: 'abc',
        shared: {},
        widgets: 'assets/widgets-1a2b3c4d.js',
        homeWidgets: 'assets/home-widgets-5e6f7a8b.js',
      }),
      provided: () => provided,
    };
    const training = remoteManifest(loadConfig({}), withModule).remotes.find((r) => r.name === 'training');
    expect(training?.widgets?.module).toBe('/remotes/training/assets/widgets-1a2b3c4d.js');
    expect(training?.widgets?.homeModule).toBe('/remotes/training/assets/home-widgets-5e6f7a8b.js');
    expect(training?.widgets?.list.map((w) => w.id)).toEqual(['coverage', 'teaching', 'learning']);
    // A build without the module (an older one) offers none.
    const without = remoteManifest(loadConfig({}), builds({ training: {} })).remotes.find((r) => r.name === 'training');
    expect(without).not.toHaveProperty('widgets');
  });

  it('says nothing of a build for an entry served from elsewhere', () => {
    const url = 'http://localhost:5175/remotes/mailbox/remoteEntry.js';
    const manifest = remoteManifest(
      loadConfig({ STRATA_REMOTE_MAILBOX: url }),
      builds({ mailbox: { antd: '^7.0.0' } }),
    );
    const mailbox = manifest.remotes.find((r) => r.name === 'mailbox');
    expect(mailbox?.entry).toBe(url);
    expect(mailbox).not.toHaveProperty('incompatible');
    expect(mailbox).not.toHaveProperty('version');
  });
});
