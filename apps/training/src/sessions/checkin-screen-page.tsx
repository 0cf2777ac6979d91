// The trainer's check-in screen for a classroom session: a one-time six-digit code, large, with its countdown and a QR
// code of the link where a learner confirms it (/training/checkin/<session>?code=…; the QR library loads with this
// page only), and the seats booked and attended so far. A code lasts a short window and serves one learner: the
// screen asks for the next as soon as the current one expires or was used (what it shows is read every two seconds).
// Codes show from 30 minutes before the start until the end; outside that the screen says when.

import { useCodeRotation } from '@strata/checkin/rotation';
import { formatDateTime, formatTimeRange } from '@strata/i18n';
import { ErrorAlert, PageFrame, RecordStates, useRecordRoute } from '@strata/ui';
import { RecordNotFound } from '@strata/ui/record-not-found';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Skeleton, Typography } from 'antd';
import { lazy, Suspense, useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';
import { ended, opensAt, screenOpen } from './session-time';
import type { Roster } from './session-types';
import { useNow } from './use-now';

const CheckinCodeScreen = lazy(() => import('@strata/checkin/screen').then((m) => ({ default: m.CheckinCodeScreen })));

/** How often the screen reads what it shows (a used code, the counts). */
export const pollMs = 2000;

export function SessionCheckinScreen({ basePath }: { basePath: string }) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const route = useRecordRoute(`${basePath}/courses`);
  const roster = useQuery({ ...trpc.training.sessions.roster.queryOptions({ id: route.id }), enabled: route.valid });
  return (
    <RecordStates
      route={route}
      query={roster}
      notFound={
        <RecordNotFound
          title={t('sessions.page.notFound')}
          text={t('sessions.page.notFoundText')}
          back={t('sessions.page.backToLearn')}
          listPath={`${basePath}/learn`}
          testId="session-not-found"
        />
      }
      title={t('sessions.screen.title')}
      listTitle={t('sessions.page.courses')}
    >
      {(shown) => <Screen session={shown} basePath={basePath} onBack={route.back} />}
    </RecordStates>
  );
}

const clock = () => new Date();

function Screen({ session, basePath, onBack }: { session: Roster; basePath: string; onBack: () => void }) {
  const { t, i18n } = useTranslation('training');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const frame = useRef<HTMLDivElement>(null);
  const now = useNow(5_000);
  const language = i18n.language;
  const open = session.status === 'scheduled' && screenOpen(session, now);
  // What the screen shows now (the code, or none once it was used or expired) and the counts, read every two seconds.
  const state = useQuery({
    ...trpc.training.sessions.screen.queryOptions({ id: session.id }),
    refetchInterval: pollMs,
  });
  const issue = useMutation(
    trpc.training.sessions.screenCode.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.training.sessions.screen.pathKey() }),
    }),
  );
  const { mutate } = issue;
  const requestNext = useCallback(() => mutate({ id: session.id }), [mutate, session.id]);
  const shown = useCodeRotation({
    open,
    state: state.data,
    requestNext,
    requesting: issue.isPending,
    failed: issue.isError,
    reread: state.refetch,
  });

  const closedText =
    session.status === 'cancelled'
      ? t('sessions.screen.cancelled')
      : ended(session, now)
        ? t('sessions.screen.ended')
        : t('sessions.screen.notYet', { time: formatDateTime(opensAt(session).toISOString(), language) });

  return (
    <PageFrame
      title={t('sessions.screen.heading', { title: session.title })}
      documentTitle={t('sessions.screen.title')}
      breadcrumbs={[{ title: session.title, path: `${basePath}/sessions/${session.id}` }]}
      onBack={onBack}
      testId="session-checkin-screen-page"
      extra={
        <Button onClick={() => void frame.current?.requestFullscreen?.()} data-neutral data-testid="checkin-fullscreen">
          {t('sessions.screen.fullscreen')}
        </Button>
      }
    >
      <div
        ref={frame}
        style={{ background: 'var(--ant-color-bg-container, #fff)', padding: 16, minHeight: '60vh' }}
        data-testid="checkin-screen"
      >
        <Flex vertical align="center" gap={16}>
          <Typography.Title level={3} style={{ margin: 0, textAlign: 'center', overflowWrap: 'anywhere' }}>
            {session.title}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
            {formatTimeRange(session.startsAt, session.endsAt, language)} · {session.place}
          </Typography.Text>
          {!open && (
            <Typography.Text type="danger" data-testid="checkin-closed">
              {closedText}
            </Typography.Text>
          )}
          {state.error ? <ErrorAlert error={state.error} onRetry={() => void state.refetch()} /> : null}
          {issue.isError && <ErrorAlert error={issue.error} onRetry={() => issue.reset()} />}
          {open && shown ? (
            <Suspense fallback={<Skeleton active />}>
              <CheckinCodeScreen
                code={shown.code}
                expiresAt={new Date(shown.expiresAt)}
                now={clock}
                link={new URL(shown.link, window.location.origin).toString()}
                labels={{
                  code: t('sessions.screen.code'),
                  // The screen fills in the seconds itself (`{seconds}`): i18next is handed the placeholder to keep.
                  expiresIn: t('sessions.screen.expiresIn', { seconds: '{seconds}' }),
                  scan: t('sessions.screen.scan'),
                }}
              />
            </Suspense>
          ) : (
            open && !issue.isError && <Skeleton active />
          )}
          <Typography.Text style={{ fontSize: 18, fontVariantNumeric: 'tabular-nums' }} data-testid="checkin-count">
            {t('sessions.screen.counts', { attended: state.data?.attended ?? 0, booked: state.data?.booked ?? 0 })}
          </Typography.Text>
        </Flex>
      </div>
    </PageFrame>
  );
}
