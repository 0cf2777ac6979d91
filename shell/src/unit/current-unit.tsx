import { AccessProvider, errorMessage, ResultScreen, unitAccess } from '@strata/ui';
import { useQuery } from '@tanstack/react-query';
import { Button } from 'antd';
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
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

function pickInitial(units: Unit[], userId: number, chosen: number | undefined): number | undefined {
  const valid = (id: number | undefined) => (id !== undefined && units.some((u) => u.id === id) ? id : undefined);
  const fromUrl = Number(new URLSearchParams(window.location.search).get('unit')) || undefined;
  const stored = Number(localStorage.getItem(storageKey(userId))) || undefined;
  // The tree is ordered by path, so its first unit is the highest one the user holds a grant on.
  return valid(chosen) ?? valid(fromUrl) ?? valid(stored) ?? units[0]?.id;
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

  const value = useMemo<CurrentUnit>(() => {
    const units = tree.data ?? [];
    const unitId = pickInitial(units, me.id, chosen);
    return {
      units,
      unitId,
      unit: units.find((u) => u.id === unitId),
      setUnitId: (id) => {
        localStorage.setItem(storageKey(me.id), String(id));
        setChosen(id);
      },
    };
  }, [tree.data, chosen, me.id]);
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
