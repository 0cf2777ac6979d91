import { useAccess } from '@strata/ui';
import { useTranslation } from 'react-i18next';
import { defaultRemoteTimeoutMs, useRemoteManifest } from '../../federation/use-remote-manifest';
import { useTRPCClient } from '../../trpc';
import type { ShownCard } from './widget-query';

/**
 * Every card the mounted remotes offer that the user may see at the unit, in the manifest's order: those whose
 * permission they hold there, and the own cards (no permission: about the user, whoever they are).
 */
export function useShownCards(unitId: number | undefined): ShownCard[] {
  const access = useAccess();
  const manifest = useRemoteManifest();
  if (unitId === undefined) return [];
  // A card's module imports nothing shared: it draws even where the remote's app is unavailable.
  return (manifest.data?.remotes ?? []).flatMap((remote) => {
    const widgets = remote.widgets;
    if (!widgets) return [];
    return widgets.list
      .filter((widget) => widget.permission === undefined || access.can(widget.permission, unitId))
      .flatMap((widget) => {
        // The user's own page's cards come from a module of their own (none from an older build: not offered).
        const module = widget.home ? widgets.homeModule : widgets.module;
        return module ? [{ remote: remote.name, module, widget }] : [];
      });
  });
}

/** What every card's query needs besides the card: the unit, the locale, the caller's client, the wait. */
export function useCardContext(unitId: number) {
  const { i18n } = useTranslation();
  const client = useTRPCClient();
  const timeoutMs = useRemoteManifest().data?.remoteTimeoutMs ?? defaultRemoteTimeoutMs;
  return { unitId, locale: i18n.language, client, timeoutMs };
}
