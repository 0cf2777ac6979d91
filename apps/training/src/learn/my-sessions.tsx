// My classroom sessions (面授课): the sessions of the courses I am taking that have not ended, soonest first (a
// cancelled one only where I held a seat), each with its time, place, trainer and places left, and my seat: book one
// before the start, give it back (asked first), check in with the screen's code while the window is open (30 minutes
// before the start until the end). On a course's page, that course's sessions only.
import { formatDateTime, formatTimeRange } from '@strata/i18n';
import { ErrorAlert, errorMessage } from '@strata/ui';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, type ButtonProps, Card, Empty, Flex, Modal, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { screenOpen } from '../sessions/session-time';
import { useNow } from '../sessions/use-now';
import { useTRPC } from '../trpc';
import { CheckinForm, checkedInText } from './checkin-form';
import { CardGrid, MoreRows, myCoursePath, pageStep, tabular } from './learn-parts';
import type { UpcomingSession } from './learn-types';

type Props = {
  basePath: string;
  /** One course's sessions (its page), else every course's. */
  courseId?: number;
  testId: string;
};

export function MySessions({ basePath, courseId, testId }: Props) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  const now = useNow();
  const [pageSize, setPageSize] = useState(pageStep);
  const [checking, setChecking] = useState<UpcomingSession>();
  const sessions = useQuery({
    ...trpc.training.sessions.upcoming.queryOptions({ ...(courseId && { courseId }), page: 1, pageSize }),
    placeholderData: keepPreviousData,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.training.pathKey() });
  const book = useMutation(
    trpc.training.sessions.book.mutationOptions({
      onSuccess: async () => {
        message.success(t('learn.sessions.booked'));
        await refresh();
      },
    }),
  );
  const giveBack = useMutation(
    trpc.training.sessions.cancelSeat.mutationOptions({
      onSuccess: async () => {
        message.success(t('learn.sessions.givenBack'));
        await refresh();
      },
    }),
  );
  const failed = book.error ?? giveBack.error;
  const askGiveBack = (row: UpcomingSession) =>
    modal.confirm({
      title: t('learn.sessions.giveBackTitle', { title: row.title }),
      content: t('learn.sessions.giveBackText'),
      okText: t('learn.sessions.giveBack'),
      okButtonProps: { danger: true, 'data-testid': `${testId}-give-back-ok` } as ButtonProps,
      onOk: () => giveBack.mutateAsync({ sessionId: row.id }).catch(() => undefined),
    });

  const items = sessions.data?.items;
  return (
    <Flex vertical gap={16} data-testid={testId}>
      {failed && (
        <Alert
          type="error"
          showIcon
          title={t('learn.sessions.failed')}
          description={errorMessage(failed, t)}
          data-testid={`${testId}-failed`}
        />
      )}
      {sessions.error ? (
        <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : items === undefined ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={courseId ? t('learn.sessions.noneForCourse') : t('learn.sessions.none')}
          data-testid={`${testId}-empty`}
        />
      ) : (
        <>
          <CardGrid
            items={items}
            itemKey={(row) => row.id}
            render={(row) => (
              <SessionCard
                row={row}
                now={now}
                basePath={basePath}
                showCourse={courseId === undefined}
                pending={
                  (book.isPending && book.variables?.sessionId === row.id) ||
                  (giveBack.isPending && giveBack.variables?.sessionId === row.id)
                }
                onBook={() => book.mutate({ sessionId: row.id })}
                onGiveBack={() => askGiveBack(row)}
                onCheckIn={() => setChecking(row)}
                testId={`${testId}-${row.id}`}
              />
            )}
          />
          <MoreRows
            shown={items.length}
            total={sessions.data?.total ?? 0}
            pageSize={pageSize}
            onMore={() => setPageSize((n) => n + pageStep)}
            testId={testId}
          />
        </>
      )}
      <CheckinDialog session={checking} onClose={() => setChecking(undefined)} testId={`${testId}-checkin`} />
    </Flex>
  );
}

type CardProps = {
  row: UpcomingSession;
  now: Date;
  basePath: string;
  showCourse: boolean;
  pending: boolean;
  onBook: () => void;
  onGiveBack: () => void;
  onCheckIn: () => void;
  testId: string;
};

