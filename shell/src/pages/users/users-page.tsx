import { PlusOutlined } from '@ant-design/icons';
import { ErrorAlert, ExportCsvButton, PageFrame, useTablePaging } from '@strata/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Input, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRow, UserSort } from '../../api-types';
import { useTRPC, useTRPCClient } from '../../trpc';
import { useCurrentUnit } from '../../unit/current-unit';
import { GrantAddModal } from './grant-add-modal';
import { ResetPasswordModal } from './reset-password-modal';
import { useUserColumns } from './user-columns';
import { UserFormModal } from './user-form-modal';
import { toUserSort } from './user-sort';
import { userCsvColumns } from './users-csv';

/** Users of the current unit's subtree, paged on the server, with their grants. */
export default function UsersPage() {
  const { t } = useTranslation('shell');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const { unitId } = useCurrentUnit();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<UserSort>();
  const paging = useTablePaging(t);
  const [editing, setEditing] = useState<{ user: UserRow | undefined }>();
  const [resetting, setResetting] = useState<UserRow>();
  const [granting, setGranting] = useState<UserRow>();
  // The table and the export ask for the same users in the same order.
  const filter = { unitId, search: search || undefined, ...sort };
  const list = useQuery({
    ...trpc.identity.users.list.queryOptions({ ...filter, page: paging.page, pageSize: paging.pageSize }),
    placeholderData: keepPreviousData,
  });
  const columns = useUserColumns({
    sort,
    onEdit: (user) => setEditing({ user }),
    onReset: setResetting,
    onGrant: setGranting,
  });

  return (
    <PageFrame
      title={t('users.title')}
      testId="users-page"
      extra={
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t('users.searchPlaceholder')}
            aria-label={t('common:search')}
            data-testid="users-search"
            onSearch={(value) => {
              setSearch(value.trim());
              paging.reset();
            }}
            style={{ width: 240 }}
          />
          <ExportCsvButton
            fetchPage={(page, pageSize, signal) =>
              client.identity.users.list.query({ ...filter, page, pageSize }, { signal })
            }
            columns={userCsvColumns(t)}
            fileName={t('users.csvFile')}
            testId="users-export"
          />
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ user: undefined })}
            data-testid="users-create"
          >
            {t('users.create')}
          </Button>
        </Space>
      }
    >
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<UserRow>
        rowKey="id"
        data-testid="users-table"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        pagination={paging.pagination(list.data?.total)}
        onChange={(_pagination, _filters, sorter, extra) => {
          if (extra.action !== 'sort') return;
          setSort(toUserSort(sorter));
          paging.reset();
        }}
        scroll={{ x: 900 }}
      />
      <UserFormModal open={editing !== undefined} user={editing?.user} onClose={() => setEditing(undefined)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(undefined)} />
      <GrantAddModal user={granting} onClose={() => setGranting(undefined)} />
    </PageFrame>
  );
}
