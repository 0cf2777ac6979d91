// The volunteers of the current unit's subtree: found by name (kept in the URL) or by an exact ID number or phone
// (kept in the page only: personal data stays out of the address bar and shared links), by skill and state, sorted by
// name or the day they joined; ID numbers and phones masked on every row. A coordinator of the unit registers a
// volunteer (the server's refusal of a field, such as an ID number already registered, shows on that field). The
// export writes what the filter matches, masked.
import { PlusOutlined } from '@ant-design/icons';
import { volunteerSkills, volunteerStatuses } from '@strata/contract';
import { applyFieldErrors, FormModal, PageFrame, Permitted, useAccess } from '@strata/ui';
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
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, type ButtonProps, Form, Input, Select } from 'antd';
import type { TFunction } from 'i18next';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { VolunteerListInput, VolunteerRow, VolunteerSort } from '../common/api-types';
import { skillsText, tabular, VolunteerStatusTag } from '../common/domain';
import { blankDetails, detailsInput, type VolunteerDetails, VolunteerFields } from '../mine/register-self';
import { useTRPC, useTRPCClient } from '../trpc';

const volunteerSorts = ['name', 'joinedOn'] as const satisfies readonly VolunteerSort[];

export const peopleSpec = {
  filters: {
    /** Part of a name (a digit-bearing lookup, an ID number or phone, never goes in the URL). */
    q: textParam({ max: 40 }),
    skill: oneOfParam(volunteerSkills),
    status: oneOfParam(volunteerStatuses),
  },
  sorts: volunteerSorts,
  defaultSort: { sort: 'name', order: 'asc' },
} satisfies ListQuerySpec<FilterShape, VolunteerSort>;

const hasDigit = (text: string) => /\d/.test(text);

/** The list's state: a name in the URL, an exact lookup (digits) in the page, read and written as one. */
function usePeopleQuery(unitId: number) {
  const list = useListQuery(peopleSpec, { scope: unitId });
  const { setFilters: setUrlFilters } = list;
  const [lookup, setLookup] = useState<{ unitId: number; q: string }>({ unitId, q: '' });
  const typed = lookup.unitId === unitId ? lookup.q : '';
  const setFilters = useCallback(
    ({ q, ...filters }: { q?: string; skill?: (typeof volunteerSkills)[number]; status?: 'active' | 'inactive' }) => {
      const exact = q && hasDigit(q) ? q.trim() : '';
      setLookup({ unitId, q: exact });
      setUrlFilters({ ...filters, ...(q && !exact ? { q } : {}) });
    },
    [unitId, setUrlFilters],
  );
  const query = useMemo(
    () => ({ ...list.query, filters: { ...list.query.filters, ...(typed ? { q: typed } : {}) } }),
    [list.query, typed],
  );
  return { ...list, query, setFilters };
}

export function PeoplePage({ basePath, unitId }: { basePath: string; unitId: number }) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const access = useAccess();
  const navigate = useNavigate();
  const list = usePeopleQuery(unitId);
  const { q, skill, status } = list.query.filters;
  const input: VolunteerListInput = {
    unitId,
    ...(q && { q }),
    ...(skill && { skill }),
    ...(status && { status }),
    sort: list.query.sort ?? 'name',
    order: list.query.order,
    page: list.query.page,
    pageSize: list.query.pageSize,
  };
  const result = useQuery({ ...trpc.volunteers.people.list.queryOptions(input), placeholderData: keepPreviousData });
  const [creating, setCreating] = useState(false);

  return (
    <PageFrame title={t('people.title')} testId="people-page">
      <ListTable<VolunteerRow, (typeof peopleSpec)['filters'], VolunteerSort>
        listId="volunteers.people"
        label={t('people.tableLabel')}
        userId={access.userId}
        testId="people"
        list={list}
        rowKey="id"
        columns={peopleColumns(t, basePath)}
        result={result}
        scrollX={1200}
        emptyText={t('people.empty')}
        searchFields={[
          {
            name: 'q',
            label: t('people.filters.q'),
            input: (
              <Input
                type="search"
                allowClear
                autoComplete="off"
                placeholder={t('people.filters.qPlaceholder')}
                data-testid="people-search"
              />
            ),
          },
          {
            name: 'skill',
            label: t('people.filters.skill'),
            input: (
              <Select
                allowClear
                placeholder={t('common:listAny')}
                options={volunteerSkills.map((value) => ({ value, label: t(`skill.${value}`) }))}
                data-testid="people-filter-skill"
              />
            ),
          },
          {
            name: 'status',
            label: t('people.filters.status'),
            input: (
              <Select
                allowClear
                placeholder={t('common:listAny')}
                options={volunteerStatuses.map((value) => ({ value, label: t(`volunteerStatus.${value}`) }))}
                data-testid="people-filter-status"
              />
            ),
          },
        ]}
        actions={
          <Permitted permission="volunteers.manage" unitId={unitId}>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="people-create"
            >
              {t('people.create')}
            </Button>
          </Permitted>
        }
        exporting={{
          fetchPage: (page, pageSize, signal) =>
            client.volunteers.people.list.query({ ...input, page, pageSize }, { signal }),
          columns: peopleExportColumns(t),
          fileName: t('people.fileName'),
        }}
      />
      {creating && (
        <CreateVolunteerModal
          unitId={unitId}
          onClose={() => setCreating(false)}
          onSaved={(id) => navigate(`${basePath}/people/${id}`)}
        />
      )}
    </PageFrame>
  );
}

