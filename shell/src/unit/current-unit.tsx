import { openAtOf, openAtParam } from '@strata/contract';
import { AccessProvider, errorMessage, ResultScreen, unitAccess } from '@strata/ui';
import { useAddressParams } from '@strata/ui/list-page';
import { useQuery } from '@tanstack/react-query';
import { Button } from 'antd';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../api-types';
import { FullPageSpin } from '../session/full-page-spin';
import { useMe } from '../session/session-context';
import { useTRPC } from '../trpc';

type CurrentUnit = {
  /** Units the caller may read (the server's `units.tree`, ordered by path). */
  units: Unit[];
  unit: Unit | undefined;
  unitId: number | undefined;
  setUnitId: (id: number) => void;
};

const CurrentUnitContext = createContext<CurrentUnit | null>(null);

const storageKey = (userId: number) => `strata.unit.${userId}`;

const visible = (units: Unit[], id: number | undefined) =>
  id !== undefined && units.some((u) => u.id === id) ? id : undefined;

/**
 * The current unit: the one a link opens the page at (`?at=`, see @strata/contract open-at.ts), else the one the
 * user chose, else the one remembered on this browser, else the highest the user holds a grant on (the tree is
 * ordered by path). Only units of the user's tree count: any other id is passed over.
 */
function pick(units: Unit[], userId: number, chosen: number | undefined, at: number | undefined) {
  const stored = Number(localStorage.getItem(storageKey(userId))) || undefined;
  return visible(units, at) ?? visible(units, chosen) ?? visible(units, stored) ?? units[0]?.id;
}

/**
 * The "current unit" every page and remote scopes its data to, remembered per user on this browser; and
 * the access (`useAccess`) over the units the user can see, at that unit by default.
 */
export function CurrentUnitProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  const trpc = useTRPC();
  const tree = useQuery(trpc.identity.units.tree.queryOptions({}));
  const [chosen, setChosen] = useState<number>();
  const [search, setSearch] = useAddressParams();
  const at = openAtOf(search);

  const value = useMemo<CurrentUnit>(() => {
    const units = tree.data ?? [];
    // Read in the same render as the page's new address, so the page sees its parameters and its unit together.
    const unitId = pick(units, me.id, chosen, at);
    return {
      units,
      unitId,
      unit: units.find((u) => u.id === unitId),
      setUnitId: (id) => {
        localStorage.setItem(storageKey(me.id), String(id));
        setChosen(id);
      },
    };
  }, [tree.data, chosen, me.id, at]);
  // A unit asked for by a link becomes the chosen one, and the parameter leaves the address (replaced, not pushed):
  // from then on the switcher moves the page as it always does.
  const { setUnitId } = value;
  useEffect(() => {
    if (!search.has(openAtParam) || !tree.data) return;
    if (visible(tree.data, at)) setUnitId(at as number);
    const next = new URLSearchParams(search);
    next.delete(openAtParam);
    setSearch(next, { replace: true });
  }, [search, at, tree.data, setUnitId, setSearch]);
  // What the user may do where, at the current unit by default: for the shell's pages and every remote.
  const access = useMemo(() => unitAccess(me.access, value.units, value.unitId, me.id), [me.access, value, me.id]);

  if (tree.isPending) return <FullPageSpin />;
  if (tree.isError) {
    return (
      <ResultScreen
        status="error"
        title={t('common:loadFailed')}
        subTitle={errorMessage(tree.error, t)}
        extra={<Button onClick={() => void tree.refetch()}>{t('common:retry')}</Button>}
      />
    );
  }
  return (
    <CurrentUnitContext.Provider value={value}>
      <AccessProvider value={access}>{children}</AccessProvider>
    </CurrentUnitContext.Provider>
  );
}

export function useCurrentUnit(): CurrentUnit {
  const value = useContext(CurrentUnitContext);
  if (!value) throw new Error('useCurrentUnit() outside CurrentUnitProvider');
  return value;
}
