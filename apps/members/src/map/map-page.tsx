// The unit map: the units of the current unit's subtree on a map (townships' areas and every unit's point, coloured by
// the figure chosen), beside the same units as a list; a unit picked on either opens its panel. The figure is in the
// URL. The map itself (maplibre-gl) is fetched when this page draws it, never before; without
// it (no WebGL) the list and the panel still do everything but draw.

import { ErrorAlert, PageFrame } from '@strata/ui';
import { useAddressParams } from '@strata/ui/list-page';
import { Card, Flex, Select, Skeleton, Typography } from 'antd';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapFigure } from '../common/api-types';
import { mapFigures } from '../common/domain-values';
import { MapLegend } from './map-legend';
import { unlocated } from './map-view';
import { MoveBar, type Moving } from './move-bar';
import { UnitList } from './unit-list';
import { UnitPanel } from './unit-panel';
import { useMapUnits } from './use-map-units';

const UnitMap = lazy(() => import('./unit-map'));

const isFigure = (value: string | null): value is MapFigure =>
  value !== null && (mapFigures as readonly string[]).includes(value);

/** The figure the map shows, kept in the URL (`?figure=full`) so a view can be shared; members when none. */
function useFigure() {
  const [params, setParams] = useAddressParams();
  const param = params.get('figure');
  const figure: MapFigure = isFigure(param) ? param : 'members';
  const setFigure = (next: MapFigure) =>
    setParams((current) => {
      const out = new URLSearchParams(current);
      if (next === 'members') out.delete('figure');
      else out.set('figure', next);
      return out;
    });
  return [figure, setFigure] as const;
}

export function MapPage({ basePath, unitId }: { basePath: string; unitId: number }) {
  const { t } = useTranslation('members');
  const [figure, setFigure] = useFigure();
  // The unit picked stays on the page only: picking another one while moving a unit is no navigation to guard.
  const [selectedId, select] = useState<number>();
  const { map, figureName, describe } = useMapUnits(unitId, figure);
  const [moving, setMoving] = useState<Moving | null>(null);
  // Moving starts from the panel, below the map on a phone: the map, where the new place is picked, comes into view.
  const mapCard = useRef<HTMLDivElement>(null);
  const movingId = moving?.unit.id;
  useEffect(() => {
    if (movingId !== undefined) mapCard.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [movingId]);
  const units = map.data?.units;
  const selected = units?.find((u) => u.id === selectedId);
  // The unit being moved shows where its new place is so far.
  const shownUnits = useMemo(
    () =>
      units?.map((u) =>
        moving && u.id === moving.unit.id && moving.at ? { ...u, longitude: moving.at[0], latitude: moving.at[1] } : u,
      ),
    [units, moving],
  );

  return (
    <PageFrame
      title={t('map.title')}
      testId="map-page"
      extra={
        <Flex align="center" gap={8}>
          <label htmlFor="map-figure">{t('map.figure')}</label>
          <Select<MapFigure>
            id="map-figure"
            value={figure}
            style={{ minWidth: 140 }}
            options={mapFigures.map((key) => ({ value: key, label: t(`figure.${key}`) }))}
            onChange={setFigure}
            // Another figure is another URL: not while a unit's new place waits to be saved.
            disabled={moving !== null}
            data-testid="map-figure"
            data-neutral
          />
        </Flex>
      }
    >
      {map.error ? (
        <ErrorAlert error={map.error} onRetry={() => void map.refetch()} />
      ) : !map.data || !shownUnits ? (
        <Skeleton active />
      ) : (
        // Side by side where both fit, the list below the map on a phone.
        <Flex wrap gap={16} align="flex-start">
          <Flex vertical gap={12} style={{ flex: '3 1 520px', minWidth: 0 }}>
            <Card ref={mapCard} size="small" styles={{ body: { padding: 0 } }}>
              {/* Neutral: zooming and panning change nothing on the server. */}
              {/* As tall as the screen allows on a computer, about square on a phone (the municipality is round). */}
              <div style={{ height: 'clamp(300px, min(62vh, 90vw), 560px)' }} data-neutral>
                <Suspense fallback={<Skeleton active style={{ padding: 16 }} />}>
                  <UnitMap
                    units={shownUnits}
                    figure={figure}
                    scale={map.data.scale}
                    selectedId={selectedId}
                    onSelect={select}
                    moving={moving && { unitId: moving.unit.id, at: moving.at }}
                    onPick={(at) => moving && setMoving({ ...moving, at, from: 'map' })}
                    label={t('map.mapLabel')}
                    describe={describe}
                    unavailable={t('map.noMap')}
                  />
                </Suspense>
              </div>
            </Card>
            <MapLegend figureName={figureName} scale={map.data.scale} />
            {unlocated(map.data.units).length > 0 && (
              <Typography.Text type="secondary" data-testid="map-unlocated">
                {t('map.unlocated', { count: unlocated(map.data.units).length })}
              </Typography.Text>
            )}
          </Flex>
          <Flex vertical gap={12} style={{ flex: '2 1 320px', minWidth: 0 }}>
            {/* Beside the map, not above it: the map stays where it is while a place is picked on it. */}
            {moving && (
              <MoveBar
                moving={moving}
                onChange={(at) => setMoving({ ...moving, at, from: 'fields' })}
                onClose={() => setMoving(null)}
              />
            )}
            {selected && (
              <UnitPanel
                unit={selected}
                figure={figure}
                basePath={basePath}
                // One unit at a time: another's move is saved or cancelled first.
                moving={moving !== null}
                onMove={() =>
                  setMoving({
                    unit: selected,
                    at:
                      selected.latitude === null || selected.longitude === null
                        ? null
                        : [selected.longitude, selected.latitude],
                    from: 'fields',
                  })
                }
                onClose={() => select(undefined)}
              />
            )}
            <Card size="small" title={t('map.list')}>
              <UnitList units={map.data.units} figure={figure} selectedId={selectedId} onSelect={select} />
            </Card>
          </Flex>
        </Flex>
      )}
    </PageFrame>
  );
}
