import { useAccess } from '@strata/ui';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../trpc';
import { useCurrentUnit } from '../../unit/current-unit';

/** A count; `atLeast`: the service stopped counting at `value` (a list's bound), and there are more. */
type Figure = {
  key: string;
  title: string;
  value: number | undefined;
  atLeast?: boolean;
  failed: boolean;
  loading: boolean;
};
type Counted = { total: number; totalIsBound: boolean } | undefined;

/** Counts for the current unit's subtree, each from the service that owns it; one that is down shows as such. */
export function OverviewFigures() {
  const { t } = useTranslation('shell');
  const trpc = useTRPC();
  const access = useAccess();
  const { unit, units } = useCurrentUnit();
  const unitId = unit?.id;
  const inSubtree = unit ? units.filter((u) => u.path.startsWith(unit.path)).length : 0;
  const canUsers = access.has('user.read');
  const canContent = access.has('content.read');
  const users = useQuery({
    ...trpc.identity.users.list.queryOptions({ unitId, page: 1, pageSize: 1 }),
    enabled: canUsers && unitId !== undefined,
  });
  const articles = useQuery({
    ...trpc.content.articles.countByStatus.queryOptions({ unitId }),
    enabled: canContent && unitId !== undefined,
  });
  const figure = (key: string, query: { isError: boolean; isLoading: boolean }, counted: Counted): Figure => ({
    key,
    title: t(`overview.${key}`),
    value: counted?.total,
    atLeast: counted?.totalIsBound,
    failed: query.isError,
    loading: query.isLoading,
  });
  const figures: Figure[] = [
    { key: 'units', title: t('overview.units'), value: inSubtree, failed: false, loading: false },
    ...(canUsers ? [figure('users', users, users.data)] : []),
    ...(canContent
      ? [
          figure('published', articles, articles.data?.published),
          figure('inReview', articles, articles.data?.review),
          figure('drafts', articles, articles.data?.draft),
        ]
      : []),
  ];
  return (
    <Card title={t('overview.figures', { unit: unit?.name ?? '' })} data-testid="overview-figures">
      <Row gutter={[16, 16]}>
        {figures.map((f) => (
          <Col key={f.key} xs={12} md={8} lg={4}>
            <Statistic
              title={f.title}
              value={f.failed ? t('overview.notAvailable') : (f.value ?? 0)}
              suffix={f.atLeast && !f.failed ? '+' : undefined}
              loading={f.loading}
              data-testid={`overview-${f.key}`}
            />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
