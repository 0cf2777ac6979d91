// The federated remotes this gateway serves, from the teams' registrations. Static files, the runtime manifest
// and the Content-Security-Policy all read this list. A remote is offered only while its service is mounted.
import type { RemoteApp } from '@strata/api';
import type { ServiceName } from './app-router';
import { teams } from './teams';

export const remoteApps: (RemoteApp & { service: ServiceName })[] = teams.flatMap((t) =>
  'remote' in t && t.remote ? [{ ...t.remote, service: t.name }] : [],
);

/** Where the shell loads a remote's entry here (the manifest adds its version; STRATA_REMOTE_<NAME> overrides it). */
export const remoteEntry = (name: string) => `/remotes/${name}/remoteEntry.js`;
