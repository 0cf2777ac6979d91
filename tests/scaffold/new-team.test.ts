// Adding a team is its own folders plus one registration: on a copy of the repository, `scripts/new-team.mjs`
// scaffolds a team, and then the gateway serves it, the scope suite runs its case (and fails without it), the
// API table is checked, and its remote builds with its record and is offered by the manifest at that build, while
// the only central file that changed is services/gateway/src/teams.ts.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const name = 'scaffoldprobe';
let copy: string;

const run = (cmd: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(cmd, args, { cwd: copy, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 600_000 });

/** The repository's files as they stand (tracked and new), without anything ignored. */
const sourceFiles = (dir: string) =>
  spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: dir, encoding: 'utf8' })
    .stdout.split('\0')
    .filter(Boolean);

/** node_modules as npm would lay it out for the copy: third-party packages shared, workspaces the copy's own. */
function linkNodeModules(workspaces: Record<string, string>) {
  const modules = join(copy, 'node_modules');
  mkdirSync(join(modules, '@strata'), { recursive: true });
  for (const entry of readdirSync(join(root, 'node_modules')))
    if (entry !== '@strata') symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  for (const [pkg, dir] of Object.entries(workspaces)) symlinkSync(join(copy, dir), join(modules, pkg));
}

/** Every file of the copy (which has no git), but for what the test itself laid down. */
function copiedFiles(dir = copy, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const path = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.name === 'node_modules' || path === 'packages/db/generated') return [];
    return e.isDirectory() ? copiedFiles(dir, path) : [path];
  });
}

function workspacesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const group of ['packages', 'services', 'apps'])
    for (const entry of readdirSync(join(dir, group))) {
      const file = join(dir, group, entry, 'package.json');
      try {
        out[(JSON.parse(readFileSync(file, 'utf8')) as { name: string }).name] = join(group, entry);
      } catch {}
    }
  for (const single of ['shell', 'tests'])
    out[(JSON.parse(readFileSync(join(dir, single, 'package.json'), 'utf8')) as { name: string }).name] = single;
  return out;
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'strata-scaffold-'));
  for (const file of sourceFiles(root)) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(root, file), join(copy, file));
  }
  // The generated Prisma client is ignored by git but needed to run anything.
  cpSync(join(root, 'packages/db/generated'), join(copy, 'packages/db/generated'), { recursive: true });
  linkNodeModules(workspacesOf(copy));
  const scaffold = run('node', ['scripts/new-team.mjs', name]);
  expect(scaffold.status, scaffold.stderr).toBe(0);
  // What `npm install` then does for the new workspace: link it by its package name.
  symlinkSync(join(copy, 'services', name), join(copy, 'node_modules/@strata', `service-${name}`));
});
afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('scaffolding a team', () => {
  it('touches its own folders and one registration in services/gateway/src/teams.ts, nothing else', () => {
    const before = new Set(sourceFiles(root));
    const after = copiedFiles();
    const added = after.filter((f) => !before.has(f));
    expect(added.length).toBeGreaterThan(5);
    expect(added.filter((f) => !f.startsWith(`services/${name}/`) && !f.startsWith(`apps/${name}/`))).toEqual([]);
    expect(added).toContain(`apps/${name}/src/app.tsx`);
    const changed = after.filter(
      (f) => before.has(f) && readFileSync(join(root, f), 'utf8') !== readFileSync(join(copy, f), 'utf8'),
    );
    expect(changed).toEqual(['services/gateway/src/teams.ts']);
    const text = (f: string) => readFileSync(f, 'utf8');
    const old = new Set(text(join(root, changed[0]!)).split('\n'));
    const newLines = text(join(copy, changed[0]!))
      .split('\n')
      .filter((l) => !old.has(l));
    expect(newLines[0]).toBe(`import { ${name}Team } from '@strata/service-${name}';`);
    // The list, on one line or laid out one team per line, is the old one with the new team at its end.
    const listOf = (source: string) =>
      (/export const teams = \[([^\]]*)\] as const;/.exec(source)?.[1] ?? '')
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean);
    expect(listOf(text(join(copy, changed[0]!)))).toEqual([...listOf(text(join(root, changed[0]!))), `${name}Team`]);
  });

  it('passes the checks, is served over HTTP, has a scope case the suite runs, and its API table', () => {
    const biome = run('npx', ['biome', 'check', `services/${name}`, `apps/${name}`, 'services/gateway/src/teams.ts']);
    expect(biome.status, biome.stdout + biome.stderr).toBe(0);
    const types = run('npx', ['tsgo', '--noEmit', '-p', `services/${name}`]);
    expect(types.status, types.stdout + types.stderr).toBe(0);
    const vitest = run(
      'npx',
      [
        'vitest',
        'run',
        '--project',
        'integration',
        '--reporter',
        'verbose',
        'tests/scope/township-isolation.test.ts',
        'tests/services/api-docs.test.ts',
        `services/${name}/test`,
        // The new team's cases, its API table and the suite's own rules: the other teams' cases are theirs to run.
        '-t',
        `${name}|has a case|requires a permission`,
      ],
      { STRATA_TEST_PROVIDERS: 'sqlite' },
    );
    const output = vitest.stdout + vitest.stderr;
    expect(vitest.status, output).toBe(0);
    expect(output).toContain(`${name} over HTTP on sqlite`);
    expect(output).toContain(`services/${name}/API.md`);
    // The case ran for each of the suite's callers.
    expect(output.match(new RegExp(`${name}\\.overview\\.summary`, 'g'))?.length ?? 0).toBeGreaterThanOrEqual(3);
    // A type-check and a Vitest run of their own inside: about 45 s on a quiet machine, twice that on a busy one.
  }, 240_000);

  it('its remote type-checks, builds with its record, and the manifest offers that build with its menu', () => {
    const types = run('npx', ['tsgo', '--noEmit', '-p', `apps/${name}`]);
    expect(types.status, types.stdout + types.stderr).toBe(0);
    // Built as `npm run build` would: the federation plugin emits no entry under Vitest's environment.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV'),
    );
    const build = spawnSync('npx', ['vite', 'build'], { cwd: join(copy, 'apps', name), encoding: 'utf8', env });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const record = JSON.parse(readFileSync(join(copy, 'apps', name, 'dist/remote.json'), 'utf8'));
    expect(record).toMatchObject({ name, shared: { react: expect.any(String), antd: expect.any(String) } });
    // The copy's gateway, as it would start: its manifest names the remote at that build, with its menu entry.
    const manifest = run('npx', [
      'tsx',
      '-e',
      `import { loadConfig } from './services/gateway/src/config';
       import { remoteManifest } from './services/gateway/src/manifest';
       const config = loadConfig({ STATIC_ROOT: process.cwd(), RELEASES_DIR: 'no-releases' });
       console.log(JSON.stringify(remoteManifest(config).remotes.find((r) => r.name === '${name}')));`,
    ]);
    expect(manifest.status, manifest.stderr).toBe(0);
    expect(JSON.parse(manifest.stdout)).toMatchObject({
      entry: `/remotes/${name}/remoteEntry.js?v=${record.version}`,
      version: record.version,
      exposes: './App',
      menu: [{ path: `/${name}/overview`, permission: `${name}.read` }],
    });
    // A type-check of the app (with the gateway's router types) and a build: about a minute on a busy machine.
  }, 240_000);

  it('the scope suite fails while the new procedure has no case', () => {
    rmSync(join(copy, `services/${name}/test/scope-cases`), { recursive: true });
    const vitest = run(
      'npx',
      ['vitest', 'run', '--project', 'integration', 'tests/scope/township-isolation.test.ts', '-t', 'has a case'],
      { STRATA_TEST_PROVIDERS: 'sqlite' },
    );
    expect(vitest.status).not.toBe(0);
    expect(vitest.stdout + vitest.stderr).toContain(`${name}.overview.summary`);
    // A Vitest run of its own (start, transform, a database per provider): over a minute on a busy machine.
  }, 240_000);
});
