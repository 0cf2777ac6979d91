// The unit picked on the map or in the list: every figure of its subtree, where it is, and the ways on from it: its
// members in the registry, its place in the organisation, its public site; and, for its managers, moving it.
import { pathAt } from '@strata/contract';
import { Permitted } from '@strata/ui';
import { Button, Card, Descriptions, Flex, Tag } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MapFigure, MapUnit } from '../common/api-types';
import { mapFigures } from '../common/domain-values';
import { degrees } from './map-view';

export function UnitPanel({
  unit,
  figure,
  basePath,
  moving,
  onMove,
  onClose,
}: {
  unit: MapUnit;
  /** The figure the map shows: marked among the others. */
  figure: MapFigure;
  basePath: string;
  /** A unit is being moved (this one or another): no second move starts meanwhile. */
  moving: boolean;
  onMove: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('members');
  const located = unit.latitude !== null && unit.longitude !== null;
  // On a phone the panel sits below the map: a unit picked there is brought into view.
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (unit.id) card.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [unit.id]);
  return (
    <Card
      ref={card}
      size="small"
      data-testid="map-panel"
      title={
        <Flex gap={8} align="center" wrap>
          <span data-testid="map-panel-name">{unit.name}</span>
          <Tag>{t(`kind.${unit.kind}`, { defaultValue: unit.kind })}</Tag>
        </Flex>
      }
      extra={
        <Button size="small" type="text" onClick={onClose} data-testid="map-panel-close" data-neutral>
          {t('map.panel.close')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          title={t('map.panel.figures')}
          data-testid="map-panel-figures"
          items={mapFigures.map((key) => ({
            key,
            label: key === figure ? <strong>{t(`figure.${key}`)}</strong> : t(`figure.${key}`),
            children: <span data-testid={`map-panel-figure-${key}`}>{unit.figures[key].toLocaleString()}</span>,
          }))}
        />
        <div data-testid="map-panel-place">
          {t('map.panel.place', {
            place: located
              ? t('map.panel.placeValue', {
                  latitude: degrees(unit.latitude as number),
                  longitude: degrees(unit.longitude as number),
                })
              : t('map.panel.noPlace'),
          })}
        </div>
        <Flex gap={8} wrap>
          <Link to={`${basePath}/registry?unitId=${unit.id}`} data-testid="map-panel-registry">
            {t('map.panel.registry')}
          </Link>
          {/* The shell's organisation page, opened at the unit (`?at=`, the shell makes it the current one). */}
          <Link to={pathAt('/units', unit.id)} data-testid="map-panel-organisation">
            {t('map.panel.organisation')}
          </Link>
          {unit.siteCode && (
            <a href={`/site/${unit.siteCode}/`} target="_blank" rel="noopener" data-testid="map-panel-site">
              {t('map.panel.site')}
            </a>
          )}
        </Flex>
        {!moving && (
          <Permitted permission="unit.manage" unitId={unit.id}>
            <Button onClick={onMove} data-testid="map-panel-move" style={{ alignSelf: 'flex-start' }}>
              {t('map.panel.move')}
            </Button>
          </Permitted>
        )}
      </Flex>
    </Card>
  );
}
