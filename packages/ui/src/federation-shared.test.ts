// The shared, tree-shaken antd and react-router must hold every export any app imports, or that app would
// load a second, full copy (with its own React contexts) at run time.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { antdComponents, routerExports } from './federation-shared';

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

describe('shared antd', () => {
  it('lists every antd component the apps import', () => {
    const missing = [...valueImports('antd')].filter((name) => !antdComponents.includes(name));
    expect(missing).toEqual([]);
  });

  it('finds the imports it checks (a pattern that matched nothing would pass anything)', () => {
    expect(valueImports('antd').has('Table')).toBe(true);
    expect(valueImports('react-router').has('useNavigate')).toBe(true);
  });
});

describe('shared react-router', () => {
  it('lists every react-router export the apps import', () => {
    const missing = [...valueImports('react-router')].filter((name) => !routerExports.includes(name));
    expect(missing).toEqual([]);
  });
});
