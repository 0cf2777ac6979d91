// A course's classroom sessions (its page's 面授 tab): each with its time (Asia/Shanghai), place, trainer, seats booked
// of its places and its state, in order of start, filtered by state and by the days the start falls on (the state in
// the URL). Each leads to its page (the roster, attendance, the check-in screen). The course's editors schedule a
// session, change one, or cancel it (asked first; the booked seats are cancelled with it).

import { PlusOutlined } from '@ant-design/icons';
import { trainingSessionStatuses } from '@strata/contract';
import { formatTimeRange } from '@strata/i18n';
import { errorMessage, Permitted, useAccess } from '@strata/ui';
import { hasFilters, type ListColumn, ListTable, type SearchField, useListQuery } from '@strata/ui/list-page';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormRule } from 'antd';
import { Alert, App, Button, type ButtonProps, Card, Empty, Flex, Input, Select, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../trpc';
import { SessionStatusTag } from './session-status-tag';
import type { SessionRow, SessionSort } from './session-types';
import { sessionsSpec, toSessionListInput } from './sessions-spec';

const SessionFormModal = lazy(() => import('./session-form-modal').then((m) => ({ default: m.SessionFormModal })));

type Filters = (typeof sessionsSpec)['filters'];
type Props = { courseId: number; unitId: number; basePath: string; canManage: boolean };

export function SessionsTab({ courseId, unitId, basePath, canManage }: Props) {
  const { t, i18n } = useTranslation('training');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const access = useAccess();
  const { modal, message } = App.useApp();
  const list = useListQuery(sessionsSpec, { scope: courseId });
  const input = toSessionListInput(list.query, courseId);
  const result = useQuery({ ...trpc.training.sessions.list.queryOptions(input), placeholderData: keepPreviousData });
  const [editing, setEditing] = useState<{ session: SessionRow | undefined }>();
  const searchFields = useSearchFields();
  const cancel = useMutation(
    trpc.training.sessions.cancel.mutationOptions({
      onSuccess: async ({ seatsCancelled }) => {
        message.success(t('sessions.cancelled', { count: seatsCancelled }));
        await queryClient.invalidateQueries({ queryKey: trpc.training.sessions.pathKey() });
      },
    }),
  );
  const none = result.data?.total === 0 && !hasFilters(list.query.filters) && list.query.page === 1;
  const askCancel = (row: SessionRow) =>
    modal.confirm({
      title: t('sessions.cancelTitle', { title: row.title }),
      content: row.booked > 0 ? t('sessions.cancelTextBooked', { count: row.booked }) : t('sessions.cancelText'),
      okText: t('sessions.cancel'),
      cancelText: t('sessions.keep'),
      okButtonProps: { 'data-testid': 'session-cancel-ok', danger: true } as ButtonProps,
      onOk: () => cancel.mutateAsync({ id: row.id }).catch(() => undefined),
    });

  const scheduleButton = (testId: string, text: string) =>
    canManage ? (
      <Permitted permission="training.manage" unitId={unitId}>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing({ session: undefined })}
          data-testid={testId}
        >
          {text}
        </Button>
      </Permitted>
    ) : null;

  const columns = sessionColumns(t, i18n.language, basePath, {
    canManage,
    unitId,
    onEdit: (session) => setEditing({ session }),
    onCancel: askCancel,
  });

  return (
    <Flex vertical gap={12} data-testid="sessions-tab">
      {cancel.error ? (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => cancel.reset() }}
          title={t('sessions.cancelFailed')}
          description={errorMessage(cancel.error, t)}
          data-testid="sessions-cancel-failed"
        />
      ) : null}
      {none ? (
        <Card data-testid="sessions-none">
          <Empty description={canManage ? t('sessions.noneManage') : t('sessions.none')}>
            {scheduleButton('sessions-create-first', t('sessions.createFirst'))}
          </Empty>
        </Card>
      ) : (
        <ListTable<SessionRow, Filters, SessionSort>
          listId="training.sessions"
          label={t('sessions.tableLabel')}
          userId={access.userId}
          testId="sessions"
          list={list}
          rowKey="id"
          columns={columns}
          result={result}
          scrollX={1040}
          emptyText={t('sessions.none')}
          searchFields={searchFields}
          actions={scheduleButton('sessions-create', t('sessions.create'))}
        />
      )}
      {editing && (
        <Suspense fallback={null}>
          <SessionFormModal courseId={courseId} session={editing.session} onClose={() => setEditing(undefined)} />
        </Suspense>
      )}
    </Flex>
  );
}

