// An activity's attendance: each volunteer's check-in and check-out (by code or by hand, with the reason), late and
// early flags, the minutes attended and whether they reach the activity's share; an organiser records attendance by
// hand (a reason required) and evaluates a volunteer (a rating and a word).
import { PlusOutlined } from '@ant-design/icons';
import { formatMinutes, volunteerLimits } from '@strata/contract';
import { formatDateTime } from '@strata/i18n';
import { instantOfZonedTime, zonedTimeOf } from '@strata/i18n/days';
import { ErrorAlert, FormModal, formRules, Permitted } from '@strata/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  type ButtonProps,
  Card,
  Flex,
  Form,
  type FormRule,
  Grid,
  Input,
  Rate,
  Table,
  type TableColumnType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActivityDetail, AttendanceRow } from '../common/api-types';
import { tabular } from '../common/domain';
import { VolunteerSelect } from '../common/volunteer-select';
import { useTRPC } from '../trpc';

type Props = { activity: ActivityDetail; basePath: string };

export function AttendanceCard({ activity, basePath }: Props) {
  const { t, i18n } = useTranslation('volunteers');
  // On a phone the actions scroll with the row: pinned, they would cover most of a narrow table.
  const pinActions = Grid.useBreakpoint().md === true;
  const trpc = useTRPC();
  const attendance = useQuery(trpc.volunteers.checkin.list.queryOptions({ activityId: activity.id }));
  const [recording, setRecording] = useState<{ row: AttendanceRow | undefined }>();
  const [evaluating, setEvaluating] = useState<AttendanceRow>();
  const language = i18n.language;
  const canRecord = activity.status === 'published';
  const canEvaluate = activity.status === 'published' || activity.status === 'closed';
  const time = (value: string | null) => (value ? formatDateTime(value, language) : t('none'));
  const method = (value: string | null, reason: string) =>
    value === 'manual' ? (
      <Tooltip title={reason}>
        <Tag style={{ marginInlineEnd: 0 }}>{t('attendance.byHand')}</Tag>
      </Tooltip>
    ) : null;

  const columns: TableColumnType<AttendanceRow>[] = [
    {
      key: 'name',
      title: t('attendance.columns.name'),
      width: 110,
      render: (_, row) => <Link to={`${basePath}/people/${row.volunteerId}`}>{row.name}</Link>,
    },
    {
      key: 'in',
      title: t('attendance.columns.in'),
      width: 190,
      render: (_, row) => (
        <Flex wrap gap={4} align="center" style={tabular} data-testid={`attendance-in-${row.id}`}>
          {time(row.checkedInAt)}
          {row.late && <Tag color="gold">{t('attendance.late')}</Tag>}
          {method(row.inMethod, row.manualReason)}
        </Flex>
      ),
    },
    {
      key: 'out',
      title: t('attendance.columns.out'),
      width: 190,
      render: (_, row) => (
        <Flex wrap gap={4} align="center" style={tabular} data-testid={`attendance-out-${row.id}`}>
          {time(row.checkedOutAt)}
          {row.early && <Tag color="gold">{t('attendance.early')}</Tag>}
          {method(row.outMethod, row.manualReason)}
        </Flex>
      ),
    },
    {
      key: 'minutes',
      title: t('attendance.columns.hours'),
      width: 120,
      render: (_, row) => (
        <Flex wrap gap={4} align="center" style={tabular}>
          {formatMinutes(row.minutes)}
          <Tag color={row.qualifies ? 'green' : 'default'} data-testid={`attendance-qualifies-${row.id}`}>
            {row.qualifies ? t('attendance.qualifies') : t('attendance.short')}
          </Tag>
        </Flex>
      ),
    },
    {
      key: 'rating',
      title: t('attendance.columns.rating'),
      width: 170,
      render: (_, row) =>
        row.rating === null ? (
          t('none')
        ) : (
          <Flex vertical>
            <Rate disabled value={row.rating} style={{ fontSize: 14 }} />
            {row.comment && <Typography.Text type="secondary">{row.comment}</Typography.Text>}
          </Flex>
        ),
    },
    {
      key: 'actions',
      title: t('actions'),
      width: 160,
      fixed: pinActions ? 'right' : undefined,
      render: (_, row) => (
        <Flex wrap gap={4}>
          {canRecord && !row.checkedOutAt && (
            <Permitted permission="volunteers.organise" unitId={activity.unitId}>
              <Button
                size="small"
                type="link"
                onClick={() => setRecording({ row })}
                data-testid={`attendance-record-${row.id}`}
              >
                {t('attendance.recordOut')}
              </Button>
            </Permitted>
          )}
          {canEvaluate && (
            <Permitted permission="volunteers.organise" unitId={activity.unitId}>
              <Button
                size="small"
                type="link"
                onClick={() => setEvaluating(row)}
                data-testid={`attendance-evaluate-${row.id}`}
              >
                {t('attendance.evaluate')}
              </Button>
            </Permitted>
          )}
        </Flex>
      ),
    },
  ];

  const rows = attendance.data ?? [];
  const qualifying = rows.filter((r) => r.qualifies).length;
  return (
    <Card
      title={t('attendance.title')}
      size="small"
      data-testid="activity-attendance"
      extra={
        canRecord && (
          <Permitted permission="volunteers.organise" unitId={activity.unitId}>
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => setRecording({ row: undefined })}
              data-testid="attendance-record"
            >
              {t('attendance.record')}
            </Button>
          </Permitted>
        )
      }
    >
      {attendance.error ? <ErrorAlert error={attendance.error} onRetry={() => void attendance.refetch()} /> : null}
      {rows.length > 0 && (
        <Typography.Paragraph type="secondary" data-testid="attendance-summary">
          {t('attendance.summary', { count: rows.length, qualifying, percent: activity.attendancePercent })}
        </Typography.Paragraph>
      )}
      <Table<AttendanceRow>
        rowKey="id"
        size="small"
        aria-label={t('attendance.title')}
        columns={columns}
        dataSource={rows}
        loading={attendance.isFetching}
        scroll={{ x: 940 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('attendance.empty') }}
        data-testid="activity-attendance-table"
      />
      {recording && <RecordModal activity={activity} row={recording.row} onClose={() => setRecording(undefined)} />}
      {evaluating && <EvaluateModal row={evaluating} onClose={() => setEvaluating(undefined)} />}
    </Card>
  );
}

