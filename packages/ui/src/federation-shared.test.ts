// What the shell provides to remotes trimmed to what the apps import (shell/src/federation/provided/) must hold
// every export any app imports: a remote would find a component or hook missing (undefined).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
// The shell imports its packages directly; what the provided modules serve is the remotes and the packages
// they build in.
const sourceDirs = [
  'packages/ui/src',
  'packages/client/src',
  ...readdirSync(join(root, 'apps')).map((a) => `apps/${a}/src`),
];

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

/** The names shell/src/federation/provided/<file> re-exports from `pkg`: what remotes receive as that package. */
function provided(file: string, pkg: string): string[] {
  const source = readFileSync(join(root, 'shell/src/federation/provided', file), 'utf8');
  const list = new RegExp(`export\\s+\\{([^}]+)\\}\\s+from\\s+'${pkg}'`).exec(source)?.[1] ?? '';
  // Components provided as fetched when first drawn: `export const Progress = onDemand(...)`,
  // `export const Modal = ModalOnOpen`.
  const onDemand = [...source.matchAll(/export\s+const\s+(\w+)\s*=/g)].map((m) => m[1] as string);
  return [
    ...list
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    ...onDemand,
  ];
}

/** Each package the shell provides trimmed, and its file in shell/src/federation/provided/. */
const trimmed = {
  antd: 'antd.ts',
  '@ant-design/icons': 'icons.ts',
  'react-router': 'react-router.ts',
  '@tanstack/react-query': 'react-query.ts',
  'react-i18next': 'react-i18next.ts',
  '@trpc/client': 'trpc-client.ts',
  '@trpc/tanstack-react-query': 'trpc-react-query.ts',
  '@strata/ui': 'strata-ui.ts',
};

describe.each(Object.entries(trimmed))('shared %s', (pkg, file) => {
  it('provides every export the apps import', () => {
    const names = provided(file, pkg);
    const missing = [...valueImports(pkg)].filter((name) => !names.includes(name));
    expect(missing).toEqual([]);
  });
});

// The Modal provided to remotes is ModalOnOpen (fetched when a dialog first opens), without antd's static
// methods: a remote calling Modal.confirm would find it missing. Confirm dialogs go through App.useApp().
const modalStatic = /\bModal\.(confirm|info|success|error|warning|warn|useModal|destroyAll|config)\b/;

it('no app calls a static method of the provided Modal', () => {
  const calls = sourceDirs.flatMap((dir) =>
    [...sourceFiles(join(root, dir))].filter((file) => modalStatic.test(readFileSync(file, 'utf8'))),
  );
  expect(calls).toEqual([]);
  expect(modalStatic.test('modal.confirm(); Modal.confirm({})')).toBe(true);
});

describe('the check itself', () => {
  it('finds the imports it checks (a pattern that matched nothing would pass anything)', () => {
    expect(valueImports('antd').has('Table')).toBe(true);
    expect(provided('antd.ts', 'antd')).toContain('Table');
    expect(provided('antd.ts', 'antd')).toContain('Progress');
    expect(provided('antd.ts', 'antd')).toContain('Modal');
    expect(valueImports('@tanstack/react-query').has('useQuery')).toBe(true);
    expect(provided('react-query.ts', '@tanstack/react-query')).toContain('useQuery');
  });
});
