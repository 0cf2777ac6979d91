// An activity's sign-ups: who holds a place, who waits (in order) and who asked and waits for a decision. An organiser
// of the activity's unit approves or declines a pending one, removes one (with a reason; a freed place goes to the
// first on the waitlist) and enrols a volunteer by hand.
import { PlusOutlined } from '@ant-design/icons';
import { formatDateTime } from '@strata/i18n';
import { ErrorAlert, FormModal, formRules, Permitted } from '@strata/ui';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, type ButtonProps, Card, Flex, Form, Grid, Table, type TableColumnType, Typography } from 'antd';
import { type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActivityDetail, SignupRow } from '../common/api-types';
import { SignupStatusTag } from '../common/domain';
import { ReasonModal } from '../common/reason-modal';
import { VolunteerSelect } from '../common/volunteer-select';
import { useTRPC } from '../trpc';

type Props = { activity: ActivityDetail; basePath: string };

export function SignupsCard({ activity, basePath }: Props) {
  const { t, i18n } = useTranslation('volunteers');
  // On a phone the actions scroll with the row: pinned, they would cover most of a narrow table.
  const pinActions = Grid.useBreakpoint().md === true;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const signups = useQuery({
    ...trpc.volunteers.signups.list.queryOptions({ activityId: activity.id, ...paging }),
    placeholderData: keepPreviousData,
  });
  const [declining, setDeclining] = useState<SignupRow>();
  const [removing, setRemoving] = useState<SignupRow>();
  const [enrolling, setEnrolling] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.volunteers.pathKey() });
  const decide = useMutation(
    trpc.volunteers.signups.decide.mutationOptions({
      onSuccess: async (_, input) => {
        message.success(input.approve ? t('signups.approved') : t('signups.declined'));
        setDeclining(undefined);
        await refresh();
      },
    }),
  );
  const remove = useMutation(
    trpc.volunteers.signups.remove.mutationOptions({
      onSuccess: async () => {
        message.success(t('signups.removed'));
        setRemoving(undefined);
        await refresh();
      },
    }),
  );
  const open = activity.status === 'draft' || activity.status === 'published';
  const organise = (node: ReactElement<Record<string, unknown>>) => (
    <Permitted permission="volunteers.organise" unitId={activity.unitId}>
      {node}
    </Permitted>
  );

  const columns: TableColumnType<SignupRow>[] = [
    {
      key: 'name',
      title: t('signups.columns.name'),
      width: 120,
      render: (_, row) => (
        <Flex vertical>
          <Link to={`${basePath}/people/${row.volunteerId}`} data-testid={`signup-volunteer-${row.id}`}>
            {row.name}
          </Link>
          <Typography.Text type="secondary">{row.unitName}</Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'status',
      title: t('signups.columns.status'),
      width: 140,
      render: (_, row) => (
        <Flex gap={4} wrap align="center">
          <SignupStatusTag status={row.status} testId={`signup-status-${row.id}`} />
          {row.status === 'waitlisted' && row.position !== null && (
            <Typography.Text type="secondary">{t('signups.position', { position: row.position })}</Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'createdAt',
      title: t('signups.columns.createdAt'),
      width: 150,
      render: (_, row) => formatDateTime(row.createdAt, i18n.language),
    },
    {
      key: 'reason',
      title: t('signups.columns.reason'),
      width: 160,
      render: (_, row) => <span style={{ overflowWrap: 'anywhere' }}>{row.reason || t('none')}</span>,
    },
    {
      key: 'actions',
      title: t('actions'),
      width: 200,
      fixed: pinActions ? 'right' : undefined,
      render: (_, row) =>
        open && (
          <Flex wrap gap={4}>
            {row.status === 'pending' &&
              organise(
                <Button
                  size="small"
                  type="link"
                  loading={decide.isPending && decide.variables?.id === row.id}
                  onClick={() => decide.mutate({ id: row.id, approve: true })}
                  data-testid={`signup-approve-${row.id}`}
                >
                  {t('signups.approve')}
                </Button>,
              )}
            {row.status === 'pending' &&
              organise(
                <Button
                  size="small"
                  type="link"
                  onClick={() => setDeclining(row)}
                  data-testid={`signup-decline-${row.id}`}
                >
                  {t('signups.decline')}
                </Button>,
              )}
            {(row.status === 'confirmed' || row.status === 'waitlisted') &&
              organise(
                <Button
                  size="small"
                  type="link"
                  danger
                  onClick={() => setRemoving(row)}
                  data-testid={`signup-remove-${row.id}`}
                >
                  {t('signups.remove')}
                </Button>,
              )}
          </Flex>
        ),
    },
  ];

  return (
    <Card
      title={t('signups.title')}
      size="small"
      data-testid="activity-signups"
      extra={
        open &&
        activity.mode === 'recruit' &&
        organise(
          <Button size="small" icon={<PlusOutlined />} onClick={() => setEnrolling(true)} data-testid="signup-enrol">
            {t('signups.enrol')}
          </Button>,
        )
      }
    >
      {signups.error ? <ErrorAlert error={signups.error} onRetry={() => void signups.refetch()} /> : null}
      {decide.isError && <ErrorAlert error={decide.error} />}
      <Table<SignupRow>
        rowKey="id"
        size="small"
        aria-label={t('signups.title')}
        columns={columns}
        dataSource={signups.data?.items ?? []}
        loading={signups.isFetching}
        scroll={{ x: 770 }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: signups.data?.total ?? 0,
          hideOnSinglePage: true,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        locale={{ emptyText: t(activity.mode === 'recruit' ? 'signups.empty' : 'signups.walkIn') }}
        data-testid="activity-signups-table"
      />
      <ReasonModal
        open={declining !== undefined}
        title={t('signups.declineTitle', { name: declining?.name ?? '' })}
        label={t('signups.declineReason')}
        okText={t('signups.decline')}
        danger
        mutation={decide}
        onSubmit={(reason) => declining && decide.mutate({ id: declining.id, approve: false, reason })}
        onClose={() => setDeclining(undefined)}
        testId="signup-decline"
      />
      <ReasonModal
        open={removing !== undefined}
        title={t('signups.removeTitle', { name: removing?.name ?? '' })}
        text={removing?.status === 'confirmed' ? t('signups.removeText') : undefined}
        label={t('signups.removeReason')}
        okText={t('signups.remove')}
        danger
        mutation={remove}
        onSubmit={(reason) => removing && remove.mutate({ id: removing.id, reason })}
        onClose={() => setRemoving(undefined)}
        testId="signup-remove"
      />
      {enrolling && <EnrolModal activity={activity} onClose={() => setEnrolling(false)} />}
    </Card>
  );
}

function EnrolModal({ activity, onClose }: { activity: ActivityDetail; onClose: () => void }) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ volunteerId: number }>();
  const rules = formRules(t);
  const enrol = useMutation(
    trpc.volunteers.signups.enrol.mutationOptions({
      onSuccess: async (result) => {
        message.success(
          result.status === 'waitlisted'
            ? t('signups.enrolledWaiting', { position: result.position ?? 0 })
            : t('signups.enrolled'),
        );
        onClose();
        await queryClient.invalidateQueries({ queryKey: trpc.volunteers.pathKey() });
      },
    }),
  );
  return (
    <FormModal<{ volunteerId: number }>
      form={form}
      mutation={enrol}
      open
      title={t('signups.enrolTitle', { title: activity.title })}
      okText={t('signups.enrol')}
      okButtonProps={{ 'data-testid': 'signup-enrol-ok' } as ButtonProps}
      onCancel={onClose}
      onFinish={(values) => enrol.mutate({ activityId: activity.id, volunteerId: values.volunteerId })}
      testId="signup-enrol-form"
    >
      <Form.Item
        name="volunteerId"
        label={t('signups.volunteer')}
        extra={t('signups.enrolHint')}
        rules={[rules.choose(t('signups.volunteer'))]}
      >
        <VolunteerSelect unitId={activity.unitId} testId="signup-enrol-volunteer" />
      </Form.Item>
    </FormModal>
  );
}
