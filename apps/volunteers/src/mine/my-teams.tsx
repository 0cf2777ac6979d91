// The caller's places in teams (asked, approved, declined with the reason), leaving one (asked first), and the active
// teams of every unit to ask to join.
import { volunteerLimits } from '@strata/contract';
import { ErrorAlert } from '@strata/ui';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, type ButtonProps, Card, Flex, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrowsedTeam, OwnMembership } from '../common/api-types';
import { MemberStatusTag, skillsText } from '../common/domain';
import { RowList } from '../common/row-list';
import { useTRPC } from '../trpc';

export function MyTeams() {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  const teams = useQuery(trpc.volunteers.teams.mine.queryOptions({}));
  const [browsing, setBrowsing] = useState(false);
  const leave = useMutation(
    trpc.volunteers.teams.leave.mutationOptions({
      onSuccess: async () => {
        message.success(t('mine.left'));
        await queryClient.invalidateQueries({ queryKey: trpc.volunteers.pathKey() });
      },
    }),
  );
  const askLeave = (row: OwnMembership) =>
    modal.confirm({
      title: t(row.status === 'pending' ? 'mine.withdrawRequestTitle' : 'mine.leaveTitle', { name: row.teamName }),
      okText: row.status === 'pending' ? t('mine.withdrawRequest') : t('mine.leave'),
      okButtonProps: { danger: true, 'data-testid': 'mine-leave-ok' } as ButtonProps,
      onOk: () => leave.mutateAsync({ teamId: row.teamId }).catch(() => undefined),
    });

  return (
    <Card
      title={t('mine.teams')}
      size="small"
      data-testid="mine-teams"
      extra={
        <Button size="small" onClick={() => setBrowsing(true)} data-testid="mine-browse-teams">
          {t('mine.browseTeams')}
        </Button>
      }
    >
      {teams.error ? <ErrorAlert error={teams.error} onRetry={() => void teams.refetch()} /> : null}
      {leave.isError && <ErrorAlert error={leave.error} />}
      <RowList<OwnMembership>
        rows={teams.data?.filter((m) => m.status !== 'left')}
        rowKey={(row) => row.id}
        empty={t('mine.noTeams')}
        testId="mine-teams-list"
        render={(row) => (
          <Flex justify="space-between" align="center" wrap gap={8} data-testid={`mine-team-${row.teamId}`}>
            <Flex vertical gap={2}>
              <Flex wrap gap={8} align="center">
                <Typography.Text strong>{row.teamName}</Typography.Text>
                <MemberStatusTag status={row.status} />
              </Flex>
              <Typography.Text type="secondary">{row.unitName}</Typography.Text>
              {row.status === 'declined' && row.reason && (
                <Typography.Text type="secondary">{t('mine.declinedBecause', { reason: row.reason })}</Typography.Text>
              )}
            </Flex>
            {(row.status === 'approved' || row.status === 'pending') && (
              <Button size="small" danger onClick={() => askLeave(row)} data-testid={`mine-leave-${row.teamId}`}>
                {row.status === 'pending' ? t('mine.withdrawRequest') : t('mine.leave')}
              </Button>
            )}
          </Flex>
        )}
      />
      {browsing && <BrowseTeams onClose={() => setBrowsing(false)} />}
    </Card>
  );
}

function BrowseTeams({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [pageSize, setPageSize] = useState(20);
  const teams = useQuery({
    ...trpc.volunteers.teams.browse.queryOptions({ page: 1, pageSize, ...(q && { q }) }),
    placeholderData: keepPreviousData,
  });
  const join = useMutation(
    trpc.volunteers.teams.join.mutationOptions({
      onSuccess: async () => {
        message.success(t('mine.asked'));
        await queryClient.invalidateQueries({ queryKey: trpc.volunteers.pathKey() });
      },
    }),
  );
  return (
    <Modal open title={t('mine.browseTeams')} footer={null} onCancel={onClose} width={640} destroyOnHidden>
      <Input.Search
        allowClear
        maxLength={volunteerLimits.teamName}
        placeholder={t('mine.searchTeams')}
        onSearch={(value) => setQ(value.trim())}
        style={{ marginBottom: 12 }}
        data-neutral
        data-testid="mine-teams-search"
      />
      {teams.error ? <ErrorAlert error={teams.error} onRetry={() => void teams.refetch()} /> : null}
      {join.isError && <ErrorAlert error={join.error} />}
      <RowList<BrowsedTeam>
        rows={teams.data?.items}
        rowKey={(row) => row.id}
        empty={t('mine.noOpenTeams')}
        testId="mine-browse-list"
        onMore={(teams.data?.total ?? 0) > pageSize && pageSize < 100 ? () => setPageSize(100) : undefined}
        render={(row) => (
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Flex vertical gap={2} style={{ minWidth: 0 }}>
              <Typography.Text strong>{row.name}</Typography.Text>
              <Typography.Text type="secondary">
                {row.unitName} · {t('teams.memberCount', { count: row.members })}
              </Typography.Text>
              {row.skills.length > 0 && <Typography.Text type="secondary">{skillsText(t, row.skills)}</Typography.Text>}
              {row.description && (
                <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                  {row.description}
                </Typography.Paragraph>
              )}
            </Flex>
            {row.myStatus === null || row.myStatus === 'left' || row.myStatus === 'declined' ? (
              <Button
                size="small"
                type="primary"
                loading={join.isPending && join.variables?.teamId === row.id}
                onClick={() => join.mutate({ teamId: row.id })}
                data-testid={`mine-join-${row.id}`}
              >
                {t('mine.join')}
              </Button>
            ) : (
              <MemberStatusTag status={row.myStatus} />
            )}
          </Flex>
        )}
      />
    </Modal>
  );
}
