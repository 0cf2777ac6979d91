import type { DomainLabels, RemoteManifest } from '@strata/ui';
import { queryOptions, useQuery } from '@tanstack/react-query';
import i18next from 'i18next';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The teams' role and audit action labels join the `domain` namespace, so every page names them. */
function registerLabels(labels: unknown): RemoteManifest['labels'] {
  if (!isRecord(labels)) return {};
  const out: RemoteManifest['labels'] = {};
  for (const [locale, value] of Object.entries(labels)) {
    if (!isRecord(value) || !isRecord(value.role) || !isRecord(value.auditAction)) continue;
    out[locale] = { auditEntity: {}, auditField: {}, ...value } as DomainLabels;
    i18next.addResourceBundle(locale, 'domain', value, true, false);
  }
  return out;
}

/** Used when the manifest names no timeout (an older gateway). */
export const defaultRemoteTimeoutMs = 10_000;

async function fetchManifest(): Promise<RemoteManifest> {
  const response = await fetch('/manifest.json', { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`manifest.json answered ${response.status}`);
  const manifest = (await response.json()) as Partial<RemoteManifest>;
  const remotes = Array.isArray(manifest.remotes) ? manifest.remotes : [];
  if (remotes.length > 0) {
    // A remote's first request is antd, which the shell provides: fetch it now, beside the federation runtime
    // (its own chunk: the sign-in page never loads it) and the remote's entry, rather than after them.
    void import('./provided/antd');
    (await import('./remote-registry')).registerManifestRemotes(remotes);
  }
  const timeout = Number(manifest.remoteTimeoutMs);
  return {
    remotes,
    labels: registerLabels(manifest.labels),
    remoteTimeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : defaultRemoteTimeoutMs,
    // The teams the bell asks (none from an older gateway).
    notices: isRecord(manifest.notices) ? manifest.notices : {},
    // The teams the header's search asks (none from an older gateway).
    search: isRecord(manifest.search) ? manifest.search : {},
  };
}

/** The runtime manifest: which remotes this deployment has, registered with the MF runtime on arrival. */
export const remoteManifestQuery = queryOptions({
  queryKey: ['strata', 'manifest'],
  queryFn: fetchManifest,
  staleTime: Number.POSITIVE_INFINITY,
});

export function useRemoteManifest() {
  return useQuery(remoteManifestQuery);
}
