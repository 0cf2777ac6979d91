// The map's legend: each level's colours, least to most, and the range of the figure they stand for. Its text takes
// the theme's colours, so it reads on the console's white ground and on the large screen's dark one alike.
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MapScale } from '../common/api-types';
import { colourOf, palette } from './map-view';

export function MapLegend({ figureName, scale }: { figureName: string; scale: readonly MapScale[] }) {
  const { t } = useTranslation('members');
  return (
    <Flex vertical gap={4} data-testid="map-legend">
      <Typography.Text strong>{t('map.legend', { figure: figureName })}</Typography.Text>
      {scale.map((level) => (
        <Flex key={level.kind} align="center" gap={8} wrap data-testid={`map-legend-${level.kind}`}>
          <Typography.Text style={{ minWidth: 96 }}>
            {t(`kind.${level.kind}`, { defaultValue: level.kind })}
          </Typography.Text>
          <span aria-hidden style={{ display: 'inline-flex' }}>
            {(level.min === level.max ? [colourOf(level.min, level)] : palette).map((colour) => (
              <span key={colour} style={{ width: 18, height: 12, background: colour, border: '1px solid #d9d9d9' }} />
            ))}
          </span>
          <Typography.Text data-testid={`map-legend-${level.kind}-range`}>
            {level.min === level.max
              ? level.min.toLocaleString()
              : t('map.legendRange', { min: level.min.toLocaleString(), max: level.max.toLocaleString() })}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
