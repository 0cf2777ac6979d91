// The runtime remote manifest: which remotes exist, where their entries are, and their menu entries.
// The shell reads it at start, so a team redeploys its remote without rebuilding the shell. It also carries
// the labels of every team's roles and audit actions, since the shell shows them for every team, and which
// mounted teams have notices for the bell.
import type { RemoteManifest } from '@strata/contract';
import { composition } from './app-router';
import type { GatewayConfig } from './config';
import { remoteApps, remoteEntry } from './remotes';
import { teams } from './teams';

export function remoteManifest(config: GatewayConfig): RemoteManifest {
  return {
    remotes: remoteApps
      .filter((remote) => config.STRATA_SERVICES.includes(remote.service))
      .map(({ service: _service, dist: _dist, ...remote }) => ({
        ...remote,
        entry: remoteEntry(remote.name, config.remoteEntries),
      })),
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
