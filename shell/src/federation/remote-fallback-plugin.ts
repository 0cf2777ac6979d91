import type { ModuleFederationRuntimePlugin } from '@module-federation/runtime';

/** Marks the module the runtime hands back when a remote cannot be loaded. */
export const remoteFallbackMarker = '__strataRemoteUnavailable';

export type RemoteFallbackModule = { [remoteFallbackMarker]: true; id: string; error: unknown; default: undefined };

export const isRemoteFallback = (value: unknown): value is RemoteFallbackModule =>
  typeof value === 'object' && value !== null && remoteFallbackMarker in value;

/**
 * An unreachable remote entry must never blank the shell: instead of throwing out of the
 * federation runtime (which can happen before React mounts), answer with a marker module
 * that the remote slot turns into a "section unavailable" screen with a retry button.
 */
export default function remoteFallbackPlugin(): ModuleFederationRuntimePlugin {
  return {
    name: 'strata-remote-fallback',
    errorLoadRemote({ id, error, lifecycle }) {
      console.warn(`[strata] remote "${id}" failed at ${lifecycle}`, error);
      // While sharing is negotiated, a missing remote simply contributes no shared modules.
      if (lifecycle === 'beforeLoadShare') return undefined;
      const fallback: RemoteFallbackModule = { [remoteFallbackMarker]: true, id, error, default: undefined };
      return fallback;
    },
  };
}
