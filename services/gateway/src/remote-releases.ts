// A remote's release store: a team ships its remote alone by publishing its build here, and rolls it back by pointing
// the store at an earlier one; neither touches the shell or restarts the gateway.
//   <RELEASES_DIR>/<team>/<version>/    one published build, whole (remoteEntry.js, assets, remote.json), never changed
//   <RELEASES_DIR>/<team>/releases.json which build is served (`current`) and every publish and rollback, in order
// A team with no releases.json is served from its build in place (apps/<team>/dist), as in development and the demo.
// The manifest names the served build's version in its entry's URL (remoteEntry.js?v=<version>); an entry asked for
// by an earlier version is still served as it was, and every build's hashed assets stay reachable, so a console that
// loaded the manifest before a rollback keeps working until it reloads. `npm run release` is the command.
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readRemoteBuild } from './remote-builds';

const version = z.string().regex(/^[0-9a-f]{6,64}$/);

const releaseLog = z.strictObject({
  current: version,
  events: z.array(
    z.strictObject({ action: z.enum(['publish', 'rollback']), version, at: z.iso.datetime({ offset: true }) }),
  ),
});
export type ReleaseLog = z.infer<typeof releaseLog>;

/** A build folder that can serve a remote, with the version its remote.json names (none: an older build). */
export type BuildDir = { dir: string; version?: string };

export class ReleaseError extends Error {}

const logFile = (store: string, team: string) => join(store, team, 'releases.json');

/** The team's release log, or undefined when it has none (it is served from its build in place). */
export function readReleaseLog(store: string, team: string): ReleaseLog | undefined {
  const file = logFile(store, team);
  if (!existsSync(file)) return;
  const parsed = releaseLog.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new ReleaseError(`${file} is not a release log: ${parsed.error.message}`);
  return parsed.data;
}

/** Every version published, in the order first published. */
export const publishedVersions = (log: ReleaseLog): string[] => [
  ...new Set(log.events.filter((e) => e.action === 'publish').map((e) => e.version)),
];

/**
 * Where a remote is served from: the current release first, then every other published build, newest first (for
 * their hashed assets); or, without a release log, its build in place.
 */
export function remoteBuildDirs(store: string, team: string, inPlace: string): BuildDir[] {
  const log = readReleaseLog(store, team);
  if (!log) return [{ dir: inPlace, version: readRemoteBuild(inPlace)?.version }];
  const others = publishedVersions(log)
    .reverse()
    .filter((v) => v !== log.current);
  return [log.current, ...others].map((v) => ({ dir: join(store, team, v), version: v }));
}

function writeLog(store: string, team: string, log: ReleaseLog): void {
  const file = logFile(store, team);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(releaseLog.parse(log), null, 2)}\n`);
  renameSync(temporary, file);
}

/**
 * Publishes the build in `dist` as the team's served release: copied whole under its version (a build published
 * before is not copied again), then named current. Refuses a build without a record or of another team.
 */
export function publishRelease(store: string, team: string, dist: string, now: Date): string {
  const build = readRemoteBuild(dist);
  if (!build || !existsSync(join(dist, 'remoteEntry.js')))
    throw new ReleaseError(`${dist} holds no remote build (remoteEntry.js and remote.json): build it first`);
  if (build.name !== team) throw new ReleaseError(`${dist} is the build of ${build.name}, not of ${team}`);
  const target = join(store, team, build.version);
  if (!existsSync(target)) {
    mkdirSync(join(store, team), { recursive: true });
    const partial = `${target}.${process.pid}.partial`;
    rmSync(partial, { recursive: true, force: true });
    cpSync(dist, partial, { recursive: true });
    renameSync(partial, target);
  }
  const log = readReleaseLog(store, team) ?? { current: build.version, events: [] };
  log.events.push({ action: 'publish', version: build.version, at: now.toISOString() });
  writeLog(store, team, { ...log, current: build.version });
  return build.version;
}

/**
 * Serves an earlier published build: `to`, or the one published just before the current one (so each rollback
 * steps one build further back). Returns the version now served.
 */
export function rollbackRelease(store: string, team: string, now: Date, to?: string): string {
  const log = readReleaseLog(store, team);
  if (!log) throw new ReleaseError(`${team} has no published release to roll back`);
  const published = publishedVersions(log);
  const target = to ?? published[published.indexOf(log.current) - 1];
  if (!target) throw new ReleaseError(`${team} has no build published before ${log.current}`);
  if (!published.includes(target)) throw new ReleaseError(`${team} has no published build ${target}`);
  if (target === log.current) throw new ReleaseError(`${team} already serves ${target}`);
  if (!existsSync(join(store, team, target, 'remoteEntry.js')))
    throw new ReleaseError(`${team}'s build ${target} is missing from ${join(store, team)}`);
  log.events.push({ action: 'rollback', version: target, at: now.toISOString() });
  writeLog(store, team, { ...log, current: target });
  return target;
}
