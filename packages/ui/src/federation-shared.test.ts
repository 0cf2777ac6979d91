// The shared, tree-shaken antd must hold every component any app imports, or that app would load a second,
// full antd (and its own React contexts) at run time.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { antdComponents } from './federation-shared';

const root = resolve(import.meta.dirname, '../../..');
const sourceDirs = ['shell/src', 'packages/ui/src', ...readdirSync(join(root, 'apps')).map((a) => `apps/${a}/src`)];

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.includes('.test.')) yield path;
  }
}

function antdValueImports(): Set<string> {
  const names = new Set<string>();
  for (const dir of sourceDirs) {
    for (const file of sourceFiles(join(root, dir))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/import\s+(type\s+)?\{([^}]+)\}\s+from\s+'antd'/g)) {
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
    const missing = [...antdValueImports()].filter((name) => !antdComponents.includes(name));
    expect(missing).toEqual([]);
  });
});
