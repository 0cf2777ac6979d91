import { Permitted } from '@strata/ui';
import { Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RecycleBinRow } from '../common/api-types';
import type { useRecycleBinActions } from './use-recycle-bin-actions';

interface Props {
  row: RecycleBinRow;
  actions: ReturnType<typeof useRecycleBinActions>;
}

/** Restore (while the days last, for a reviewer) and purge (for an admin), each confirmed in plain words. */
export function RecycleBinRowActions({ row, actions: { restore, purge } }: Props) {
  const { t } = useTranslation('content');
  const status = t(`articleStatus.${row.status}`);
  const busy = (m: typeof restore | typeof purge) => m.isPending && m.variables?.id === row.id;
  return (
    <Space size={0}>
      {row.actions.restore && (
        <Popconfirm
          title={t('recycleBin.restoreTitle')}
          description={[
            t('recycleBin.restoreConfirm', { status }),
            row.status === 'published' ? t('recycleBin.restorePublic') : '',
          ].join(' ')}
          okText={t('recycleBin.restore')}
          onConfirm={() => restore.mutate({ id: row.id })}
        >
          <Permitted permission="content.review" unitId={row.unitId}>
            <Button type="link" size="small" loading={busy(restore)} data-testid={`bin-restore-${row.id}`}>
              {t('recycleBin.restore')}
            </Button>
          </Permitted>
        </Popconfirm>
      )}
      {row.actions.purge && (
        <Popconfirm
          title={t('recycleBin.purgeTitle')}
          description={t('recycleBin.purgeConfirm')}
          okButtonProps={{ danger: true }}
          okText={t('recycleBin.purge')}
          onConfirm={() => purge.mutate({ id: row.id })}
        >
          <Permitted permission="content.purge" unitId={row.unitId}>
            <Button type="link" size="small" danger loading={busy(purge)} data-testid={`bin-purge-${row.id}`}>
              {t('recycleBin.purge')}
            </Button>
          </Permitted>
        </Popconfirm>
      )}
    </Space>
  );
}
