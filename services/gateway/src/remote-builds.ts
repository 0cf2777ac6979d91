// What the gateway knows of each remote's build and the console's own: the build's `remote.json` (its version and the
// range of every shared package it needs, written by remoteViteConfig) and the shell's `shared.json` (the versions the
// console provides, written by the shell's build). A remote that needs a version the console does not provide is
// listed as incompatible in the manifest: the shell shows it unavailable, saying why, and never loads it (a remote
// built against another antd or React would draw a broken page, or none). Both files are read on each manifest, so a
// team that redeploys (or rolls back) its build is seen at once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RemoteBuild } from '@strata/contract';
import semver from 'semver';

const readJson = (file: string): unknown => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};

const isStrings = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string');

/** A remote's build record in `dir`, or undefined when it has none (an older build) or it cannot be read. */
export function readRemoteBuild(dir: string): RemoteBuild | undefined {
  const record = readJson(join(dir, 'remote.json')) as Partial<RemoteBuild> | undefined;
  if (typeof record?.name !== 'string' || typeof record.version !== 'string' || !isStrings(record.shared)) return;
  // A module's file inside the build's folder, nothing else (no way up, no other origin).
  const file = (value: unknown) =>
    typeof value === 'string' && /^(?:[\w-]+\/)*[\w-][\w.-]*\.js$/.test(value) ? value : undefined;
  const widgets = file(record.widgets);
  const homeWidgets = widgets ? file(record.homeWidgets) : undefined;
  return {
    name: record.name,
    version: record.version,
    shared: record.shared,
    ...(widgets ? { widgets } : {}),
    ...(homeWidgets ? { homeWidgets } : {}),
  };
}

/** The versions the console provides (the shell's build record in `dir`), or undefined without one. */
export function readProvidedVersions(dir: string): Record<string, string> | undefined {
  const record = readJson(join(dir, 'shared.json'));
  return isStrings(record) ? record : undefined;
}

/**
 * The shared packages `shared` needs that `provided` does not satisfy, each as `name range (provided version)`, or
 * `name range (none)` when the console provides no such package.
 */
export function sharedMismatches(shared: Record<string, string>, provided: Record<string, string>): string[] {
  return Object.entries(shared).flatMap(([pkg, range]) => {
    const version = provided[pkg];
    if (version && semver.satisfies(version, range, { includePrerelease: true })) return [];
    return [`${pkg} ${range} (${version ?? 'none'})`];
  });
}
