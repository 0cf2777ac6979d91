// The console's build answers antd's tree selection helpers with stand-ins that throw (shell/build/lazy-antd-parts.ts):
// they run only for a table whose rows select through a tree (`rowSelection.checkStrictly: false`). No page may ask
// for that without providing them again.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('tables selecting through a tree of rows', () => {
  it('are asked for by no page of the console or its remotes', () => {
    const dirs = [
      join(root, 'shell', 'src'),
      ...['apps', 'packages'].flatMap((top) =>
        readdirSync(join(root, top)).map((name) => join(root, top, name, 'src')),
      ),
    ];
    const files = dirs.flatMap((dir) => {
      try {
        return sources(dir);
      } catch {
        return [];
      }
    });
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => /checkStrictly\s*:\s*false/.test(readFileSync(file, 'utf8')))).toEqual([]);
  });
});
