// The organiser's check-in screen for an activity: a one-time six-digit code, large, with its countdown and a QR code
// of the link that confirms it (the QR library loads with this page only). Check-in or check-out (a switch). A code
// lasts a short window and serves one volunteer: the screen asks for the next as soon as the current one expires or
// was used (what the screen shows is read every two seconds).

import { useCodeRotation } from '@strata/checkin/rotation';
import type { CheckinPurpose } from '@strata/contract';
import { ErrorAlert, PageFrame, RecordStates, useRecordRoute } from '@strata/ui';
import { RecordNotFound } from '@strata/ui/record-not-found';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Segmented, Skeleton, Typography } from 'antd';
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityDetail } from '../common/api-types';
import { useTRPC } from '../trpc';

const CheckinCodeScreen = lazy(() => import('@strata/checkin/screen').then((m) => ({ default: m.CheckinCodeScreen })));

/** How often the attendance is read for a used code. */
export const pollMs = 2000;

export function CheckinScreenPage({ basePath }: { basePath: string }) {
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
      title={t('checkinScreen.title')}
      listTitle={t('activities.title')}
    >
      {(shown) => <Screen activity={shown} listPath={route.listPath} />}
    </RecordStates>
  );
}

const now = () => new Date();

function Screen({ activity, listPath }: { activity: ActivityDetail; listPath: string }) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [purpose, setPurpose] = useState<CheckinPurpose>('in');
  const frame = useRef<HTMLDivElement>(null);
  // What the screen shows now (the code, or none once it was used or expired) and the counts, read every two seconds.
  const state = useQuery({
    ...trpc.volunteers.checkin.current.queryOptions({ activityId: activity.id, purpose }),
    refetchInterval: pollMs,
  });
  const issue = useMutation(
    trpc.volunteers.checkin.code.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.volunteers.checkin.current.pathKey() }),
    }),
  );
  const { mutate } = issue;
  const open = activity.status === 'published';
  const requestNext = useCallback(() => mutate({ activityId: activity.id, purpose }), [mutate, activity.id, purpose]);
  const shown = useCodeRotation({
    open,
    state: state.data,
    requestNext,
    requesting: issue.isPending,
    failed: issue.isError,
    reread: state.refetch,
  });

  const count = purpose === 'in' ? state.data?.checkedIn : state.data?.checkedOut;
  return (
    <PageFrame
      title={t('checkinScreen.heading', { title: activity.title })}
      documentTitle={t('checkinScreen.title')}
      breadcrumbs={[
        { title: t('activities.title'), path: listPath },
        { title: activity.title, path: `${listPath}/${activity.id}` },
      ]}
      testId="checkin-screen-page"
      extra={
        <Button onClick={() => void frame.current?.requestFullscreen?.()} data-neutral data-testid="checkin-fullscreen">
          {t('checkinScreen.fullscreen')}
        </Button>
      }
    >
      <div
        ref={frame}
        style={{ background: 'var(--ant-color-bg-container, #fff)', padding: 16, minHeight: '60vh' }}
        data-testid="checkin-screen"
      >
        <Flex vertical align="center" gap={16}>
          <Segmented<CheckinPurpose>
            size="large"
            value={purpose}
            onChange={(next) => {
              issue.reset();
              setPurpose(next);
            }}
            options={[
              { value: 'in', label: t('checkinScreen.in') },
              { value: 'out', label: t('checkinScreen.out') },
            ]}
            data-neutral
            data-testid="checkin-purpose"
          />
          <Typography.Title level={3} style={{ margin: 0, textAlign: 'center' }}>
            {activity.title}
          </Typography.Title>
          {!open && <Typography.Text type="danger">{t('checkinScreen.notOpen')}</Typography.Text>}
          {state.error ? <ErrorAlert error={state.error} onRetry={() => void state.refetch()} /> : null}
          {issue.isError && <ErrorAlert error={issue.error} onRetry={() => issue.reset()} />}
          {shown ? (
            <Suspense fallback={<Skeleton active />}>
              <CheckinCodeScreen
                code={shown.code}
                expiresAt={new Date(shown.expiresAt)}
                now={now}
                link={new URL(shown.link, window.location.origin).toString()}
                labels={{
                  code: purpose === 'in' ? t('checkinScreen.codeIn') : t('checkinScreen.codeOut'),
                  // The screen fills in the seconds itself (`{seconds}`): i18next is handed the placeholder to keep.
                  expiresIn: t('checkinScreen.expiresIn', { seconds: '{seconds}' }),
                  scan: t('checkinScreen.scan'),
                }}
              />
            </Suspense>
          ) : (
            open && !issue.isError && <Skeleton active />
          )}
          <Typography.Text type="secondary" data-testid="checkin-count">
            {t(purpose === 'in' ? 'checkinScreen.countIn' : 'checkinScreen.countOut', { count: count ?? 0 })}
          </Typography.Text>
        </Flex>
      </div>
    </PageFrame>
  );
}
