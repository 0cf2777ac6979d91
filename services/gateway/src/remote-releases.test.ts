// A team ships its remote alone through the release store: publishing serves the build, a rollback serves the earlier
// one, and the manifest names what is served; earlier builds' entries and assets stay reachable for consoles that
// loaded the manifest before. Builds here are small stand-ins with the files the gateway reads.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { remoteManifest } from './manifest';
import { publishRelease, ReleaseError, readReleaseLog, rollbackRelease } from './remote-releases';
import { registerStaticFiles } from './static-files';

const v1 = 'aaaaaa000001';
const v2 = 'bbbbbb000002';
let root: string;
let store: string;

/** A build of `team` named `version`: its entry says which build it is, and one hashed asset of its own. */
function build(version: string, team = 'content', dir = join(root, 'builds', `${team}-${version}`)): string {
  const files: Record<string, string> = {
    'remoteEntry.js': `export const build = '${version}';`,
    [`assets/app-${version.slice(0, 8)}.js`]: `export const app = '${version}';`,
    'remote.json': JSON.stringify({ name: team, version, shared: { antd: '^6.0.0' } }),
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  writeFileSync(join(dir, 'remoteEntry.js.br'), brotliCompressSync(files['remoteEntry.js'] ?? ''));
  return dir;
}

const at = (minute: number) => new Date(Date.UTC(2026, 11, 4, 3, minute));

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'strata-releases-'));
  store = join(root, 'releases');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('publishing and rolling back', () => {
  it('serves the last build published, and each rollback steps one build back', () => {
    expect(publishRelease(store, 'content', build(v1), at(1))).toBe(v1);
    expect(publishRelease(store, 'content', build(v2), at(2))).toBe(v2);
    expect(readReleaseLog(store, 'content')?.current).toBe(v2);
    expect(existsSync(join(store, 'content', v1, 'remoteEntry.js'))).toBe(true);

    expect(rollbackRelease(store, 'content', at(3))).toBe(v1);
    const log = readReleaseLog(store, 'content');
    expect(log?.current).toBe(v1);
    expect(log?.events.map((e) => [e.action, e.version, e.at])).toEqual([
      ['publish', v1, at(1).toISOString()],
      ['publish', v2, at(2).toISOString()],
      ['rollback', v1, at(3).toISOString()],
    ]);
    expect(() => rollbackRelease(store, 'content', at(4))).toThrow(/no build published before aaaaaa000001/);
    // Forward again, by name.
    expect(rollbackRelease(store, 'content', at(5), v2)).toBe(v2);
    expect(() => rollbackRelease(store, 'content', at(6), v2)).toThrow(/already serves/);
    expect(() => rollbackRelease(store, 'content', at(6), 'cccccc000003')).toThrow(/no published build/);
  });

  it('keeps a published build as it was: publishing it again copies nothing and serves it', () => {
    const dir = build(v1);
    publishRelease(store, 'content', dir, at(1));
    publishRelease(store, 'content', build(v2), at(2));
    writeFileSync(join(dir, 'remoteEntry.js'), 'changed after publishing');
    expect(publishRelease(store, 'content', dir, at(3))).toBe(v1);
    expect(readFileSync(join(store, 'content', v1, 'remoteEntry.js'), 'utf8')).toBe(`export const build = '${v1}';`);
    expect(readReleaseLog(store, 'content')?.current).toBe(v1);
  });

  it('refuses a folder that is no build, another team’s build, and a rollback with nothing published', () => {
    const empty = join(root, 'empty');
    mkdirSync(empty);
    expect(() => publishRelease(store, 'content', empty, at(1))).toThrow(ReleaseError);
    expect(() => publishRelease(store, 'content', build(v1, 'mailbox'), at(1))).toThrow(/build of mailbox/);
    expect(() => rollbackRelease(store, 'content', at(1))).toThrow(/no published release/);
    expect(existsSync(join(store, 'content'))).toBe(false);
  });
});

describe('serving released remotes', () => {
  let app: FastifyInstance;
  const config = () => loadConfig({ STATIC_ROOT: root, RELEASES_DIR: store });
  const get = (url: string, encoding = 'identity') =>
    app.inject({ method: 'GET', url, headers: { 'accept-encoding': encoding } });

  beforeEach(async () => {
    app = Fastify();
    await registerStaticFiles(app, config());
  });
  afterEach(() => app.close());

  it('serves a team without releases from its build in place, and the manifest names that build', async () => {
    // Where content's registration says its build is.
    build(v1, 'content', join(root, 'apps/content/dist'));
    expect((await get('/remotes/content/remoteEntry.js')).body).toContain(v1);
    const content = remoteManifest(config()).remotes.find((r) => r.name === 'content');
    expect(content?.entry).toBe(`/remotes/content/remoteEntry.js?v=${v1}`);
  });

  it('serves the current release, each published build’s entry by its version, and every build’s assets', async () => {
    publishRelease(store, 'content', build(v1), at(1));
    publishRelease(store, 'content', build(v2), at(2));
    const manifest = () => remoteManifest(config()).remotes.find((r) => r.name === 'content');
    expect(manifest()).toMatchObject({ version: v2, entry: `/remotes/content/remoteEntry.js?v=${v2}` });
    expect((await get('/remotes/content/remoteEntry.js')).body).toContain(v2);

    rollbackRelease(store, 'content', at(3));
    expect(manifest()).toMatchObject({ version: v1, entry: `/remotes/content/remoteEntry.js?v=${v1}` });
    const entry = await get(manifest()?.entry ?? '');
    expect(entry.statusCode).toBe(200);
    expect(entry.body).toContain(v1);
    expect(entry.headers['cache-control']).toBe('no-cache');
    // A console that loaded the manifest before the rollback still gets the build it named, and its assets.
    expect((await get(`/remotes/content/remoteEntry.js?v=${v2}`)).body).toContain(v2);
    for (const version of [v1, v2]) {
      const asset = await get(`/remotes/content/assets/app-${version.slice(0, 8)}.js`);
      expect(asset.statusCode, version).toBe(200);
      expect(asset.body).toContain(version);
      expect(asset.headers['cache-control']).toContain('immutable');
    }
    // Pre-compressed as before.
    const br = await get('/remotes/content/remoteEntry.js', 'br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toContain(v1);
  });

  it('serves nothing outside a build: other teams’ names, dot segments, hidden files, unknown files', async () => {
    publishRelease(store, 'content', build(v1), at(1));
    writeFileSync(join(store, 'content', v1, '.secret'), 'no');
    for (const url of [
      '/remotes/nobody/remoteEntry.js',
      '/remotes/content/../content/releases.json',
      '/remotes/content/%2e%2e/releases.json',
      '/remotes/content/.secret',
      '/remotes/content/assets/missing-12345678.js',
      '/remotes/content/',
    ])
      expect([403, 404], url).toContain((await get(url)).statusCode);
  });
});
