// An activity's page: its details, and for its organisers the acts of its life (publish, cancel with a reason, close
// after its end, which writes the hours and says how many entries were written and how many fell short), its sign-ups
// (decide, remove, enrol someone), its attendance (in and out, late and early, by hand with a reason, evaluations) and
// the way to the check-in screen.
import { formatMinutes } from '@strata/contract';
import { formatDateTime, formatTimeRange } from '@strata/i18n';
import { errorMessage, PageFrame, Permitted, RecordStates, useRecordRoute } from '@strata/ui';
import { RecordNotFound } from '@strata/ui/record-not-found';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Flex, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ActivityDetail, CloseResult } from '../common/api-types';
import { ActivityStatusTag, skillsText } from '../common/domain';
import { ReasonModal } from '../common/reason-modal';
import { useTRPC } from '../trpc';
import { placesText } from './activities-page';
import { AttendanceCard } from './attendance-card';
import { SignupsCard } from './signups-card';

const ActivityFormModal = lazy(() => import('./activity-form-modal').then((m) => ({ default: m.ActivityFormModal })));

export function ActivityPage({ basePath }: { basePath: string }) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const route = useRecordRoute(`${basePath}/activities`);
  const activity = useQuery({
    ...trpc.volunteers.activities.get.queryOptions({ id: route.id }),
    enabled: route.valid,
  });
  return (
    <RecordStates
      route={route}
      query={activity}
      notFound={
        <RecordNotFound
          title={t('activity.notFound')}
          back={t('activity.backToList')}
          listPath={route.listPath}
          testId="activity-not-found"
        />
      }
      title={t('activity.title')}
      listTitle={t('activities.title')}
    >
      {(shown) => <ActivityView activity={shown} basePath={basePath} listPath={route.listPath} onBack={route.back} />}
    </RecordStates>
  );
}

type ViewProps = { activity: ActivityDetail; basePath: string; listPath: string; onBack: () => void };