function SessionCard({ row, now, basePath, showCourse, pending, onBook, onGiveBack, onCheckIn, testId }: CardProps) {
  const { t, i18n } = useTranslation('training');
  const cancelled = row.status === 'cancelled';
  const started = now.getTime() >= new Date(row.startsAt).getTime();
  const seat = row.mySeat?.status === 'booked' ? row.mySeat : null;
  const attended = seat?.attendedAt != null;
  const canBook = !cancelled && !started && seat === null;
  const canGiveBack = !cancelled && !started && seat !== null && !attended;
  // A learner without a seat may still check in while places are left (the server takes one for them).
  const canCheckIn = !cancelled && !attended && screenOpen(row, now) && (seat !== null || row.placesLeft > 0);
  return (
    <Card
      size="small"
      style={{ width: '100%' }}
      title={row.title}
      extra={<SeatTag session={row} testId={`${testId}-seat`} />}
      data-testid={testId}
    >
      <Flex vertical gap={6}>
        {showCourse && (
          <Link to={myCoursePath(basePath, row.courseId)} data-testid={`${testId}-course`}>
            {row.courseTitle}
          </Link>
        )}
        <Typography.Text style={tabular}>{formatTimeRange(row.startsAt, row.endsAt, i18n.language)}</Typography.Text>
        <Typography.Text type="secondary">
          {t('learn.sessions.place', { place: row.place })}
          {row.trainerName && ` · ${t('learn.sessions.trainer', { name: row.trainerName })}`}
        </Typography.Text>
        {!cancelled && (
          <Typography.Text type={row.placesLeft === 0 ? 'danger' : 'secondary'} data-testid={`${testId}-places`}>
            {row.placesLeft === 0
              ? t('learn.sessions.full', { capacity: row.capacity })
              : t('learn.sessions.placesLeft', { count: row.placesLeft, capacity: row.capacity })}
          </Typography.Text>
        )}
        {attended && seat?.attendedAt && (
          <Typography.Text type="secondary" style={tabular}>
            {t('learn.sessions.attendedAt', { at: formatDateTime(seat.attendedAt, i18n.language) })}
          </Typography.Text>
        )}
        {(canBook || canGiveBack || canCheckIn) && (
          <Flex wrap gap={8} justify="flex-end">
            {canCheckIn && (
              <Button type="primary" size="small" onClick={onCheckIn} data-testid={`${testId}-check-in`}>
                {t('learn.checkin.checkIn')}
              </Button>
            )}
            {canBook && (
              <Button
                type={canCheckIn ? 'default' : 'primary'}
                size="small"
                disabled={row.placesLeft === 0}
                loading={pending}
                onClick={onBook}
                data-testid={`${testId}-book`}
              >
                {row.placesLeft === 0 ? t('learn.sessions.noPlace') : t('learn.sessions.book')}
              </Button>
            )}
            {canGiveBack && (
              <Button size="small" danger loading={pending} onClick={onGiveBack} data-testid={`${testId}-give-back`}>
                {t('learn.sessions.giveBack')}
              </Button>
            )}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}

/** The session's state as I see it: cancelled, checked in (late), a seat booked or given back, or none. */
function SeatTag({ session, testId }: { session: UpcomingSession; testId: string }) {
  const { t } = useTranslation('training');
  const seat = session.mySeat;
  const [colour, word] =
    session.status === 'cancelled'
      ? ['default', t('learn.sessions.cancelled')]
      : seat?.status === 'booked' && seat.attendedAt
        ? seat.late
          ? ['orange', t('learn.sessions.attendedLate')]
          : ['green', t('learn.sessions.attended')]
        : seat?.status === 'booked'
          ? ['blue', t('learn.sessions.seatBooked')]
          : seat?.status === 'cancelled'
            ? ['default', t('learn.sessions.seatGivenBack')]
            : [undefined, undefined];
  if (!word) return null;
  return (
    <Tag color={colour} style={{ marginInlineEnd: 0 }} data-testid={testId}>
      {word}
    </Tag>
  );
}

type DialogProps = { session: UpcomingSession | undefined; onClose: () => void; testId: string };

function CheckinDialog({ session, onClose, testId }: DialogProps) {
  const { t } = useTranslation('training');
  const { message } = App.useApp();
  return (
    <Modal
      open={session !== undefined}
      title={session && t('learn.checkin.title', { title: session.title })}
      footer={null}
      destroyOnHidden
      onCancel={onClose}
    >
      {session && (
        <CheckinForm
          sessionId={session.id}
          onDone={(result) => {
            message.success(checkedInText(t, result));
            onClose();
          }}
          testId={testId}
        />
      )}
    </Modal>
  );
}
