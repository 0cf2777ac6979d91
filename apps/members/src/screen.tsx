// The members' centrepiece of the large screen (exposed as `members/Screen`): the unit map of the subtree coloured by
// members and asked for afresh every `refreshMs`, with the units below that have the most members beside it (below it
// where the screen is narrow) and the legend. A unit picked on either shows the screen at that unit. maplibre-gl loads
// with the map only; without WebGL the map says so and the ranking goes on.
import type { ScreenPieceProps } from '@strata/contract';
import { formatDateTime } from '@strata/i18n';
import { ErrorAlert } from '@strata/ui';
import { Card, Flex, Skeleton, Typography } from 'antd';
import { lazy, Suspense, use } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapFigure } from './common/api-types';
import { registerMembersMessages } from './common/register-members-messages';
import { MapLegend } from './map/map-legend';
import { UnitRanking } from './map/unit-ranking';
import { useMapUnits } from './map/use-map-units';

const UnitMap = lazy(() => import('./map/unit-map'));

const figure: MapFigure = 'members';
const pickNoPlace = () => undefined;

export default function MembersScreen(props: ScreenPieceProps) {
  const { i18n } = useTranslation();
  // The shell may load this before `./App`, or without it: the words are registered here too (a no-op once they are).
  const messages = registerMembersMessages(i18n, i18n.language);
  if (messages) use(messages);
  return <ScreenMap {...props} />;
}

function ScreenMap({ unitId, refreshMs, onUnit }: ScreenPieceProps) {
  const { t, i18n } = useTranslation('members');
  const { map, figureName, describe } = useMapUnits(unitId, figure, refreshMs);

  if (!map.data)
    return map.error ? (
      <ErrorAlert error={map.error} onRetry={() => void map.refetch()} />
    ) : (
      <Skeleton active paragraph={{ rows: 10 }} />
    );
  const { units, scale } = map.data;
  return (
    <Flex vertical gap={12} style={{ height: '100%' }} data-testid="members-screen">
      {/* A refresh that failed leaves the last figures up, said to be of their time, until the next one succeeds. */}
      {map.error && (
        <Typography.Text type="warning" data-testid="screen-stale">
          {t('screen.stale', { time: formatDateTime(new Date(map.dataUpdatedAt), i18n.language) })}
        </Typography.Text>
      )}
      <Flex wrap gap={16} style={{ flex: 1 }}>
        <Card size="small" style={{ flex: '3 1 480px', minWidth: 0 }} styles={{ body: { padding: 0, height: '100%' } }}>
          {/* Neutral: zooming and panning change nothing on the server. About the screen's height, less its title. */}
          <div style={{ height: '100%', minHeight: 'clamp(320px, calc(100vh - 220px), 1600px)' }} data-neutral>
            <Suspense fallback={<Skeleton active style={{ padding: 16 }} />}>
              <UnitMap
                units={units}
                figure={figure}
                scale={scale}
                selectedId={undefined}
                onSelect={onUnit}
                moving={null}
                onPick={pickNoPlace}
                label={t('screen.mapLabel')}
                describe={describe}
                unavailable={t('screen.noMap')}
              />
            </Suspense>
          </div>
        </Card>
        <Flex vertical gap={16} style={{ flex: '1 1 240px', minWidth: 0 }}>
          <UnitRanking units={units} unitId={unitId} figure={figure} onUnit={onUnit} />
          <MapLegend figureName={figureName} scale={scale} />
        </Flex>
      </Flex>
    </Flex>
  );
}
