// The large screen: the dashboard of the current unit's subtree for a meeting-room display, full screen on a dark
// ground, asking for its figures afresh every minute. The members' unit map (a remote's `./Screen`, fetched with its
// map library only here) sits at the centre; the dashboard's cards stand on either side (below it on a phone). A unit
// picked on the map, or named in a card, re-scopes the screen to it.
import { type RemoteManifestEntry, type ScreenPieceProps, widgetWords } from '@strata/contract';
import { formatDateTimeSeconds } from '@strata/i18n';
import { useAccess } from '@strata/ui';
import { useQueryClient } from '@tanstack/react-query';
import { Button, ConfigProvider, Empty, Flex, Grid, Skeleton, Typography, theme } from 'antd';
import { type ComponentType, lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RemoteErrorBoundary } from '../../federation/remote-error-boundary';
import { defaultRemoteTimeoutMs, useRemoteManifest } from '../../federation/use-remote-manifest';
import { useCurrentUnit } from '../../unit/current-unit';
import { useShownCards } from '../overview/use-cards';
import { cardsByView } from '../overview/views';
import { WidgetCard } from '../overview/widget-card';

/** How often the screen asks for its figures afresh. */
export const screenRefreshMs = 60_000;

// Its own dark theme, not the console's (whose text colours are tuned for a white ground).
const dark = { inherit: false, algorithm: theme.darkAlgorithm, token: { colorPrimary: '#e0283f', fontSize: 15 } };

// The screen's words, kept beside it as the dashboard's lazy parts keep theirs: the console's first chunk holds none.
const words = {
  'zh-CN': {
    title: '{unit}数据大屏',
    refreshed: '每分钟自动刷新 · 更新于 {time}',
    fullScreen: '全屏',
    exit: '返回控制台',
    nothing: '当前单位没有可展示的数据',
    centreUnavailable: '地图暂时无法加载',
  },
  'en-US': {
    title: '{unit} at a glance',
    refreshed: 'Refreshes every minute · updated {time}',
    fullScreen: 'Full screen',
    exit: 'Back to the console',
    nothing: 'No figures to show at this unit',
    centreUnavailable: 'The map could not be loaded',
  },
};

// One lazy component per remote and attempt: the centrepiece is fetched once, and again on a retry.
const pieces = new Map<string, ComponentType<ScreenPieceProps>>();
function pieceOf(remote: RemoteManifestEntry, expose: string, attempt: number, timeoutMs: number) {
  const key = `${remote.name}#${attempt}`;
  let piece = pieces.get(key);
  if (!piece) {
    piece = lazy(() =>
      import('../../federation/remote-registry').then((r) =>
        r.loadRemoteApp<{ default: ComponentType<ScreenPieceProps> }>(remote, attempt, timeoutMs, expose),
      ),
    );
    pieces.set(key, piece);
  }
  return piece;
}

export default function ScreenPage() {
  return (
    <ConfigProvider theme={dark}>
      <Screen />
    </ConfigProvider>
  );
}

function Screen() {
  const { t, i18n } = useTranslation('shell');
  const w = widgetWords(words, i18n.language);
  const { token } = theme.useToken();
  const wide = Grid.useBreakpoint().xl === true;
  const { unit, setUnitId } = useCurrentUnit();
  const cards = cardsByView(useShownCards(unit?.id)).dashboard;
  const refreshedAt = useRefresh();
  const clock = formatDateTimeSeconds(refreshedAt, i18n.language);
  const half = Math.ceil(cards.length / 2);
  const column = (part: typeof cards) => (
    <Flex vertical gap={16} style={{ minWidth: 0 }}>
      {unit &&
        part.map((card) => (
          <WidgetCard key={`${card.remote}/${card.widget.id}/${unit.id}`} card={card} unitId={unit.id} at="/screen" />
        ))}
    </Flex>
  );
  return (
    <main
      data-testid="screen-page"
      style={{ minHeight: '100vh', background: token.colorBgLayout, color: token.colorText, padding: wide ? 24 : 12 }}
    >
      <Flex wrap justify="space-between" align="center" gap={12} style={{ marginBottom: 16 }}>
        <Typography.Title level={2} style={{ margin: 0 }} data-testid="screen-title">
          {unit ? w.title.replace('{unit}', unit.name) : t('header.noUnit')}
        </Typography.Title>
        <Flex wrap align="center" gap={12}>
          <Typography.Text type="secondary" data-testid="screen-refreshed">
            {w.refreshed.replace('{time}', clock)}
          </Typography.Text>
          <Button
            data-neutral
            data-testid="screen-full"
            onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
          >
            {w.fullScreen}
          </Button>
          <Link to="/" data-testid="screen-exit">
            {w.exit}
          </Link>
        </Flex>
      </Flex>
      {cards.length === 0 ? (
        <Empty description={w.nothing} />
      ) : (
        <div
          style={{
            display: 'grid',
            gap: 16,
            gridTemplateColumns: wide ? 'minmax(300px, 1fr) minmax(0, 2fr) minmax(300px, 1fr)' : 'minmax(0, 1fr)',
          }}
        >
          {wide && column(cards.slice(0, half))}
          {unit && <Centre unitId={unit.id} onUnit={setUnitId} />}
          {wide ? column(cards.slice(half)) : column(cards)}
        </div>
      )}
    </main>
  );
}

/** Every `screenRefreshMs`, the cards' figures asked for afresh; answers the last time it did. */
function useRefresh() {
  const queryClient = useQueryClient();
  const [refreshedAt, setRefreshedAt] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => {
      void queryClient.invalidateQueries({ queryKey: ['strata', 'widget'] });
      setRefreshedAt(new Date());
    }, screenRefreshMs);
    return () => clearInterval(timer);
  }, [queryClient]);
  return refreshedAt;
}

/** The remote's centrepiece the user may see at the unit (the members' map), with its own fallback and retry. */
function Centre({ unitId, onUnit }: { unitId: number; onUnit: (unitId: number) => void }) {
  const { t, i18n } = useTranslation('shell');
  const w = widgetWords(words, i18n.language);
  const access = useAccess();
  const manifest = useRemoteManifest();
  const [attempt, setAttempt] = useState(0);
  const remote = manifest.data?.remotes.find(
    (r) => r.screen && !r.incompatible && access.can(r.screen.permission, unitId),
  );
  const height = { minHeight: 480 };
  if (!remote?.screen) return <div style={height} />;
  const Piece = pieceOf(
    remote,
    remote.screen.expose,
    attempt,
    manifest.data?.remoteTimeoutMs ?? defaultRemoteTimeoutMs,
  );
  return (
    <div style={height} data-testid="screen-centre">
      <RemoteErrorBoundary
        key={attempt}
        fallback={
          <Flex vertical align="center" gap={12} style={{ padding: 48 }} data-testid="screen-centre-unavailable">
            <Typography.Text type="warning">{w.centreUnavailable}</Typography.Text>
            <Button data-neutral onClick={() => setAttempt((n) => n + 1)}>
              {t('common:retry')}
            </Button>
          </Flex>
        }
      >
        <Suspense fallback={<Skeleton active paragraph={{ rows: 10 }} />}>
          <Piece unitId={unitId} refreshMs={screenRefreshMs} onUnit={onUnit} />
        </Suspense>
      </RemoteErrorBoundary>
    </div>
  );
}
