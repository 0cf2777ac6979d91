// A team's page: what it does, and its places: requests to join (approve, or decline with a reason), members (remove
// with a reason), people who left or were declined; a coordinator of the team's unit adds a volunteer, edits the team
// or archives it (kept, closed to new members; asked first).
import { PlusOutlined } from '@ant-design/icons';
import { formatDateTime } from '@strata/i18n';
import { ErrorAlert, FormModal, formRules, PageFrame, Permitted, RecordStates, useRecordRoute } from '@strata/ui';
import { RecordNotFound } from '@strata/ui/record-not-found';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  type ButtonProps,
  Card,
  Descriptions,
  Flex,
  Form,
  Grid,
  Table,
  type TableColumnType,
  Tag,
  Typography,
} from 'antd';
import { type ReactElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TeamDetail, TeamMemberRow } from '../common/api-types';
import { MemberStatusTag, skillsText } from '../common/domain';
import { ReasonModal } from '../common/reason-modal';
import { VolunteerSelect } from '../common/volunteer-select';
import { useTRPC } from '../trpc';
import { TeamFormModal } from './team-form-modal';

export function TeamPage({ basePath }: { basePath: string }) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const route = useRecordRoute(`${basePath}/teams`);
  const team = useQuery({ ...trpc.volunteers.teams.get.queryOptions({ id: route.id }), enabled: route.valid });
  return (
    <RecordStates
      route={route}
      query={team}
      notFound={
        <RecordNotFound
          title={t('team.notFound')}
          back={t('team.backToList')}
          listPath={route.listPath}
          testId="team-not-found"
        />
      }
      title={t('team.title')}
      listTitle={t('teams.title')}
    >
      {(shown) => <TeamView team={shown} basePath={basePath} listPath={route.listPath} onBack={route.back} />}
    </RecordStates>
  );
}

