import { formatDateTime } from '@strata/i18n';
import { Permitted } from '@strata/ui';
import type { ListColumn } from '@strata/ui/list-page';
import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../api-types';
import { UserGrantTags } from './user-grant-tags';
import { userStatus } from './users-csv';

type Options = {
  onEdit: (user: UserRow) => void;
  onReset: (user: UserRow) => void;
  onGrant: (user: UserRow) => void;
  onUnlock: (user: UserRow) => void;
};

const statusColor = { disabled: undefined, locked: 'orange', active: 'green' } as const;

export function useUserColumns({ onEdit, onReset, onGrant, onUnlock }: Options): ListColumn<UserRow>[] {
  const { t, i18n } = useTranslation('shell');
  // An account holding roles beyond the caller's scope is managed by a higher admin (the server refuses).
  const beyond = (user: UserRow) => user.grantsOutsideScope > 0;
  const hint = (user: UserRow) => (beyond(user) ? t('users.beyondScopeHint') : undefined);
  return [
    { key: 'username', title: t('users.username'), dataIndex: 'username', width: 140, sorter: true, ellipsis: true },
    {
      key: 'displayName',
      title: t('users.displayName'),
      dataIndex: 'displayName',
      width: 120,
      sorter: true,
      ellipsis: true,
    },
    { key: 'unit', title: t('users.unit'), dataIndex: 'unitName', width: 160, ellipsis: true },
    {
      key: 'status',
      title: t('users.status'),
      width: 100,
      render: (_, user) => {
        const status = userStatus(user);
        return <Tag color={statusColor[status]}>{t(`users.statusOf.${status}`)}</Tag>;
      },
    },
    {
      key: 'lastSignInAt',
      title: t('users.lastSignInAt'),
      dataIndex: 'lastSignInAt',
      width: 160,
      sorter: true,
      render: (at: string | null) =>
        at ? (
          formatDateTime(at, i18n.language)
        ) : (
          <Typography.Text type="secondary">{t('users.neverSignedIn')}</Typography.Text>
        ),
    },
    { key: 'grants', title: t('users.grants'), width: 240, render: (_, user) => <UserGrantTags user={user} /> },
    {
      key: 'actions',
      title: t('common:actions'),
      width: 280,
      render: (_, user) => (
        <Space size={0} wrap>
          <Tooltip title={hint(user)}>
            <Permitted permission="user.manage" unitId={user.unitId}>
              <Button type="link" size="small" disabled={beyond(user)} onClick={() => onEdit(user)}>
                {t('common:edit')}
              </Button>
            </Permitted>
          </Tooltip>
          <Tooltip title={hint(user)}>
            <Permitted permission="user.manage" unitId={user.unitId}>
              <Button type="link" size="small" disabled={beyond(user)} onClick={() => onReset(user)}>
                {t('users.resetPassword')}
              </Button>
            </Permitted>
          </Tooltip>
          {user.locked && !user.disabled && (
            <Tooltip title={hint(user)}>
              <Permitted permission="user.manage" unitId={user.unitId}>
                <Button
                  type="link"
                  size="small"
                  disabled={beyond(user)}
                  onClick={() => onUnlock(user)}
                  data-testid={`users-unlock-${user.id}`}
                >
                  {t('users.unlock')}
                </Button>
              </Permitted>
            </Tooltip>
          )}
          <Permitted permission="user.manage" unitId={user.unitId}>
            <Button type="link" size="small" onClick={() => onGrant(user)}>
              {t('users.addGrant')}
            </Button>
          </Permitted>
        </Space>
      ),
    },
  ];
}
