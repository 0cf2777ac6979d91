// The large screen's ranking: the units directly below with the most members (or another figure), each a way to show
// that unit.
import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MapFigure, MapUnit } from '../common/api-types';
import { topUnitsBelow } from './map-view';

/** Five: as many as a room reads at a glance. */
const rankingSize = 5;

export function UnitRanking({
  units,
  unitId,
  figure,
  onUnit,
}: {
  units: readonly MapUnit[];
  unitId: number;
  figure: MapFigure;
  onUnit: (unitId: number) => void;
}) {
  const { t } = useTranslation('members');
  const top = topUnitsBelow(units, unitId, figure, rankingSize);
  return (
    <Card size="small" title={t('screen.ranking')} data-testid="screen-ranking">
      {top.length === 0 ? (
        <Typography.Text type="secondary">{t('screen.rankingEmpty')}</Typography.Text>
      ) : (
        <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {top.map((unit, index) => (
            <li key={unit.id}>
              {/* Neutral: showing another unit changes nothing on the server. */}
              <Button
                type="text"
                size="large"
                block
                onClick={() => onUnit(unit.id)}
                data-testid={`screen-ranking-unit-${unit.id}`}
                data-neutral
              >
                <Flex justify="space-between" align="center" gap={12} style={{ width: '100%', minWidth: 0 }}>
                  <Typography.Text ellipsis data-testid={`screen-ranking-name-${unit.id}`}>
                    {`${index + 1}. ${unit.name}`}
                  </Typography.Text>
                  <Typography.Text strong data-testid={`screen-ranking-value-${unit.id}`}>
                    {unit.figures[figure].toLocaleString()}
                  </Typography.Text>
                </Flex>
              </Button>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
