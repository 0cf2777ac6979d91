import { formatDateTime } from '@strata/i18n';
import { ErrorAlert } from '@strata/ui';
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Empty, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../api-types';
import { useTRPC } from '../../trpc';
import { UnitActions } from './unit-actions';

type Props = { unitId: number | undefined; units: Unit[]; onSelect: (id: number) => void };

/** `units.get` for the selected unit, with its actions. */
export function UnitDetails({ unitId, units, onSelect }: Props) {
  const { t, i18n } = useTranslation('shell');
  const trpc = useTRPC();
  const details = useQuery({
    ...trpc.identity.units.get.queryOptions({ id: unitId ?? 0 }),
    enabled: unitId !== undefined,
  });

  if (unitId === undefined) {
    return (
      <Card title={t('units.details')}>
        <Empty description={t('units.selectHint')} />
      </Card>
    );
  }
  const unit = details.data;
  return (
    <Card
      title={unit?.name ?? t('units.details')}
      extra={unit && <UnitActions unit={unit} units={units} onCreated={onSelect} />}
      data-testid="unit-details"
    >
      {details.isPending && <Skeleton active />}
      {details.isError && <ErrorAlert error={details.error} onRetry={() => void details.refetch()} />}
      {unit && (
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t('units.name')}>{unit.name}</Descriptions.Item>
          <Descriptions.Item label={t('units.kind')}>{t(`domain:unitKind.${unit.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('units.parent')}>{unit.parentName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('units.path')}>{unit.path}</Descriptions.Item>
          <Descriptions.Item label={t('units.childCount')}>{unit.childCount}</Descriptions.Item>
          <Descriptions.Item label={t('units.userCount')}>{unit.userCount}</Descriptions.Item>
          <Descriptions.Item label={t('users.status')}>
            {unit.archivedAt ? (
              <Tag>
                {t('units.archived')} · {formatDateTime(unit.archivedAt, i18n.language)}
              </Tag>
            ) : (
              <Tag color="green">{t('units.active')}</Tag>
            )}
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
