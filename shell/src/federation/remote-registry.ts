import type { RemoteAppProps, RemoteManifestEntry } from '@strata/ui';
import type { ComponentType } from 'react';
import { federationHost } from './federation-host';
import { isRemoteFallback } from './remote-fallback-plugin';

export type RemoteAppModule = { default: ComponentType<RemoteAppProps> };

export class RemoteUnavailableError extends Error {
  constructor(
    readonly remoteName: string,
    override readonly cause: unknown,
  ) {
    super(`Remote "${remoteName}" is unavailable`);
  }
}

const entryFor = (remote: RemoteManifestEntry, attempt: number) =>
  // A retry gets a fresh URL so neither the runtime nor the browser reuses the failed import.
  attempt === 0 ? remote.entry : `${remote.entry}${remote.entry.includes('?') ? '&' : '?'}retry=${attempt}`;

/** Registers (or, with `force`, re-registers) remotes from the manifest with the MF runtime. */
export function registerManifestRemotes(remotes: RemoteManifestEntry[], attempt = 0): void {
  federationHost.registerRemotes(
    remotes.map((remote) => ({ name: remote.name, entry: entryFor(remote, attempt), type: 'module' })),
    { force: attempt > 0 },
  );
}

/** A promise that settles as `work` does, or rejects once `ms` have passed. */
function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Loads a remote's exposed React app (or another component it exposes: `expose`); rejects with
 * RemoteUnavailableError instead of a raw runtime error, and also when the remote does not answer within `timeoutMs`
 * (a hung server must not spin forever).
 */
export async function loadRemoteApp<Module = RemoteAppModule>(
  remote: RemoteManifestEntry,
  attempt: number,
  timeoutMs: number,
  expose = remote.exposes,
): Promise<Module> {
  if (attempt > 0) registerManifestRemotes([remote], attempt);
  const request = `${remote.name}/${expose.replace(/^\.\//, '')}`;
  let loaded: unknown;
  try {
    loaded = await within(federationHost.loadRemote<unknown>(request), timeoutMs);
  } catch (error) {
    throw new RemoteUnavailableError(remote.name, error);
  }
  if (isRemoteFallback(loaded)) throw new RemoteUnavailableError(remote.name, loaded.error);
  const component = (loaded as { default?: unknown } | null)?.default;
  if (component === undefined || component === null) {
    throw new RemoteUnavailableError(remote.name, new Error(`${request} has no default export`));
  }
  return loaded as Module;
}
