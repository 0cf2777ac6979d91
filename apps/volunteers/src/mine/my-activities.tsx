// The caller's sign-ups (upcoming first: check in and out with the screen's code, withdraw before the start) and the
// published activities open to them (sign up: a place, or the waitlist with its position; walk-in activities take a
// check-in without signing up).

import type { CheckinPurpose } from '@strata/contract';
import { formatTimeRange } from '@strata/i18n';
import { ErrorAlert } from '@strata/ui';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, type ButtonProps, Card, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BrowsedActivity, MySignup } from '../common/api-types';
import { SignupStatusTag, skillsText } from '../common/domain';
import { RowList } from '../common/row-list';
import { useTRPC } from '../trpc';
import { CheckinForm } from './checkin-form';

type Checking = { activityId: number; title: string; purpose: CheckinPurpose };

/** The dialog with the code form for one activity and purpose. */
export function CheckinDialog({ checking, onClose }: { checking: Checking | undefined; onClose: () => void }) {
  const { t } = useTranslation('volunteers');
  return (
    <Modal
      open={checking !== undefined}
      title={
        checking && t(checking.purpose === 'in' ? 'checkin.titleIn' : 'checkin.titleOut', { title: checking.title })
      }
      footer={null}
      destroyOnHidden
      onCancel={onClose}
    >
      {checking && (
        <CheckinForm
          activityId={checking.activityId}
          purpose={checking.purpose}
          onDone={onClose}
          testId="mine-checkin"
        />
      )}
    </Modal>
  );
}

const isOn = (startsAt: string, endsAt: string) => {
  const now = Date.now();
  // Check-in opens 30 minutes before the start and closes at the end (the server decides; this only offers it).
  return now >= new Date(startsAt).getTime() - 30 * 60_000 && now <= new Date(endsAt).getTime();
};

export function MyActivities({ basePath }: { basePath: string }) {
  const { t, i18n } = useTranslation('volunteers');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  const signups = useQuery(trpc.volunteers.signups.mine.queryOptions());
  const [checking, setChecking] = useState<Checking>();
  const withdraw = useMutation(
    trpc.volunteers.signups.withdraw.mutationOptions({
      onSuccess: async () => {
        message.success(t('mine.withdrawn'));
        await queryClient.invalidateQueries({ queryKey: trpc.volunteers.pathKey() });
      },
    }),
  );
  const askWithdraw = (row: MySignup) =>
    modal.confirm({
      title: t('mine.withdrawTitle', { title: row.title }),
      content: row.status === 'confirmed' ? t('mine.withdrawText') : undefined,
      okText: t('mine.withdraw'),
      okButtonProps: { danger: true, 'data-testid': 'mine-withdraw-ok' } as ButtonProps,
      onOk: () => withdraw.mutateAsync({ activityId: row.activityId }).catch(() => undefined),
    });

  return (
    <Card title={t('mine.signups')} size="small" data-testid="mine-signups">
      {signups.error ? <ErrorAlert error={signups.error} onRetry={() => void signups.refetch()} /> : null}
      {withdraw.isError && <ErrorAlert error={withdraw.error} />}
      <RowList<MySignup>
        rows={signups.data}
        rowKey={(row) => row.id}
        empty={t('mine.noSignups')}
        testId="mine-signups-list"
        render={(row) => {
          const upcoming = new Date(row.startsAt).getTime() > Date.now();
          const holding = row.status === 'confirmed';
          const on = holding && row.activityStatus === 'published' && isOn(row.startsAt, row.endsAt);
          return (
            <Flex vertical gap={4} data-testid={`mine-signup-${row.activityId}`}>
              <Flex wrap gap={8} align="center">
                <Link to={`${basePath}/join/${row.activityId}`}>
                  <Typography.Text strong>{row.title}</Typography.Text>
                </Link>
                <SignupStatusTag status={row.status} testId={`mine-signup-status-${row.activityId}`} />
                {row.status === 'waitlisted' && row.position !== null && (
                  <Typography.Text type="secondary">
                    {t('signups.position', { position: row.position })}
                  </Typography.Text>
                )}
              </Flex>
              <Typography.Text type="secondary">
                {formatTimeRange(row.startsAt, row.endsAt, i18n.language)} · {row.place} · {row.unitName}
              </Typography.Text>
              <Flex wrap gap={8}>
                {on && (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => setChecking({ activityId: row.activityId, title: row.title, purpose: 'in' })}
                    data-testid={`mine-check-in-${row.activityId}`}
                  >
                    {t('checkin.checkIn')}
                  </Button>
                )}
                {on && (
                  <Button
                    size="small"
                    onClick={() => setChecking({ activityId: row.activityId, title: row.title, purpose: 'out' })}
                    data-testid={`mine-check-out-${row.activityId}`}
                  >
                    {t('checkin.checkOut')}
                  </Button>
                )}
                {upcoming && ['confirmed', 'waitlisted', 'pending'].includes(row.status) && (
                  <Button
                    size="small"
                    danger
                    onClick={() => askWithdraw(row)}
                    data-testid={`mine-withdraw-${row.activityId}`}
                  >
                    {t('mine.withdraw')}
                  </Button>
                )}
              </Flex>
            </Flex>
          );
        }}
      />
      <CheckinDialog checking={checking} onClose={() => setChecking(undefined)} />
    </Card>
  );
}

