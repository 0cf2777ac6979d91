import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { PageFrame, Permitted, toUnitTree } from '@strata/ui';
import { ListTable, useListQuery } from '@strata/ui/list-page';
import { usePageMessages } from '@strata/ui/page-messages';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Input, Select, TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../api-types';
import { useMe } from '../../session/session-context';
import { useTRPC, useTRPCClient } from '../../trpc';
import { useCurrentUnit } from '../../unit/current-unit';
import { GrantAddModal } from './grant-add-modal';
import { ImportUsersModal } from './import-users-modal';
import { ResetPasswordModal } from './reset-password-modal';
import { useUnlockUser } from './use-unlock-user';
import { useUserColumns } from './user-columns';
import { UserFormModal } from './user-form-modal';
import { userExportColumns } from './users-csv';
import { usersListSpec } from './users-list-spec';
import { usersMessages } from './users-messages';

/** Users of the current unit's subtree: filtered, sorted and paged on the server (state in the URL), with their grants. */
export default function UsersPage() {
  usePageMessages('shell', 'users', usersMessages);
  const { t, i18n } = useTranslation('shell');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const me = useMe();
  const { unitId, unit, units } = useCurrentUnit();
  const list = useListQuery(usersListSpec, { scope: unitId });
  const { filters } = list.query;
  const [editing, setEditing] = useState<{ user: UserRow | undefined }>();
  const [resetting, setResetting] = useState<UserRow>();
  const [granting, setGranting] = useState<UserRow>();
  const [importing, setImporting] = useState(false);
  const unlock = useUnlockUser();
  // The table and the export ask for the same users in the same order; the unit filter narrows the current unit.
  const filter = {
    ...filters,
    unitId: filters.unitId ?? unitId,
    ...(list.query.sort ? { sort: list.query.sort, order: list.query.order } : {}),
  };
  const result = useQuery({
    ...trpc.identity.users.list.queryOptions({ ...filter, page: list.query.page, pageSize: list.query.pageSize }),
    placeholderData: keepPreviousData,
  });
  const roles = useQuery(trpc.identity.grants.roles.queryOptions());
  const below = useMemo(() => units.filter((u) => unit && u.path.startsWith(unit.path)), [units, unit]);
  const treeData = useMemo(() => toUnitTree(below), [below]);
  const columns = useUserColumns({
    onEdit: (user) => setEditing({ user }),
    onReset: setResetting,
    onGrant: setGranting,
    onUnlock: unlock,
  });
  const any = t('common:listAny');

  return (
    <PageFrame title={t('users.title')} testId="users-page">
      <ListTable
        listId="users"
        label={t('users.title')}
        userId={me.id}
        testId="users"
        list={list}
        rowKey="id"
        columns={columns}
        result={{ ...result, error: result.error }}
        scrollX={1200}
        searchFields={[
          {
            name: 'search',
            label: t('users.searchLabel'),
            input: (
              <Input type="search" allowClear placeholder={t('users.searchPlaceholder')} data-testid="users-search" />
            ),
          },
          {
            name: 'unitId',
            label: t('users.unitFilter'),
            input: (
              <TreeSelect
                allowClear
                placeholder={any}
                treeData={treeData}
                treeDefaultExpandAll
                showSearch
                treeNodeFilterProp="title"
                data-testid="users-filter-unit"
              />
            ),
          },
          {
            name: 'role',
            label: t('users.roleFilter'),
            input: (
              <Select
                allowClear
                placeholder={any}
                loading={roles.isPending}
                options={(roles.data ?? []).map(({ role }) => ({
                  value: role,
                  label: t(`domain:role.${role}`, { defaultValue: role }),
                }))}
                data-testid="users-filter-role"
              />
            ),
          },
          {
            name: 'status',
            label: t('users.statusFilter'),
            input: (
              <Select
                allowClear
                placeholder={any}
                options={(['active', 'disabled', 'locked'] as const).map((s) => ({
                  value: s,
                  label: t(`users.statusOf.${s}`),
                }))}
                data-testid="users-filter-status"
              />
            ),
          },
        ]}
        actions={
          <>
            <Permitted permission="user.manage">
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing({ user: undefined })}
                data-testid="users-create"
              >
                {t('users.create')}
              </Button>
            </Permitted>
            <Permitted permission="user.manage">
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="users-import">
                {t('users.import')}
              </Button>
            </Permitted>
          </>
        }
        exporting={{
          fetchPage: (page, pageSize, signal) =>
            client.identity.users.list.query({ ...filter, page, pageSize }, { signal }),
          columns: userExportColumns(t, i18n.language),
          fileName: t('users.csvFile'),
        }}
      />
      <UserFormModal open={editing !== undefined} user={editing?.user} onClose={() => setEditing(undefined)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(undefined)} />
      <GrantAddModal user={granting} onClose={() => setGranting(undefined)} />
      <ImportUsersModal open={importing} unit={unit} onClose={() => setImporting(false)} />
    </PageFrame>
  );
}
