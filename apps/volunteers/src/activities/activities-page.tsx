// The activities of the current unit and the units below it: found by title, state and the days they start in,
// sorted by start or title on the server, the state in the URL. Each leads to its page (sign-ups, attendance, the
// check-in screen); an organiser of the unit creates one (the dialog loads when first opened). The export writes
// what the filter matches.
import { PlusOutlined } from '@ant-design/icons';
import { type ActivityMode, activityStatuses } from '@strata/contract';
import { formatDateTime, formatTimeRange } from '@strata/i18n';
import { PageFrame, Permitted, useAccess } from '@strata/ui';
import { type ExportColumn, type ListColumn, ListTable, type SearchField, useListQuery } from '@strata/ui/list-page';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Input, Select } from 'antd';
import type { TFunction } from 'i18next';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ActivityRow } from '../common/api-types';
import { ActivityStatusTag, tabular } from '../common/domain';
import { useTRPC, useTRPCClient } from '../trpc';
import { activitiesSpec, toActivityListInput } from './activities-spec';

const ActivityFormModal = lazy(() => import('./activity-form-modal').then((m) => ({ default: m.ActivityFormModal })));

export function ActivitiesPage({ basePath, unitId }: { basePath: string; unitId: number }) {
  const { t, i18n } = useTranslation('volunteers');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const access = useAccess();
  const navigate = useNavigate();
  const list = useListQuery(activitiesSpec, { scope: unitId });
  const input = toActivityListInput(list.query, unitId);
  const result = useQuery({
    ...trpc.volunteers.activities.list.queryOptions(input),
    placeholderData: keepPreviousData,
  });
  const [creating, setCreating] = useState(false);
  const language = i18n.language;

  return (
    <PageFrame title={t('activities.title')} testId="activities-page">
      <ListTable<ActivityRow, (typeof activitiesSpec)['filters'], 'startsAt' | 'title'>
        listId="volunteers.activities"
        label={t('activities.tableLabel')}
        userId={access.userId}
        testId="activities"
        list={list}
        rowKey="id"
        columns={activityColumns(t, language, basePath)}
        result={result}
        scrollX={1300}
        emptyText={t('activities.empty')}
        searchFields={useSearchFields()}
        actions={
          <Permitted permission="volunteers.organise" unitId={unitId}>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="activities-create"
            >
              {t('activities.create')}
            </Button>
          </Permitted>
        }
        exporting={{
          fetchPage: (page, pageSize, signal) =>
            client.volunteers.activities.list.query({ ...input, page, pageSize }, { signal }),
          columns: activityExportColumns(t, language),
          fileName: t('activities.fileName'),
        }}
      />
      {creating && (
        <Suspense fallback={null}>
          <ActivityFormModal
            unitId={unitId}
            activity={undefined}
            onClose={() => setCreating(false)}
            onSaved={(id) => navigate(`${basePath}/activities/${id}`)}
          />
        </Suspense>
      )}
    </PageFrame>
  );
}

function useSearchFields(): SearchField[] {
  const { t } = useTranslation('volunteers');
  const f = (key: string) => t(`activities.filters.${key}`);
  return [
    {
      name: 'q',
      label: f('search'),
      input: <Input type="search" allowClear placeholder={f('searchPlaceholder')} data-testid="activities-search" />,
    },
    {
      name: 'status',
      label: f('status'),
      input: (
        <Select
          allowClear
          placeholder={t('common:listAny')}
          options={activityStatuses.map((value) => ({ value, label: t(`activityStatus.${value}`) }))}
          data-testid="activities-filter-status"
        />
      ),
    },
    {
      name: 'from',
      label: f('from'),
      input: <Input type="date" data-testid="activities-filter-from" />,
    },
    {
      name: 'to',
      label: f('to'),
      dependencies: ['from'],
      rules: [
        ({ getFieldValue }) => ({
          validator: (_, value?: string) => {
            const from = getFieldValue('from') as string | undefined;
            return !value || !from || value >= from ? Promise.resolve() : Promise.reject(new Error(f('toBeforeFrom')));
          },
        }),
      ],
      input: <Input type="date" data-testid="activities-filter-to" />,
    },
  ];
}

/** Confirmed of the capacity, and how many wait ("12/20, 3 waiting"); walk-in activities have no capacity. */
export function placesText(t: TFunction, row: Pick<ActivityRow, 'capacity' | 'confirmed' | 'waitlisted'>) {
  if (row.capacity === null) return t('volunteers:activities.placesOpen', { confirmed: row.confirmed });
  const taken = t('volunteers:activities.placesTaken', { confirmed: row.confirmed, capacity: row.capacity });
  return row.waitlisted > 0 ? `${taken}${t('volunteers:activities.placesWaiting', { count: row.waitlisted })}` : taken;
}

const modeText = (t: TFunction, mode: ActivityMode, approval: boolean) =>
  mode === 'recruit' && approval ? t('volunteers:activityMode.recruitApproval') : t(`volunteers:activityMode.${mode}`);

function activityColumns(t: TFunction, language: string, basePath: string): ListColumn<ActivityRow>[] {
  const c = (key: string) => t(`activities.columns.${key}`);
  return [
    {
      key: 'title',
      title: c('title'),
      width: 220,
      sorter: true,
      fixed: 'left',
      render: (_, row) => (
        <Link
          to={`${basePath}/activities/${row.id}`}
          data-testid={`activity-link-${row.id}`}
          style={{ overflowWrap: 'anywhere' }}
        >
          {row.title}
        </Link>
      ),
    },
    {
      key: 'startsAt',
      title: c('time'),
      width: 230,
      sorter: true,
      render: (_, row) => <span style={tabular}>{formatTimeRange(row.startsAt, row.endsAt, language)}</span>,
    },
    { key: 'place', title: c('place'), dataIndex: 'place', width: 160, ellipsis: true },
    { key: 'unit', title: c('unit'), dataIndex: 'unitName', width: 150, ellipsis: true },
    {
      key: 'team',
      title: c('team'),
      width: 140,
      ellipsis: true,
      render: (_, row) => row.teamName ?? t('none'),
    },
    { key: 'mode', title: c('mode'), width: 120, render: (_, row) => modeText(t, row.mode, row.approval) },
    {
      key: 'places',
      title: c('places'),
      width: 150,
      render: (_, row) => (
        <span style={tabular} data-testid={`activity-places-${row.id}`}>
          {placesText(t, row)}
        </span>
      ),
    },
    {
      key: 'status',
      title: c('status'),
      width: 100,
      render: (_, row) => <ActivityStatusTag status={row.status} testId={`activity-status-${row.id}`} />,
    },
  ];
}

function activityExportColumns(t: TFunction, language: string): ExportColumn<ActivityRow>[] {
  const c = (key: string) => t(`volunteers:activities.columns.${key}`);
  return [
    { title: c('title'), value: (r) => r.title },
    { title: c('startsAt'), value: (r) => formatDateTime(r.startsAt, language) },
    { title: c('endsAt'), value: (r) => formatDateTime(r.endsAt, language) },
    { title: c('place'), value: (r) => r.place },
    { title: c('unit'), value: (r) => r.unitName },
    { title: c('team'), value: (r) => r.teamName ?? '' },
    { title: c('mode'), value: (r) => modeText(t, r.mode, r.approval) },
    { title: c('capacity'), value: (r) => r.capacity ?? '' },
    { title: c('confirmed'), value: (r) => r.confirmed },
    { title: c('waitlisted'), value: (r) => r.waitlisted },
    { title: c('status'), value: (r) => t(`volunteers:activityStatus.${r.status}`) },
  ];
}
