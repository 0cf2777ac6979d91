import type { WidgetFigure } from '@strata/contract';
import { PageFrame, useAccess } from '@strata/ui';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRemoteManifest } from '../../federation/use-remote-manifest';
import { useMe } from '../../session/session-context';
import { useTRPC } from '../../trpc';
import { useCurrentUnit } from '../../unit/current-unit';
import { FigureRow } from './figure-row';
import { WidgetCard } from './widget-card';

/**
 * The dashboard of the current unit's subtree: the shell's own card (the units and accounts in it, what the user
 * holds), then every card the teams offer that the user may see there, each loading and failing on its own.
 */
export default function OverviewPage() {
  const { t } = useTranslation('shell');
  const me = useMe();
  const { unit } = useCurrentUnit();
  return (
    <PageFrame title={t('overview.welcome', { name: me.displayName })} testId="overview-page">
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12} xl={8}>
          <UnitCard />
        </Col>
        {/* Keyed by unit: another unit's card starts afresh, never showing the last unit's figures under it. */}
        {unit && <TeamCards key={unit.id} unitId={unit.id} />}
      </Row>
    </PageFrame>
  );
}

/** The current unit: the units and accounts in its subtree, and the user's grants. */
function UnitCard() {
  const { t, i18n } = useTranslation('shell');
  const trpc = useTRPC();
  const access = useAccess();
  const me = useMe();
  const { unit, units } = useCurrentUnit();
  const canUsers = access.has('user.read');
  const users = useQuery({
    ...trpc.identity.users.list.queryOptions({ unitId: unit?.id, page: 1, pageSize: 1 }),
    enabled: canUsers && unit !== undefined,
  });
  const figures: WidgetFigure[] = [
    {
      label: t('overview.units'),
      value: unit ? units.filter((u) => u.path.startsWith(unit.path)).length : 0,
      format: 'count',
    },
  ];
  if (canUsers)
    figures.push({
      label: t('overview.users'),
      value: users.data?.total ?? null,
      format: 'count',
      atLeast: users.data?.totalIsBound,
    });
  return (
    <Card
      size="small"
      title={unit ? t('overview.figures', { unit: unit.name }) : t('header.noUnit')}
      extra={unit && <Typography.Text type="secondary">{t(`domain:unitKind.${unit.kind}`)}</Typography.Text>}
      data-testid="overview-unit"
      style={{ height: '100%' }}
    >
      <Flex vertical gap={12}>
        <FigureRow figures={figures} locale={i18n.language} testId="overview-unit" />
        <Typography.Text type="secondary">{t('overview.grants')}</Typography.Text>
        <Flex wrap gap={4}>
          {me.grants.length === 0 ? (
            <Typography.Text>{t('users.noGrants')}</Typography.Text>
          ) : (
            me.grants.map((grant) => (
              <Tag key={grant.id} color="red">
                {t(`domain:role.${grant.role}`, { defaultValue: grant.role })} · {grant.unitName}
              </Tag>
            ))
          )}
        </Flex>
      </Flex>
    </Card>
  );
}

/** Every card the mounted remotes offer that the user may see at the unit, in the manifest's order. */
function TeamCards({ unitId }: { unitId: number }) {
  const access = useAccess();
  const manifest = useRemoteManifest();
  return (manifest.data?.remotes ?? []).flatMap((remote) => {
    // A card's module imports nothing shared: it draws even where the remote's app is unavailable.
    const widgets = remote.widgets;
    if (!widgets) return [];
    return widgets.list
      .filter((widget) => access.can(widget.permission, unitId))
      .map((widget) => (
        <Col key={`${remote.name}/${widget.id}`} xs={24} md={12} xl={8}>
          <WidgetCard remote={remote} module={widgets.module} widget={widget} unitId={unitId} />
        </Col>
      ));
  });
}
