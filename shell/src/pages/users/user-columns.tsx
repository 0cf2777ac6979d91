import { Button, Space, type TableColumnsType, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserRow, UserSort } from '../../api-types';
import { UserGrantTags } from './user-grant-tags';
import { sortOrderOf } from './user-sort';

type Options = {
  sort: UserSort | undefined;
  onEdit: (user: UserRow) => void;
  onReset: (user: UserRow) => void;
  onGrant: (user: UserRow) => void;
};

export function useUserColumns({ sort, onEdit, onReset, onGrant }: Options): TableColumnsType<UserRow> {
  const { t } = useTranslation('shell');
  return [
    {
      key: 'username',
      title: t('users.username'),
      dataIndex: 'username',
      width: 140,
      sorter: true,
      sortOrder: sortOrderOf(sort, 'username'),
    },
    {
      key: 'displayName',
      title: t('users.displayName'),
      dataIndex: 'displayName',
      width: 120,
      sorter: true,
      sortOrder: sortOrderOf(sort, 'displayName'),
    },
    { title: t('users.unit'), dataIndex: 'unitName', width: 160 },
    {
      title: t('users.status'),
      width: 100,
      render: (_, user) =>
        user.disabled ? (
          <Tag>{t('users.disabled')}</Tag>
        ) : user.locked ? (
          <Tag color="orange">{t('users.locked')}</Tag>
        ) : (
          <Tag color="green">{t('users.enabled')}</Tag>
        ),
    },
    { title: t('users.grants'), render: (_, user) => <UserGrantTags user={user} /> },
    {
      title: t('common:actions'),
      width: 260,
      fixed: 'right',
      render: (_, user) => (
        <Space size={0} wrap>
          <Tooltip title={user.grantsOutsideScope > 0 ? t('users.beyondScopeHint') : undefined}>
            <Button type="link" size="small" disabled={user.grantsOutsideScope > 0} onClick={() => onEdit(user)}>
              {t('common:edit')}
            </Button>
          </Tooltip>
          <Tooltip title={user.grantsOutsideScope > 0 ? t('users.beyondScopeHint') : undefined}>
            <Button type="link" size="small" disabled={user.grantsOutsideScope > 0} onClick={() => onReset(user)}>
              {t('users.resetPassword')}
            </Button>
          </Tooltip>
          <Button type="link" size="small" onClick={() => onGrant(user)}>
            {t('users.addGrant')}
          </Button>
        </Space>
      ),
    },
  ];
}
