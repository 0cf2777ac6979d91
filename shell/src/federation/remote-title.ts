import type { RemoteManifestEntry } from '@strata/ui';
import type { TFunction } from 'i18next';

/**
 * The remote's name in the user's language, for the "unavailable" screen: the shell's own name
 * for a known remote, else the manifest's title or first menu label, else its technical name.
 */
export function remoteTitle(remote: RemoteManifestEntry, t: TFunction, language: string): string {
  const labels = remote.title ?? remote.menu[0]?.label;
  const fromManifest = labels?.[language] ?? labels?.['zh-CN'] ?? remote.name;
  return t(`shell:remote.names.${remote.name}`, { defaultValue: fromManifest });
}
