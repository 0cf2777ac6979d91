// The teams of the current unit's subtree: found by name and state, sorted by name or size on the server, the state
// in the URL, with their members and the requests waiting; a coordinator of the unit starts a team.
import { PlusOutlined } from '@ant-design/icons';
import { volunteerLimits, volunteerTeamStatuses } from '@strata/contract';
import { PageFrame, Permitted, useAccess } from '@strata/ui';
import {
  type ExportColumn,
  type FilterShape,
  type ListColumn,
  type ListQuerySpec,
  ListTable,
  oneOfParam,
  textParam,
  useListQuery,
} from '@strata/ui/list-page';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Input, Select, Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { TeamListInput, TeamRow } from '../common/api-types';
import { skillsText } from '../common/domain';
import { useTRPC, useTRPCClient } from '../trpc';
import { TeamFormModal } from './team-form-modal';

type TeamSort = NonNullable<TeamListInput['sort']>;
const teamSorts = ['name', 'members'] as const satisfies readonly TeamSort[];

export const teamsSpec = {
  filters: { q: textParam({ max: volunteerLimits.teamName }), status: oneOfParam(volunteerTeamStatuses) },
  sorts: teamSorts,
  defaultSort: { sort: 'name', order: 'asc' },
} satisfies ListQuerySpec<FilterShape, TeamSort>;

export function TeamsPage({ basePath, unitId }: { basePath: string; unitId: number }) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const access = useAccess();
  const navigate = useNavigate();
  const list = useListQuery(teamsSpec, { scope: unitId });
  const { q, status } = list.query.filters;
  const input: TeamListInput = {
    unitId,
    ...(q && { q }),
    ...(status && { status }),
    sort: list.query.sort ?? 'name',
    order: list.query.order,
    page: list.query.page,
    pageSize: list.query.pageSize,
  };
  const result = useQuery({ ...trpc.volunteers.teams.list.queryOptions(input), placeholderData: keepPreviousData });
  const [creating, setCreating] = useState(false);

  return (
    <PageFrame title={t('teams.title')} testId="teams-page">
      <ListTable<TeamRow, (typeof teamsSpec)['filters'], TeamSort>
        listId="volunteers.teams"
        label={t('teams.tableLabel')}
        userId={access.userId}
        testId="teams"
        list={list}
        rowKey="id"
        columns={teamColumns(t, basePath)}
        result={result}
        scrollX={1000}
        emptyText={t('teams.empty')}
        searchFields={[
          {
            name: 'q',
            label: t('teams.filters.q'),
            input: (
              <Input
                type="search"
                allowClear
                placeholder={t('teams.filters.qPlaceholder')}
                data-testid="teams-search"
              />
            ),
          },
          {
            name: 'status',
            label: t('teams.filters.status'),
            input: (
              <Select
                allowClear
                placeholder={t('common:listAny')}
                options={volunteerTeamStatuses.map((value) => ({ value, label: t(`teamStatus.${value}`) }))}
                data-testid="teams-filter-status"
              />
            ),
          },
        ]}
        actions={
          <Permitted permission="volunteers.manage" unitId={unitId}>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="teams-create">
              {t('teams.create')}
            </Button>
          </Permitted>
        }
        exporting={{
          fetchPage: (page, pageSize, signal) =>
            client.volunteers.teams.list.query({ ...input, page, pageSize }, { signal }),
          columns: teamExportColumns(t),
          fileName: t('teams.fileName'),
        }}
      />
      {creating && (
        <TeamFormModal
          unitId={unitId}
          team={undefined}
          onClose={() => setCreating(false)}
          onSaved={(id) => navigate(`${basePath}/teams/${id}`)}
        />
      )}
    </PageFrame>
  );
}

function teamColumns(t: TFunction, basePath: string): ListColumn<TeamRow>[] {
  const c = (key: string) => t(`volunteers:teams.columns.${key}`);
  return [
    {
      key: 'name',
      title: c('name'),
      width: 180,
      sorter: true,
      fixed: 'left',
      render: (_, row) => (
        <Link to={`${basePath}/teams/${row.id}`} data-testid={`team-link-${row.id}`}>
          {row.name}
        </Link>
      ),
    },
    { key: 'unit', title: c('unit'), dataIndex: 'unitName', width: 160, ellipsis: true },
    { key: 'skills', title: c('skills'), width: 200, ellipsis: true, render: (_, row) => skillsText(t, row.skills) },
    { key: 'members', title: c('members'), dataIndex: 'members', width: 100, sorter: true },
    {
      key: 'pending',
      title: c('pending'),
      width: 100,
      render: (_, row) => (row.pending > 0 ? <Tag color="gold">{row.pending}</Tag> : 0),
    },
    {
      key: 'status',
      title: c('status'),
      width: 90,
      render: (_, row) => (
        <Tag color={row.status === 'active' ? 'green' : 'default'}>{t(`volunteers:teamStatus.${row.status}`)}</Tag>
      ),
    },
  ];
}

function teamExportColumns(t: TFunction): ExportColumn<TeamRow>[] {
  const c = (key: string) => t(`volunteers:teams.columns.${key}`);
  return [
    { title: c('name'), value: (r) => r.name },
    { title: c('unit'), value: (r) => r.unitName },
    { title: c('skills'), value: (r) => skillsText(t, r.skills) },
    { title: c('members'), value: (r) => r.members },
    { title: c('pending'), value: (r) => r.pending },
    { title: c('status'), value: (r) => t(`volunteers:teamStatus.${r.status}`) },
    { title: t('volunteers:teamForm.description'), value: (r) => r.description },
  ];
}