function TeamView({
  team,
  basePath,
  listPath,
  onBack,
}: {
  team: TeamDetail;
  basePath: string;
  listPath: string;
  onBack: () => void;
}) {
  const { t, i18n } = useTranslation('volunteers');
  // On a phone the actions scroll with the row: pinned, they would cover most of a narrow table.
  const pinActions = Grid.useBreakpoint().md === true;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  const [opened, setOpened] = useState<'edit' | 'add'>();
  const [declining, setDeclining] = useState<TeamMemberRow>();
  const [removing, setRemoving] = useState<TeamMemberRow>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.volunteers.pathKey() });
  const decide = useMutation(
    trpc.volunteers.teams.decide.mutationOptions({
      onSuccess: async (_, input) => {
        message.success(input.approve ? t('team.approved') : t('team.declined'));
        setDeclining(undefined);
        await refresh();
      },
    }),
  );
  const remove = useMutation(
    trpc.volunteers.teams.removeMember.mutationOptions({
      onSuccess: async () => {
        message.success(t('team.removed'));
        setRemoving(undefined);
        await refresh();
      },
    }),
  );
  const archive = useMutation(
    trpc.volunteers.teams.archive.mutationOptions({
      onSuccess: async () => {
        message.success(t('team.archived'));
        await refresh();
      },
    }),
  );
  const active = team.status === 'active';
  const manage = (node: ReactElement<Record<string, unknown>>) => (
    <Permitted permission="volunteers.manage" unitId={team.unitId}>
      {node}
    </Permitted>
  );
  const askArchive = () =>
    modal.confirm({
      title: t('team.archiveTitle', { name: team.name }),
      content: t('team.archiveText'),
      okText: t('team.archive'),
      okButtonProps: { danger: true, 'data-testid': 'team-archive-ok' } as ButtonProps,
      onOk: () => archive.mutateAsync({ id: team.id }).catch(() => undefined),
    });

  const columns: TableColumnType<TeamMemberRow>[] = [
    {
      key: 'name',
      title: t('team.columns.name'),
      width: 120,
      render: (_, row) => <Link to={`${basePath}/people/${row.volunteerId}`}>{row.name}</Link>,
    },
    { key: 'unit', title: t('team.columns.unit'), dataIndex: 'unitName', width: 150 },
    {
      key: 'status',
      title: t('team.columns.status'),
      width: 180,
      render: (_, row) => (
        <Flex vertical gap={2} align="flex-start">
          <MemberStatusTag status={row.status} testId={`team-member-status-${row.id}`} />
          {row.reason && <Typography.Text type="secondary">{row.reason}</Typography.Text>}
        </Flex>
      ),
    },
    {
      key: 'requestedAt',
      title: t('team.columns.requestedAt'),
      width: 150,
      render: (_, row) => formatDateTime(row.requestedAt, i18n.language),
    },
    {
      key: 'actions',
      title: t('actions'),
      width: 180,
      fixed: pinActions ? 'right' : undefined,
      render: (_, row) => (
        <Flex wrap gap={4}>
          {row.status === 'pending' &&
            manage(
              <Button
                size="small"
                type="link"
                loading={decide.isPending && decide.variables?.membershipId === row.id}
                onClick={() => decide.mutate({ membershipId: row.id, approve: true, reason: '' })}
                data-testid={`team-approve-${row.id}`}
              >
                {t('team.approve')}
              </Button>,
            )}
          {row.status === 'pending' &&
            manage(
              <Button
                size="small"
                type="link"
                danger
                onClick={() => setDeclining(row)}
                data-testid={`team-decline-${row.id}`}
              >
                {t('team.decline')}
              </Button>,
            )}
          {row.status === 'approved' &&
            manage(
              <Button
                size="small"
                type="link"
                danger
                onClick={() => setRemoving(row)}
                data-testid={`team-remove-${row.id}`}
              >
                {t('team.remove')}
              </Button>,
            )}
        </Flex>
      ),
    },
  ];

  return (
    <PageFrame
      title={team.name}
      documentTitle={t('team.title')}
      breadcrumbs={[{ title: t('teams.title'), path: listPath }]}
      onBack={onBack}
      testId="team-page"
      extra={
        active && (
          <Flex wrap gap={8}>
            {manage(
              <Button icon={<PlusOutlined />} onClick={() => setOpened('add')} data-testid="team-add-member">
                {t('team.addMember')}
              </Button>,
            )}
            {manage(
              <Button onClick={() => setOpened('edit')} data-testid="team-edit">
                {t('team.edit')}
              </Button>,
            )}
            {manage(
              <Button danger onClick={askArchive} loading={archive.isPending} data-testid="team-archive">
                {t('team.archive')}
              </Button>,
            )}
          </Flex>
        )
      }
    >
      <Flex wrap gap={8} align="center">
        <Tag color={active ? 'green' : 'default'}>{t(`teamStatus.${team.status}`)}</Tag>
        <Typography.Text type="secondary">{team.unitName}</Typography.Text>
      </Flex>
      {(archive.isError || decide.isError) && <ErrorAlert error={archive.error ?? decide.error} />}
      <Card title={t('team.details')} size="small">
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'skills', label: t('team.skills'), children: skillsText(t, team.skills) },
            {
              key: 'description',
              label: t('team.description'),
              children: team.description ? (
                <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{team.description}</span>
              ) : (
                t('none')
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('team.members')} size="small" data-testid="team-members">
        <Table<TeamMemberRow>
          rowKey="id"
          size="small"
          aria-label={t('team.members')}
          columns={columns}
          dataSource={team.members}
          scroll={{ x: 780 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('team.noMembers') }}
          data-testid="team-members-table"
        />
      </Card>
      {opened === 'edit' && <TeamFormModal unitId={team.unitId} team={team} onClose={() => setOpened(undefined)} />}
      {opened === 'add' && <AddMemberModal team={team} onClose={() => setOpened(undefined)} />}
      <ReasonModal
        open={declining !== undefined}
        title={t('team.declineTitle', { name: declining?.name ?? '' })}
        label={t('team.declineReason')}
        okText={t('team.decline')}
        danger
        mutation={decide}
        onSubmit={(reason) => declining && decide.mutate({ membershipId: declining.id, approve: false, reason })}
        onClose={() => setDeclining(undefined)}
        testId="team-decline"
      />
      <ReasonModal
        open={removing !== undefined}
        title={t('team.removeTitle', { name: removing?.name ?? '' })}
        label={t('team.removeReason')}
        okText={t('team.remove')}
        danger
        mutation={remove}
        onSubmit={(reason) => removing && remove.mutate({ membershipId: removing.id, reason })}
        onClose={() => setRemoving(undefined)}
        testId="team-remove"
      />
    </PageFrame>
  );
}

function AddMemberModal({ team, onClose }: { team: TeamDetail; onClose: () => void }) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ volunteerId: number }>();
  const add = useMutation(
    trpc.volunteers.teams.addMember.mutationOptions({
      onSuccess: async () => {
        message.success(t('team.added'));
        onClose();
        await queryClient.invalidateQueries({ queryKey: trpc.volunteers.pathKey() });
      },
    }),
  );
  return (
    <FormModal<{ volunteerId: number }>
      form={form}
      mutation={add}
      open
      title={t('team.addTitle', { name: team.name })}
      okButtonProps={{ 'data-testid': 'team-add-ok' } as ButtonProps}
      onCancel={onClose}
      onFinish={(values) => add.mutate({ teamId: team.id, volunteerId: values.volunteerId })}
      testId="team-add-form"
    >
      <Form.Item
        name="volunteerId"
        label={t('signups.volunteer')}
        rules={[formRules(t).choose(t('signups.volunteer'))]}
      >
        <VolunteerSelect unitId={team.unitId} testId="team-add-volunteer" />
      </Form.Item>
    </FormModal>
  );
}
