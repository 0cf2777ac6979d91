// The antd the shell provides and the tree-shaken react-router must hold every export any app imports: a remote
// would find an antd component missing (undefined), or load a second, full react-router with its own contexts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routerExports } from './federation-shared';

const root = resolve(import.meta.dirname, '../../..');
const sourceDirs = ['shell/src', 'packages/ui/src', ...readdirSync(join(root, 'apps')).map((a) => `apps/${a}/src`)];

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.includes('.test.')) yield path;
  }
}

function valueImports(from: string): Set<string> {
  const statement = new RegExp(`import\\s+(type\\s+)?\\{([^}]+)\\}\\s+from\\s+'${from}'`, 'g');
  const names = new Set<string>();
  for (const dir of sourceDirs) {
    for (const file of sourceFiles(join(root, dir))) {
      for (const match of readFileSync(file, 'utf8').matchAll(statement)) {
        if (match[1]) continue; // `import type { … }` ships nothing
        for (const part of (match[2] ?? '').split(',')) {
          const name = part.trim();
          if (!name || name.startsWith('type ')) continue;
          names.add(name.split(/\s+as\s+/)[0] as string);
        }
      }
    }
  }
  return names;
}

/** The names shell/src/federation/antd-provided.ts re-exports from antd: what remotes receive as `antd`. */
function providedAntd(): string[] {
  const source = readFileSync(join(root, 'shell/src/federation/antd-provided.ts'), 'utf8');
  const list = /export\s+\{([^}]+)\}\s+from\s+'antd'/.exec(source)?.[1] ?? '';
  return list
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

describe('shared antd', () => {
  it('provides every antd component the apps import', () => {
    const provided = providedAntd();
    const missing = [...valueImports('antd')].filter((name) => !provided.includes(name));
    expect(missing).toEqual([]);
  });

  it('finds the imports it checks (a pattern that matched nothing would pass anything)', () => {
    expect(valueImports('antd').has('Table')).toBe(true);
    expect(providedAntd()).toContain('Table');
    expect(valueImports('react-router').has('useNavigate')).toBe(true);
  });
});

describe('shared react-router', () => {
  it('lists every react-router export the apps import', () => {
    const missing = [...valueImports('react-router')].filter((name) => !routerExports.includes(name));
    expect(missing).toEqual([]);
  });
});