type RecordValues = { volunteerId: number; checkedInAt: string; checkedOutAt: string; reason: string };

/** Attendance by hand: a volunteer's in (and out) times, or the out time of one already in, with the reason. */
function RecordModal({
  activity,
  row,
  onClose,
}: {
  activity: ActivityDetail;
  row: AttendanceRow | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<RecordValues>();
  const rules = formRules(t);
  const label = (key: string) => t(`attendance.form.${key}`);
  const record = useMutation(
    trpc.volunteers.checkin.record.mutationOptions({
      onSuccess: async () => {
        message.success(t('attendance.recorded'));
        onClose();
        await queryClient.invalidateQueries({ queryKey: trpc.volunteers.pathKey() });
      },
    }),
  );
  const start = zonedTimeOf(activity.startsAt);
  const end = zonedTimeOf(activity.endsAt);
  const afterIn: FormRule = ({ getFieldValue }) => ({
    validator: (_, value?: string) => {
      const checkedIn = getFieldValue('checkedInAt') as string | undefined;
      return !value || !checkedIn || value > checkedIn
        ? Promise.resolve()
        : Promise.reject(new Error(label('outBeforeIn')));
    },
  });
  return (
    <FormModal<RecordValues>
      form={form}
      mutation={record}
      open
      title={row ? t('attendance.recordOutTitle', { name: row.name }) : t('attendance.recordTitle')}
      okButtonProps={{ 'data-testid': 'attendance-record-ok' } as ButtonProps}
      onCancel={onClose}
      initialValues={{
        checkedInAt: row ? zonedTimeOf(row.checkedInAt) : start,
        checkedOutAt: end,
        reason: '',
      }}
      onFinish={(values) =>
        record.mutate({
          activityId: activity.id,
          volunteerId: row?.volunteerId ?? values.volunteerId,
          checkedInAt: instantOfZonedTime(values.checkedInAt).toISOString(),
          checkedOutAt: values.checkedOutAt ? instantOfZonedTime(values.checkedOutAt).toISOString() : null,
          reason: values.reason.trim(),
        })
      }
      testId="attendance-record-form"
    >
      {!row && (
        <Form.Item name="volunteerId" label={label('volunteer')} rules={[rules.choose(label('volunteer'))]}>
          <VolunteerSelect unitId={activity.unitId} testId="attendance-record-volunteer" />
        </Form.Item>
      )}
      <Form.Item name="checkedInAt" label={label('in')} rules={[rules.required(label('in'))]}>
        <Input type="datetime-local" disabled={row !== undefined} data-testid="attendance-record-in" />
      </Form.Item>
      <Form.Item
        name="checkedOutAt"
        label={label('out')}
        extra={label('outHint')}
        dependencies={['checkedInAt']}
        rules={[afterIn]}
      >
        <Input type="datetime-local" data-testid="attendance-record-out" />
      </Form.Item>
      <Form.Item
        name="reason"
        label={label('reason')}
        extra={label('reasonHint')}
        rules={[rules.required(label('reason')), rules.maxLength(volunteerLimits.reason)]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 4 }}
          maxLength={volunteerLimits.reason}
          showCount
          data-testid="attendance-record-reason"
        />
      </Form.Item>
    </FormModal>
  );
}

type EvaluateValues = { rating: number; comment: string };

function EvaluateModal({ row, onClose }: { row: AttendanceRow; onClose: () => void }) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<EvaluateValues>();
  const rules = formRules(t);
  const evaluate = useMutation(
    trpc.volunteers.checkin.evaluate.mutationOptions({
      onSuccess: async () => {
        message.success(t('attendance.evaluated'));
        onClose();
        await queryClient.invalidateQueries({ queryKey: trpc.volunteers.pathKey() });
      },
    }),
  );
  return (
    <FormModal<EvaluateValues>
      form={form}
      mutation={evaluate}
      open
      title={t('attendance.evaluateTitle', { name: row.name })}
      okButtonProps={{ 'data-testid': 'attendance-evaluate-ok' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ rating: row.rating ?? 5, comment: row.comment }}
      onFinish={(values) =>
        evaluate.mutate({ attendanceId: row.id, rating: values.rating, comment: (values.comment ?? '').trim() })
      }
      testId="attendance-evaluate-form"
    >
      <Form.Item name="rating" label={t('attendance.rating')} rules={[rules.choose(t('attendance.rating'))]}>
        <Rate data-testid="attendance-evaluate-rating" />
      </Form.Item>
      <Form.Item name="comment" label={t('attendance.comment')} rules={[rules.maxLength(volunteerLimits.reason)]}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 4 }}
          maxLength={volunteerLimits.reason}
          showCount
          data-testid="attendance-evaluate-comment"
        />
      </Form.Item>
    </FormModal>
  );
}
