// The runtime remote manifest: which remotes exist, where their entries are, and their menu entries.
// The shell reads it at start, so a team redeploys its remote without rebuilding the shell. It also carries
// the labels of every team's roles and audit actions, since the shell shows them for every team, and which
// mounted teams have notices for the bell.
import { join } from 'node:path';
import type { RemoteApp } from '@strata/api';
import type { RemoteBuild, RemoteManifest } from '@strata/contract';
import { composition } from './app-router';
import type { GatewayConfig } from './config';
import { readProvidedVersions, readRemoteBuild, sharedMismatches } from './remote-builds';
import { remoteBuildDirs } from './remote-releases';
import { remoteApps, remoteEntry } from './remotes';
import { teams } from './teams';

/** Where the manifest reads the builds' records: each remote's served build and the shell's (tests pass their own). */
export type BuildRecords = {
  remote: (remote: RemoteApp) => RemoteBuild | undefined;
  provided: () => Record<string, string> | undefined;
};

const filesUnder = (config: GatewayConfig): BuildRecords => ({
  remote: (remote) => {
    const served = remoteBuildDirs(config.RELEASES_DIR, remote.name, join(config.STATIC_ROOT, remote.dist))[0];
    return served && readRemoteBuild(served.dir);
  },
  provided: () => readProvidedVersions(join(config.STATIC_ROOT, 'shell/dist')),
});

export function remoteManifest(config: GatewayConfig, builds: BuildRecords = filesUnder(config)): RemoteManifest {
  const provided = builds.provided();
  return {
    remotes: remoteApps
      .filter((remote) => config.STRATA_SERVICES.includes(remote.service))
      .map(({ service: _service, ...app }) => {
        const { dist: _dist, widgets, ...remote } = app;
        const override = config.remoteEntries[remote.name];
        // An entry served from elsewhere (a team's dev server) is not the build here: nothing to tell of it.
        const build = override ? undefined : builds.remote(app);
        const incompatible = build && provided ? sharedMismatches(build.shared, provided) : [];
        return {
          ...remote,
          // The served build's version in the URL: the entry the shell loads is that build's, even after a rollback.
          entry: override ?? (build ? `${remoteEntry(remote.name)}?v=${build.version}` : remoteEntry(remote.name)),
          ...(build ? { version: build.version } : {}),
          ...(incompatible.length ? { incompatible } : {}),
          // The cards, once a build here has their module (its file is hashed: the URL names that build's).
          ...(widgets?.length && build?.widgets
            ? {
                widgets: {
                  module: `/remotes/${remote.name}/${build.widgets}`,
                  ...(build.homeWidgets ? { homeModule: `/remotes/${remote.name}/${build.homeWidgets}` } : {}),
                  list: widgets,
                },
              }
            : {}),
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
