// The unit map's answer for a subtree and a figure, and the words around it (the figure's name, a unit's tooltip):
// the map page and the large screen's map ask and say the same.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MapFigure, MapUnit } from '../common/api-types';
import { useTRPC } from '../trpc';

/** `refetchInterval`: asked afresh that often (the large screen); only when something changes otherwise. */
export function useMapUnits(unitId: number, figure: MapFigure, refetchInterval?: number) {
  const { t } = useTranslation('members');
  const trpc = useTRPC();
  const map = useQuery({
    ...trpc.members.map.units.queryOptions({ unitId, figure }),
    // The last answer stays drawn while another figure's (or a refresh) comes: the map does not blank meanwhile.
    placeholderData: keepPreviousData,
    ...(refetchInterval ? { refetchInterval } : {}),
  });
  const figureName = t(`figure.${figure}`);
  const describe = (unit: MapUnit) =>
    t('map.tooltip', { unit: unit.name, figure: figureName, value: unit.figures[figure].toLocaleString() });
  return { map, figureName, describe };
}
