// The runtime remote manifest: which remotes exist, where their entries are, and their menu entries.
// The shell reads it at start, so a team redeploys its remote without rebuilding the shell. It also carries
// the labels of every team's roles and audit actions, since the shell shows them for every team, and which
// mounted teams have notices for the bell.
import { join } from 'node:path';
import type { RemoteBuild, RemoteManifest } from '@strata/contract';
import { composition } from './app-router';
import type { GatewayConfig } from './config';
import { readProvidedVersions, readRemoteBuild, sharedMismatches } from './remote-builds';
import { remoteApps, remoteEntry } from './remotes';
import { teams } from './teams';

/** Where the manifest reads the builds' records: the remotes' and the shell's dist folders (tests pass their own). */
export type BuildRecords = {
  remote: (dist: string) => RemoteBuild | undefined;
  provided: () => Record<string, string> | undefined;
};

const filesUnder = (root: string): BuildRecords => ({
  remote: (dist) => readRemoteBuild(join(root, dist)),
  provided: () => readProvidedVersions(join(root, 'shell/dist')),
});

export function remoteManifest(
  config: GatewayConfig,
  builds: BuildRecords = filesUnder(config.STATIC_ROOT),
): RemoteManifest {
  const provided = builds.provided();
  return {
    remotes: remoteApps
      .filter((remote) => config.STRATA_SERVICES.includes(remote.service))
      .map(({ service: _service, dist, ...remote }) => {
        const entry = remoteEntry(remote.name, config.remoteEntries);
        // An entry served from elsewhere (a team's dev server) is not the build here: nothing to tell of it.
        const build = entry === remoteEntry(remote.name, {}) ? builds.remote(dist) : undefined;
        const incompatible = build && provided ? sharedMismatches(build.shared, provided) : [];
        return {
          ...remote,
          entry,
          ...(build ? { version: build.version } : {}),
          ...(incompatible.length ? { incompatible } : {}),
        };
      }),
    labels: composition.labels,
    remoteTimeoutMs: config.REMOTE_TIMEOUT_MS,
    // The bell asks each mounted team with notices on its own (`<team>.notices.list`), so one down is one missing.
    notices: Object.fromEntries(
      teams.flatMap((t) =>
        t.notices && config.STRATA_SERVICES.includes(t.name)
          ? [[t.name, { permission: t.notices.permission, kinds: t.notices.kinds }]]
          : [],
      ),
    ),
    // The header's search asks each mounted team with a search on its own (`<team>.search.find`), as the bell does.
    search: Object.fromEntries(
      teams.flatMap((t) =>
        t.search && config.STRATA_SERVICES.includes(t.name)
          ? [[t.name, { permission: t.search.permission, kinds: t.search.kinds }]]
          : [],
      ),
    ),
  };
}