export function OpenActivities({ basePath, registered }: { basePath: string; registered: boolean }) {
  const { t, i18n } = useTranslation('volunteers');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [pageSize, setPageSize] = useState(10);
  const open = useQuery({
    ...trpc.volunteers.activities.browse.queryOptions({ page: 1, pageSize }),
    placeholderData: keepPreviousData,
  });
  const [checking, setChecking] = useState<Checking>();
  const signUp = useMutation(
    trpc.volunteers.signups.signUp.mutationOptions({
      onSuccess: async (result) => {
        message.success(
          result.status === 'waitlisted'
            ? t('mine.signedUpWaiting', { position: result.position ?? 0 })
            : result.status === 'pending'
              ? t('mine.signedUpPending')
              : t('mine.signedUp'),
        );
        await queryClient.invalidateQueries({ queryKey: trpc.volunteers.pathKey() });
      },
    }),
  );

  return (
    <Card title={t('mine.open')} size="small" data-testid="mine-open">
      {open.error ? <ErrorAlert error={open.error} onRetry={() => void open.refetch()} /> : null}
      {signUp.isError && <ErrorAlert error={signUp.error} />}
      {!registered && <Alert type="info" showIcon title={t('mine.registerFirst')} style={{ marginBottom: 12 }} />}
      <RowList<BrowsedActivity>
        rows={open.data?.items}
        rowKey={(row) => row.id}
        empty={t('mine.noOpen')}
        testId="mine-open-list"
        onMore={
          (open.data?.total ?? 0) > pageSize && pageSize < 100
            ? () => setPageSize((n) => Math.min(n + 10, 100))
            : undefined
        }
        render={(row) => (
          <Flex vertical gap={4} data-testid={`mine-open-${row.id}`}>
            <Link to={`${basePath}/join/${row.id}`}>
              <Typography.Text strong>{row.title}</Typography.Text>
            </Link>
            <Typography.Text type="secondary">
              {formatTimeRange(row.startsAt, row.endsAt, i18n.language)} · {row.place} · {row.unitName}
            </Typography.Text>
            <Typography.Text type="secondary">
              {row.mode === 'walkIn'
                ? t('activityMode.walkIn')
                : row.placesLeft === null
                  ? t('activityMode.recruit')
                  : t('mine.placesLeft', { count: row.placesLeft })}
              {row.requiredSkills.length > 0 && ` · ${t('mine.needs', { skills: skillsText(t, row.requiredSkills) })}`}
            </Typography.Text>
            {registered && (
              <Flex wrap gap={8}>
                {row.mode === 'recruit' && row.mySignup === null && (
                  <Button
                    size="small"
                    type="primary"
                    loading={signUp.isPending && signUp.variables?.activityId === row.id}
                    onClick={() => signUp.mutate({ activityId: row.id })}
                    data-testid={`mine-sign-up-${row.id}`}
                  >
                    {row.placesLeft === 0 ? t('mine.joinWaitlist') : t('mine.signUp')}
                  </Button>
                )}
                {row.mySignup && <SignupStatusTag status={row.mySignup} />}
                {row.mode === 'walkIn' && isOn(row.startsAt, row.endsAt) && (
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => setChecking({ activityId: row.id, title: row.title, purpose: 'in' })}
                    data-testid={`mine-walk-in-${row.id}`}
                  >
                    {t('checkin.checkIn')}
                  </Button>
                )}
                {row.mode === 'walkIn' && isOn(row.startsAt, row.endsAt) && (
                  <Button
                    size="small"
                    onClick={() => setChecking({ activityId: row.id, title: row.title, purpose: 'out' })}
                    data-testid={`mine-walk-out-${row.id}`}
                  >
                    {t('checkin.checkOut')}
                  </Button>
                )}
              </Flex>
            )}
          </Flex>
        )}
      />
      <CheckinDialog checking={checking} onClose={() => setChecking(undefined)} />
    </Card>
  );
}
