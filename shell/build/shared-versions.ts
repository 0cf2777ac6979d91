// The installed version of every package the shell provides to remotes (src/federation/provided-shares.ts):
// the federation runtime checks each remote's required range against it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const resolveFromShell = createRequire(join(import.meta.dirname, '../package.json'));

/** The version of `pkg` as the shell resolves it, walking up from its entry (not every package exports its package.json). */
function installedVersion(pkg: string): string {
  let dir = dirname(resolveFromShell.resolve(pkg));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === pkg && manifest.version) return manifest.version;
    } catch {}
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json naming ${pkg} above its entry`);
    dir = parent;
  }
}

export function sharedVersions(packages: readonly string[]): Record<string, string> {
  return Object.fromEntries(packages.map((pkg) => [pkg, installedVersion(pkg)]));
}
