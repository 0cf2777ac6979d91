// A classroom session's page (for its course's trainers): when and where, its trainer and places, and its roster: the
// learners holding a seat, of whatever unit (their name and unit's name only), with their attendance (by the screen's
// code, on time or late, or marked by the trainer). The trainer marks each seat attended, or takes a mark back (asked
// first), from 30 minutes before the start on; the check-in screen is a button away while the session runs.
import { formatDateTime, formatTimeRange } from '@strata/i18n';
import { errorMessage, PageFrame, Permitted, RecordStates, useAccess, useRecordRoute } from '@strata/ui';
import { RecordNotFound } from '@strata/ui/record-not-found';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  type ButtonProps,
  Card,
  Descriptions,
  Flex,
  Grid,
  Input,
  Table,
  type TableColumnType,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTRPC } from '../trpc';
import { SessionStatusTag } from './session-status-tag';
import { ended, markOpen, opensAt } from './session-time';
import type { Roster, RosterSeat } from './session-types';
import { useNow } from './use-now';

const tabular = { fontVariantNumeric: 'tabular-nums' } as const;

export function SessionPage({ basePath }: { basePath: string }) {
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
      title={t('sessions.page.title')}
      listTitle={t('sessions.page.courses')}
    >
      {(shown) => <SessionView session={shown} basePath={basePath} onBack={route.back} />}
    </RecordStates>
  );
}

type ViewProps = { session: Roster; basePath: string; onBack: () => void };

function SessionView({ session, basePath, onBack }: ViewProps) {
  const { t, i18n } = useTranslation('training');
  const access = useAccess();
  const navigate = useNavigate();
  const now = useNow();
  const language = i18n.language;
  const { id, status } = session;
  const coursePath = `${basePath}/courses/${session.courseId}`;
  // The course's page stands behind training.manage: a trainer without it is not led there.
  const mayOpenCourse = access.has('training.manage');
  const attended = session.seats.filter((s) => s.status === 'booked' && s.attendedAt !== null).length;
  const running = status === 'scheduled' && !ended(session, now);

  return (
    <PageFrame
      title={session.title}
      documentTitle={t('sessions.page.title')}
      breadcrumbs={
        mayOpenCourse
          ? [
              { title: t('sessions.page.courses'), path: `${basePath}/courses` },
              { title: session.courseTitle, path: `${coursePath}?tab=sessions` },
            ]
          : [{ title: session.courseTitle }]
      }
      onBack={onBack}
      testId="session-page"
      extra={
        running && (
          <Permitted permission="training.teach">
            <Button
              type="primary"
              onClick={() => navigate(`${basePath}/sessions/${id}/checkin`)}
              data-testid="session-checkin-screen"
            >
              {t('sessions.page.checkinScreen')}
            </Button>
          </Permitted>
        )
      }
    >
      <Flex wrap gap={8} align="center">
        <SessionStatusTag status={status} testId="session-status" />
        <Typography.Text type="secondary">{session.courseTitle}</Typography.Text>
      </Flex>
      {status === 'cancelled' && (
        <Alert type="info" showIcon title={t('sessions.page.cancelledNote')} data-testid="session-cancelled-note" />
      )}
      <Card size="small" title={t('sessions.page.details')} data-testid="session-details">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            {
              key: 'time',
              label: t('sessions.page.time'),
              children: (
                <span style={tabular} data-testid="session-time">
                  {formatTimeRange(session.startsAt, session.endsAt, language)}
                </span>
              ),
            },
            { key: 'place', label: t('sessions.page.place'), children: session.place },
            {
              key: 'trainer',
              label: t('sessions.page.trainer'),
              children: session.trainerName ?? t('sessions.noTrainer'),
            },
            {
              key: 'places',
              label: t('sessions.page.places'),
              children: (
                <span style={tabular} data-testid="session-places">
                  {t('sessions.page.placesValue', { booked: session.booked, capacity: session.capacity })}
                </span>
              ),
            },
            {
              key: 'attended',
              label: t('sessions.page.attended'),
              children: (
                <span style={tabular} data-testid="session-attended">
                  {attended}
                </span>
              ),
            },
          ]}
        />
      </Card>
      <RosterCard session={session} now={now} />
    </PageFrame>
  );
}