function ActivityView({ activity, basePath, listPath, onBack }: ViewProps) {
  const { t, i18n } = useTranslation('volunteers');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const [opened, setOpened] = useState<'edit' | 'cancel'>();
  const [closed, setClosed] = useState<CloseResult>();
  const language = i18n.language;
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.volunteers.pathKey() });
  const publish = useMutation(
    trpc.volunteers.activities.publish.mutationOptions({
      onSuccess: async () => {
        message.success(t('activity.published'));
        await refresh();
      },
    }),
  );
  const cancel = useMutation(
    trpc.volunteers.activities.cancel.mutationOptions({
      onSuccess: async () => {
        message.success(t('activity.cancelled'));
        setOpened(undefined);
        await refresh();
      },
    }),
  );
  const close = useMutation(
    trpc.volunteers.activities.close.mutationOptions({
      onSuccess: async (result) => {
        setClosed(result);
        await refresh();
      },
    }),
  );
  const { status, unitId } = activity;
  const open = status === 'draft' || status === 'published';
  const ended = new Date(activity.endsAt).getTime() <= Date.now();

  const askPublish = () =>
    modal.confirm({
      title: t('activity.publishTitle', { title: activity.title }),
      content: t('activity.publishText'),
      okText: t('activity.publish'),
      okButtonProps: { 'data-testid': 'activity-publish-ok' } as Record<string, string>,
      onOk: () => publish.mutateAsync({ id: activity.id }).catch(() => undefined),
    });
  const askClose = () =>
    modal.confirm({
      title: t('activity.closeTitle', { title: activity.title }),
      content: t('activity.closeText', { percent: activity.attendancePercent }),
      okText: t('activity.close'),
      okButtonProps: { 'data-testid': 'activity-close-ok' } as Record<string, string>,
      onOk: () => close.mutateAsync({ id: activity.id }).catch(() => undefined),
    });
  const failed = publish.error ?? close.error;

  return (
    <PageFrame
      title={activity.title}
      documentTitle={t('activity.title')}
      breadcrumbs={[{ title: t('activities.title'), path: listPath }]}
      onBack={onBack}
      testId="activity-page"
      extra={
        <Flex wrap gap={8}>
          {status === 'published' && (
            <Permitted permission="volunteers.organise" unitId={unitId}>
              <Button
                type="primary"
                onClick={() => navigate(`${basePath}/activities/${activity.id}/checkin`)}
                data-testid="activity-checkin-screen"
              >
                {t('activity.checkinScreen')}
              </Button>
            </Permitted>
          )}
          {status === 'draft' && (
            <Permitted permission="volunteers.organise" unitId={unitId}>
              <Button type="primary" onClick={askPublish} loading={publish.isPending} data-testid="activity-publish">
                {t('activity.publish')}
              </Button>
            </Permitted>
          )}
          {open && (
            <Permitted permission="volunteers.organise" unitId={unitId}>
              <Button onClick={() => setOpened('edit')} data-testid="activity-edit">
                {t('activity.edit')}
              </Button>
            </Permitted>
          )}
          {status === 'published' && ended && (
            <Permitted permission="volunteers.organise" unitId={unitId}>
              <Button onClick={askClose} loading={close.isPending} data-testid="activity-close">
                {t('activity.close')}
              </Button>
            </Permitted>
          )}
          {open && (
            <Permitted permission="volunteers.organise" unitId={unitId}>
              <Button danger onClick={() => setOpened('cancel')} data-testid="activity-cancel">
                {t('activity.cancel')}
              </Button>
            </Permitted>
          )}
        </Flex>
      }
    >
      <Flex wrap gap={8} align="center" data-testid="activity-heading">
        <ActivityStatusTag status={status} testId="activity-status" />
        <Typography.Text type="secondary">{activity.unitName}</Typography.Text>
        {activity.teamName && <Typography.Text type="secondary">{activity.teamName}</Typography.Text>}
      </Flex>
      {failed && <Alert type="error" showIcon title={t('activity.failed')} description={errorMessage(failed, t)} />}
      {closed && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setClosed(undefined) }}
          title={t('activity.closedTitle')}
          description={t('activity.closedText', { written: closed.entries, short: closed.short })}
          data-testid="activity-closed"
        />
      )}
      <Card title={t('activity.details')} size="small" data-testid="activity-details">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            {
              key: 'time',
              label: t('activity.time'),
              children: formatTimeRange(activity.startsAt, activity.endsAt, language),
            },
            { key: 'place', label: t('activity.place'), children: activity.place },
            {
              key: 'location',
              label: t('activity.location'),
              children:
                activity.lng !== null && activity.lat !== null
                  ? t('activity.locationValue', { lng: activity.lng.toFixed(4), lat: activity.lat.toFixed(4) })
                  : t('activity.locationNone'),
            },
            {
              key: 'mode',
              label: t('activity.mode'),
              children:
                activity.mode === 'recruit' && activity.approval
                  ? t('activityMode.recruitApproval')
                  : t(`activityMode.${activity.mode}`),
            },
            {
              key: 'places',
              label: t('activity.places'),
              children: placesText(t, { capacity: activity.capacity, ...activity.counts }),
            },
            {
              key: 'deadline',
              label: t('activity.signupDeadline'),
              children: activity.signupDeadline ? formatDateTime(activity.signupDeadline, language) : t('none'),
            },
            {
              key: 'percent',
              label: t('activity.attendancePercent'),
              children: t('activity.percentValue', {
                percent: activity.attendancePercent,
                hours: formatMinutes(
                  Math.ceil(
                    ((new Date(activity.endsAt).getTime() - new Date(activity.startsAt).getTime()) / 60_000) *
                      (activity.attendancePercent / 100),
                  ),
                ),
              }),
            },
            { key: 'skills', label: t('activity.requiredSkills'), children: skillsText(t, activity.requiredSkills) },
            {
              key: 'description',
              label: t('activity.description'),
              span: 'filled',
              children: activity.description ? (
                <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{activity.description}</span>
              ) : (
                t('none')
              ),
            },
          ]}
        />
      </Card>
      <SignupsCard activity={activity} basePath={basePath} />
      <AttendanceCard activity={activity} basePath={basePath} />
      {opened === 'edit' && (
        <Suspense fallback={null}>
          <ActivityFormModal unitId={unitId} activity={activity} onClose={() => setOpened(undefined)} />
        </Suspense>
      )}
      <ReasonModal
        open={opened === 'cancel'}
        title={t('activity.cancelTitle', { title: activity.title })}
        text={t('activity.cancelText')}
        label={t('activity.cancelReason')}
        okText={t('activity.cancel')}
        danger
        mutation={cancel}
        onSubmit={(reason) => cancel.mutate({ id: activity.id, reason })}
        onClose={() => setOpened(undefined)}
        testId="activity-cancel"
      />
    </PageFrame>
  );
}
