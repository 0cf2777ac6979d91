// The header's search: a button, and Ctrl+K (⌘K on a Mac) anywhere in the console, opening the search across every
// team the user may search (the manifest's `search` sources). The dialog comes when first opened; the first visit
// draws the button only. A user no team's search answers gets no button.
import type { SearchSource } from '@strata/contract';
import { Button } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRemoteManifest } from '../federation/use-remote-manifest';
import { useMe } from '../session/session-context';
import { strokeIcon } from './stroke-icon';

const SearchDialog = lazy(() => import('./search-dialog'));

const searchIcon = strokeIcon('M11 18a7 7 0 1 1 0-14 7 7 0 0 1 0 14m5-2 5 5');

/** The teams the header's search asks for this user: those whose permission the user holds somewhere. */
export type SearchSources = [team: string, source: SearchSource][];

export function SearchButton() {
  const { t } = useTranslation('shell');
  const me = useMe();
  const manifest = useRemoteManifest();
  const [open, setOpen] = useState(false);
  const sources: SearchSources = Object.entries(manifest.data?.search ?? {}).filter(([, s]) =>
    me.permissions.includes(s.permission),
  );
  const searchable = sources.length > 0;
  useEffect(() => {
    if (!searchable) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [searchable]);
  if (!searchable) return null;
  return (
    <>
      <Button
        type="text"
        icon={searchIcon}
        data-testid="search-open"
        data-neutral
        aria-label={t('search.label')}
        aria-keyshortcuts="Control+K Meta+K"
        onClick={() => setOpen(true)}
      />
      {open && (
        <Suspense fallback={null}>
          <SearchDialog sources={sources} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