function RosterCard({ session, now }: { session: Roster; now: Date }) {
  const { t, i18n } = useTranslation('training');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  // On a phone the action scrolls with the row: pinned, it would cover most of a narrow table.
  const pinActions = Grid.useBreakpoint().md === true;
  const [search, setSearch] = useState('');
  const language = i18n.language;
  const open = session.status === 'scheduled' && markOpen(session, now);
  const mark = useMutation(
    trpc.training.sessions.mark.mutationOptions({
      onSuccess: async (result, input) => {
        const seat = session.seats.find((s) => s.id === input.seatId);
        const name = seat?.learnerName ?? '';
        if (result.completedNow) message.success(t('sessions.page.completedNow', { name }));
        else message.success(t(input.attended ? 'sessions.page.markedIn' : 'sessions.page.markedOut', { name }));
        await queryClient.invalidateQueries({ queryKey: trpc.training.sessions.pathKey() });
      },
    }),
  );
  const markIn = (seat: RosterSeat) => mark.mutate({ seatId: seat.id, attended: true });
  const askMarkOut = (seat: RosterSeat) =>
    modal.confirm({
      title: t('sessions.page.unmarkTitle', { name: seat.learnerName }),
      content: t(seat.attendedBy === 'code' ? 'sessions.page.unmarkTextCode' : 'sessions.page.unmarkText'),
      okText: t('sessions.page.unmark'),
      okButtonProps: { 'data-testid': 'seat-unmark-ok', danger: true } as ButtonProps,
      onOk: () => mark.mutateAsync({ seatId: seat.id, attended: false }).catch(() => undefined),
    });

  const needle = search.trim().toLowerCase();
  const rows = useMemo(
    () =>
      needle
        ? session.seats.filter(
            (s) => s.learnerName.toLowerCase().includes(needle) || s.unitName.toLowerCase().includes(needle),
          )
        : session.seats,
    [session.seats, needle],
  );

  const columns: TableColumnType<RosterSeat>[] = [
    {
      key: 'name',
      title: t('sessions.page.columns.name'),
      dataIndex: 'learnerName',
      width: 120,
      render: (name: string, seat) => (
        <span style={{ overflowWrap: 'anywhere' }} data-testid={`seat-name-${seat.id}`}>
          {name}
        </span>
      ),
    },
    { key: 'unit', title: t('sessions.page.columns.unit'), dataIndex: 'unitName', width: 160, ellipsis: true },
    {
      key: 'attendance',
      title: t('sessions.page.columns.attendance'),
      width: 240,
      render: (_, seat) => (
        <Flex wrap gap={4} align="center" style={tabular} data-testid={`seat-attendance-${seat.id}`}>
          {seat.status === 'cancelled' ? (
            <Tag style={{ marginInlineEnd: 0 }}>{t('sessions.page.seatCancelled')}</Tag>
          ) : seat.attendedAt ? (
            <>
              <Tag color="green" style={{ marginInlineEnd: 0 }}>
                {t('sessions.page.present')}
              </Tag>
              {formatDateTime(seat.attendedAt, language)}
              {seat.attendedBy && (
                <Typography.Text type="secondary">{t(`sessions.page.by.${seat.attendedBy}`)}</Typography.Text>
              )}
              {seat.late && (
                <Tag color="gold" style={{ marginInlineEnd: 0 }} data-testid={`seat-late-${seat.id}`}>
                  {t('sessions.page.late')}
                </Tag>
              )}
            </>
          ) : (
            <Typography.Text type="secondary">{t('sessions.page.absent')}</Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 130,
      fixed: pinActions ? 'right' : undefined,
      render: (_, seat) =>
        seat.status === 'booked' && session.status === 'scheduled' ? (
          <Permitted permission="training.teach" whenDenied="hide">
            {seat.attendedAt ? (
              <Button
                size="small"
                type="link"
                danger
                disabled={!open}
                onClick={() => askMarkOut(seat)}
                data-testid={`seat-unmark-${seat.id}`}
              >
                {t('sessions.page.unmark')}
              </Button>
            ) : (
              <Button
                size="small"
                type="link"
                disabled={!open}
                loading={mark.isPending && mark.variables?.seatId === seat.id}
                onClick={() => markIn(seat)}
                data-testid={`seat-mark-${seat.id}`}
              >
                {t('sessions.page.mark')}
              </Button>
            )}
          </Permitted>
        ) : null,
    },
  ];

  return (
    <Card
      size="small"
      title={t('sessions.page.roster')}
      data-testid="session-roster"
      extra={
        session.seats.length > 0 && (
          <Input
            type="search"
            allowClear
            size="small"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder={t('sessions.page.searchPlaceholder')}
            aria-label={t('sessions.page.search')}
            style={{ width: 180, maxWidth: '40vw' }}
            data-neutral
            data-testid="session-roster-search"
          />
        )
      }
    >
      <Flex vertical gap={12}>
        {session.status === 'scheduled' && !open && (
          <Alert
            type="info"
            showIcon
            title={t('sessions.page.markNotYet', { time: formatDateTime(opensAt(session).toISOString(), language) })}
            data-testid="session-mark-not-yet"
          />
        )}
        {mark.error ? (
          <Alert
            type="error"
            showIcon
            closable={{ onClose: () => mark.reset() }}
            title={t('sessions.page.markFailed')}
            description={errorMessage(mark.error, t)}
            data-testid="session-mark-failed"
          />
        ) : null}
        <Table<RosterSeat>
          rowKey="id"
          size="small"
          aria-label={t('sessions.page.roster')}
          columns={columns}
          dataSource={rows}
          scroll={{ x: 650 }}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: needle ? t('sessions.page.noMatch') : t('sessions.page.empty') }}
          data-testid="session-roster-table"
        />
      </Flex>
    </Card>
  );
}
