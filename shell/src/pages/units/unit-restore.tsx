import { Permitted } from '@strata/ui';
import { useMutation } from '@tanstack/react-query';
import { Button, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Unit, UnitDetails } from '../../api-types';
import { useTRPC } from '../../trpc';
import { confirmStyles } from './confirm-styles';
import { useTreeChangeFeedback } from './use-units-invalidation';

type Props = { unit: UnitDetails; units: Unit[] };

/**
 * Restoring an archived unit, after a confirmation. Under an archived parent the server refuses it
 * (unitParentArchived): the page says so up front, naming the parent, rather than after the confirmation.
 */
export function UnitRestore({ unit, units }: Props) {
  const { t } = useTranslation('shell');
  const trpc = useTRPC();
  const restore = useMutation(trpc.identity.units.restore.mutationOptions(useTreeChangeFeedback('units.restored')));
  const archivedParent = units.find((u) => u.id === unit.parentId && u.archivedAt !== null);

  if (archivedParent) {
    return (
      <Space wrap>
        <Permitted permission="unit.manage" unitId={unit.id}>
          <Button disabled data-testid="unit-restore">
            {t('units.restore')}
          </Button>
        </Permitted>
        <Typography.Text type="secondary" data-testid="unit-restore-blocked">
          {t('units.restoreBlocked', { parent: archivedParent.name })}
        </Typography.Text>
      </Space>
    );
  }
  return (
    <Popconfirm
      title={t('units.restore')}
      description={t('units.restoreConfirm', { name: unit.name })}
      okText={t('units.restore')}
      cancelText={t('common:cancel')}
      styles={confirmStyles}
      onConfirm={() => restore.mutateAsync({ id: unit.id }).catch(() => undefined)}
    >
      <Permitted permission="unit.manage" unitId={unit.id}>
        <Button type="primary" loading={restore.isPending} data-testid="unit-restore">
          {t('units.restore')}
        </Button>
      </Permitted>
    </Popconfirm>
  );
}
