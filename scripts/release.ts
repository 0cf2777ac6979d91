// Ships a team's remote alone (services/gateway/src/remote-releases.ts): publish its build to the release store, roll
// it back to an earlier one, list what is there. The running gateway serves the change at once, no restart.
//   npm run release -- publish <team> [--from DIR]   the build in apps/<team>/dist (or DIR), served from now on
//   npm run release -- rollback <team> [--to VERSION] the build published before the current one (or VERSION)
//   npm run release -- list [<team>]                  every published build, the served one marked
// The store is RELEASES_DIR (default data/releases), as the gateway reads it.
import { join } from 'node:path';
import { loadConfig } from '../services/gateway/src/config';
import {
  publishedVersions,
  publishRelease,
  ReleaseError,
  readReleaseLog,
  rollbackRelease,
} from '../services/gateway/src/remote-releases';
import { remoteApps } from '../services/gateway/src/remotes';
import { scriptOptions } from './options';

const usage = 'usage: npm run release -- publish <team> [--from DIR] | rollback <team> [--to VERSION] | list [<team>]';
const { arg, positionals } = scriptOptions(['from', 'to'], [], { allowPositionals: true });
const [command, team, ...extra] = positionals;
const config = loadConfig();
const store = config.RELEASES_DIR;

function remoteOf(name: string | undefined) {
  const remote = remoteApps.find((r) => r.name === name);
  if (!remote)
    throw new ReleaseError(`${name ?? '(none)'} is no team's remote: ${remoteApps.map((r) => r.name).join(', ')}`);
  return remote;
}

function list(name: string): string[] {
  const log = readReleaseLog(store, name);
  if (!log) return [`${name}: no releases (served from its build in place)`];
  const first = new Map<string, string>();
  for (const e of log.events) if (e.action === 'publish' && !first.has(e.version)) first.set(e.version, e.at);
  return [
    `${name}:`,
    ...publishedVersions(log).map((v) => `  ${v === log.current ? '*' : ' '} ${v}  published ${first.get(v)}`),
  ];
}

try {
  if (extra.length) throw new ReleaseError(usage);
  if (command === 'publish') {
    const remote = remoteOf(team);
    const version = publishRelease(store, remote.name, arg('from', join(config.STATIC_ROOT, remote.dist)), new Date());
    console.log(`${remote.name}: serving ${version}`);
  } else if (command === 'rollback') {
    const remote = remoteOf(team);
    console.log(`${remote.name}: serving ${rollbackRelease(store, remote.name, new Date(), arg('to'))}`);
  } else if (command === 'list') {
    const names = team ? [remoteOf(team).name] : remoteApps.map((r) => r.name);
    console.log(names.flatMap(list).join('\n'));
  } else throw new ReleaseError(usage);
} catch (error) {
  if (!(error instanceof ReleaseError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