function peopleColumns(t: TFunction, basePath: string): ListColumn<VolunteerRow>[] {
  const c = (key: string) => t(`volunteers:people.columns.${key}`);
  return [
    {
      key: 'name',
      title: c('name'),
      width: 110,
      sorter: true,
      fixed: 'left',
      render: (_, row) => (
        <Link to={`${basePath}/people/${row.id}`} data-testid={`volunteer-link-${row.id}`}>
          {row.name}
        </Link>
      ),
    },
    { key: 'gender', title: c('gender'), width: 70, render: (_, row) => t(`volunteers:gender.${row.gender}`) },
    {
      key: 'idNumber',
      title: c('idNumber'),
      width: 190,
      render: (_, row) => (
        <span style={tabular} data-testid={`volunteer-id-number-${row.id}`}>
          {row.idNumber}
        </span>
      ),
    },
    {
      key: 'phone',
      title: c('phone'),
      width: 140,
      render: (_, row) => (
        <span style={tabular} data-testid={`volunteer-phone-${row.id}`}>
          {row.phone || t('volunteers:none')}
        </span>
      ),
    },
    { key: 'unit', title: c('unit'), dataIndex: 'unitName', width: 160, ellipsis: true },
    { key: 'skills', title: c('skills'), width: 200, ellipsis: true, render: (_, row) => skillsText(t, row.skills) },
    { key: 'teams', title: c('teams'), dataIndex: 'teams', width: 80 },
    { key: 'joinedOn', title: c('joinedOn'), dataIndex: 'joinedOn', width: 120, sorter: true },
    { key: 'status', title: c('status'), width: 90, render: (_, row) => <VolunteerStatusTag status={row.status} /> },
  ];
}

function peopleExportColumns(t: TFunction): ExportColumn<VolunteerRow>[] {
  const c = (key: string) => t(`volunteers:people.columns.${key}`);
  return [
    { title: c('name'), value: (r) => r.name },
    { title: c('gender'), value: (r) => t(`volunteers:gender.${r.gender}`) },
    { title: c('idNumber'), value: (r) => r.idNumber },
    { title: c('phone'), value: (r) => r.phone },
    { title: c('unit'), value: (r) => r.unitName },
    { title: c('skills'), value: (r) => skillsText(t, r.skills) },
    { title: c('teams'), value: (r) => r.teams },
    { title: c('joinedOn'), value: (r) => r.joinedOn },
    { title: c('status'), value: (r) => t(`volunteers:volunteerStatus.${r.status}`) },
  ];
}

function CreateVolunteerModal({
  unitId,
  onClose,
  onSaved,
}: {
  unitId: number;
  onClose: () => void;
  onSaved: (id: number) => void;
}) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<VolunteerDetails>();
  const create = useMutation(
    trpc.volunteers.people.create.mutationOptions({
      onSuccess: async (done) => {
        message.success(t('people.created'));
        onClose();
        await queryClient.invalidateQueries({ queryKey: trpc.volunteers.pathKey() });
        onSaved(done.id);
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  return (
    <FormModal<VolunteerDetails>
      form={form}
      mutation={create}
      open
      width={640}
      title={t('people.createTitle')}
      okButtonProps={{ 'data-testid': 'people-create-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={blankDetails}
      onFinish={(values) => create.mutate({ unitId, ...detailsInput(values) })}
      testId="people-create-form"
    >
      <VolunteerFields testId="people-create" />
    </FormModal>
  );
}
