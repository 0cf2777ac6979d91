import type { RemoteManifest } from '@strata/ui';
import { useQuery } from '@tanstack/react-query';
import { registerManifestRemotes } from './remote-registry';

async function fetchManifest(): Promise<RemoteManifest> {
  const response = await fetch('/manifest.json', { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`manifest.json answered ${response.status}`);
  const manifest = (await response.json()) as Partial<RemoteManifest>;
  const remotes = Array.isArray(manifest.remotes) ? manifest.remotes : [];
  registerManifestRemotes(remotes);
  return { remotes };
}

/** The runtime manifest: which remotes this deployment has, registered with the MF runtime on arrival. */
export function useRemoteManifest() {
  return useQuery({ queryKey: ['strata', 'manifest'], queryFn: fetchManifest, staleTime: Number.POSITIVE_INFINITY });
}