function useSearchFields(): SearchField[] {
  const { t } = useTranslation('training');
  const f = (key: string) => t(`sessions.filters.${key}`);
  const notBeforeFrom: FormRule = ({ getFieldValue }) => ({
    validator: (_, value?: string) => {
      const from = getFieldValue('from') as string | undefined;
      return !value || !from || value >= from ? Promise.resolve() : Promise.reject(new Error(f('toBeforeFrom')));
    },
  });
  return [
    {
      name: 'status',
      label: f('status'),
      input: (
        <Select
          allowClear
          placeholder={t('common:listAny')}
          options={trainingSessionStatuses.map((value) => ({ value, label: t(`common.sessionStatus.${value}`) }))}
          data-testid="sessions-filter-status"
        />
      ),
    },
    { name: 'from', label: f('from'), input: <Input type="date" data-testid="sessions-filter-from" /> },
    {
      name: 'to',
      label: f('to'),
      input: <Input type="date" data-testid="sessions-filter-to" />,
      rules: [notBeforeFrom],
      dependencies: ['from'],
    },
  ];
}

type Acts = {
  canManage: boolean;
  unitId: number;
  onEdit: (row: SessionRow) => void;
  onCancel: (row: SessionRow) => void;
};

function sessionColumns(t: TFunction, language: string, basePath: string, acts: Acts): ListColumn<SessionRow>[] {
  const c = (key: string) => t(`training:sessions.columns.${key}`);
  const columns: ListColumn<SessionRow>[] = [
    {
      key: 'startsAt',
      title: c('time'),
      width: 230,
      sorter: true,
      render: (_, row) => (
        <span style={{ fontVariantNumeric: 'tabular-nums' }} data-testid={`session-time-${row.id}`}>
          {formatTimeRange(row.startsAt, row.endsAt, language)}
        </span>
      ),
    },
    {
      key: 'title',
      title: c('title'),
      width: 200,
      render: (_, row) => (
        <Link
          to={`${basePath}/sessions/${row.id}`}
          data-testid={`session-link-${row.id}`}
          style={{ overflowWrap: 'anywhere' }}
        >
          {row.title}
        </Link>
      ),
    },
    { key: 'place', title: c('place'), dataIndex: 'place', width: 160, ellipsis: true },
    {
      key: 'trainer',
      title: c('trainer'),
      width: 120,
      render: (_, row) =>
        row.trainerName ?? <Typography.Text type="secondary">{t('training:sessions.noTrainer')}</Typography.Text>,
    },
    {
      key: 'places',
      title: c('places'),
      width: 110,
      align: 'right',
      render: (_, row) => (
        <span
          style={{ fontVariantNumeric: 'tabular-nums' }}
          data-testid={`session-places-${row.id}`}
          title={t('training:sessions.placesLabel', { booked: row.booked, capacity: row.capacity })}
        >
          {row.booked} / {row.capacity}
        </span>
      ),
    },
    {
      key: 'status',
      title: c('status'),
      width: 100,
      render: (_, row) => <SessionStatusTag status={row.status} testId={`session-status-${row.id}`} />,
    },
  ];
  if (!acts.canManage) return columns;
  return [
    ...columns,
    {
      key: 'actions',
      title: t('training:common.actions'),
      width: 140,
      render: (_, row) =>
        row.status === 'scheduled' ? (
          <Flex wrap gap={4}>
            <Permitted permission="training.manage" unitId={row.unitId}>
              <Button size="small" type="link" onClick={() => acts.onEdit(row)} data-testid={`session-edit-${row.id}`}>
                {t('training:sessions.edit')}
              </Button>
            </Permitted>
            <Permitted permission="training.manage" unitId={row.unitId}>
              <Button
                size="small"
                type="link"
                danger
                onClick={() => acts.onCancel(row)}
                data-testid={`session-cancel-${row.id}`}
              >
                {t('training:sessions.cancel')}
              </Button>
            </Permitted>
          </Flex>
        ) : null,
    },
  ];
}
