// 学员培训: the training of the people of the current unit's subtree (their admins' view), whoever runs each course:
// each enrolment with the learner's name and unit's name, the course and its unit, the state, progress, how they came
// (enrolled themselves or assigned), the due day (red once overdue), when they enrolled and completed. Filtered by
// unit, course (a course's title in a row filters by it), state, overdue, source and name, the state in the URL; the
// export writes every row the filter matches. An assigner assigns a course to people of the subtree with a due day
// (./assign-modal); an assignment not yet completed can be withdrawn (asked first): the learner leaves the course.
import { PlusOutlined } from '@ant-design/icons';
import { enrolmentSources } from '@strata/contract';
import { formatDateTime } from '@strata/i18n';
import { formatCalendarDay } from '@strata/i18n/days';
import { errorMessage, PageFrame, Permitted, TreeSelectOnDemand, useAccess } from '@strata/ui';
import { type ExportColumn, type ListColumn, ListTable, type SearchField, useListQuery } from '@strata/ui/list-page';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, type ButtonProps, Flex, Select, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubtreeUnits } from '../courses/unit-tree-data';
import { useTRPC, useTRPCClient } from '../trpc';
import { DueDay, EnrolmentStatusTag, ProgressBar, useEnrolmentSearchFields } from './enrolment-parts';
import type { EnrolmentRow } from './enrolment-types';
import { enrolmentsSpec, toEnrolmentListInput } from './enrolments-spec';

type Filters = (typeof enrolmentsSpec)['filters'];

const AssignModal = lazy(() => import('./assign-modal').then((m) => ({ default: m.AssignModal })));

const tabular = { fontVariantNumeric: 'tabular-nums' } as const;

/** An assignment the assigners may still withdraw: assigned, neither completed nor withdrawn. */
const withdrawable = (row: EnrolmentRow) =>
  row.source === 'assigned' && (row.status === 'enrolled' || row.status === 'in_progress');

export function EnrolmentsPage({ unitId: given }: { basePath: string; unitId?: number }) {
  const { t, i18n } = useTranslation('training');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const access = useAccess();
  const { modal, message } = App.useApp();
  // The route stands behind training.read at the current unit, so there is one.
  const unitId = given ?? access.unitId ?? 0;
  const list = useListQuery(enrolmentsSpec, { scope: unitId });
  const input = toEnrolmentListInput(list.query, unitId);
  const result = useQuery({ ...trpc.training.enrolments.list.queryOptions(input), placeholderData: keepPreviousData });
  const language = i18n.language;
  const searchFields = useSearchFields(unitId);
  const [assigning, setAssigning] = useState(false);
  const unassign = useMutation(
    trpc.training.enrolments.unassign.mutationOptions({
      onSuccess: async () => {
        message.success(t('enrolments.unassigned'));
        await queryClient.invalidateQueries({ queryKey: trpc.training.enrolments.pathKey() });
      },
    }),
  );
  const askUnassign = (row: EnrolmentRow) =>
    modal.confirm({
      title: t('enrolments.unassignTitle', { name: row.learnerName, course: row.courseTitle }),
      content: t('enrolments.unassignText'),
      okText: t('enrolments.unassign'),
      cancelText: t('enrolments.keep'),
      okButtonProps: { 'data-testid': 'enrolment-unassign-ok', danger: true } as ButtonProps,
      onOk: () => unassign.mutateAsync({ id: row.id }).catch(() => undefined),
    });
  const { courseId } = list.query.filters;
  // The course filtered by, named as the rows name it (a course's title in a row sets it).
  const courseTitle = courseId ? result.data?.items.find((r) => r.courseId === courseId)?.courseTitle : undefined;
  const filterByCourse = (row: EnrolmentRow) => list.setFilters({ ...list.query.filters, courseId: row.courseId });

  return (
    <PageFrame title={t('enrolments.title')} testId="enrolments-page">
      {unassign.error ? (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => unassign.reset() }}
          title={t('enrolments.unassignFailed')}
          description={errorMessage(unassign.error, t)}
          data-testid="enrolments-unassign-failed"
        />
      ) : null}
      {courseId !== undefined && (
        <Flex wrap gap={8} align="center" data-testid="enrolments-course-filter">
          <Typography.Text type="secondary">{t('enrolments.filters.course')}</Typography.Text>
          <Tag
            closable
            onClose={() => list.setFilters({ ...list.query.filters, courseId: undefined })}
            style={{ marginInlineEnd: 0 }}
            data-neutral
          >
            {courseTitle ?? t('enrolments.filters.courseChosen')}
          </Tag>
        </Flex>
      )}
      <ListTable<EnrolmentRow, Filters, never>
        listId="training.enrolments"
        label={t('enrolments.tableLabel')}
        userId={access.userId}
        testId="enrolments"
        list={list}
        rowKey="id"
        columns={enrolmentColumns(t, language, { onCourse: filterByCourse, onUnassign: askUnassign })}
        result={result}
        scrollX={1560}
        emptyText={t('enrolments.none')}
        searchFields={searchFields}
        actions={
          <Permitted permission="training.assign" unitId={unitId}>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setAssigning(true)}
              data-testid="enrolments-assign"
            >
              {t('enrolments.assign.open')}
            </Button>
          </Permitted>
        }
        exporting={{
          fetchPage: (page, pageSize, signal) =>
            client.training.enrolments.list.query({ ...input, page, pageSize }, { signal }),
          columns: enrolmentExportColumns(t, language),
          fileName: t('enrolments.fileName'),
        }}
      />
      {assigning && (
        <Suspense fallback={null}>
          <AssignModal unitId={unitId} onClose={() => setAssigning(false)} />
        </Suspense>
      )}
    </PageFrame>
  );
}

function useSearchFields(unitId: number): SearchField[] {
  const { t } = useTranslation('training');
  const units = useSubtreeUnits(unitId);
  const shared = useEnrolmentSearchFields('enrolments');
  const f = (key: string) => t(`enrolments.filters.${key}`);
  const any = t('common:listAny');
  const [name, status, overdue] = shared as [SearchField, SearchField, SearchField];
  return [
    name,
    {
      name: 'unitId',
      label: f('unit'),
      input: (
        <TreeSelectOnDemand
          allowClear
          placeholder={any}
          treeData={units.treeData}
          treeDefaultExpandAll
          showSearch={{ treeNodeFilterProp: 'title' }}
          loading={units.isLoading}
          data-testid="enrolments-filter-unit"
        />
      ),
    },
    status,
    overdue,
    {
      name: 'source',
      label: f('source'),
      input: (
        <Select
          allowClear
          placeholder={any}
          options={enrolmentSources.map((value) => ({ value, label: t(`common.enrolmentSource.${value}`) }))}
          data-testid="enrolments-filter-source"
        />
      ),
    },
  ];
}

type Acts = { onCourse: (row: EnrolmentRow) => void; onUnassign: (row: EnrolmentRow) => void };

function enrolmentColumns(t: TFunction, language: string, acts: Acts): ListColumn<EnrolmentRow>[] {
  const c = (key: string) => t(`training:enrolments.columns.${key}`);
  const time = (value: string | null) => (value ? formatDateTime(value, language) : t('training:common.none'));
  return [
    {
      key: 'learnerName',
      title: c('learner'),
      dataIndex: 'learnerName',
      width: 110,
      fixed: 'left',
      render: (name: string, row) => (
        <span style={{ overflowWrap: 'anywhere' }} data-testid={`enrolment-learner-${row.id}`}>
          {name}
        </span>
      ),
    },
    { key: 'unit', title: c('unit'), dataIndex: 'unitName', width: 150, ellipsis: true },
    {
      key: 'course',
      title: c('course'),
      width: 240,
      render: (_, row) => (
        <Flex vertical>
          <Button
            type="link"
            size="small"
            onClick={() => acts.onCourse(row)}
            title={t('training:enrolments.filterByCourse')}
            style={{ padding: 0, height: 'auto', textAlign: 'start', whiteSpace: 'normal', overflowWrap: 'anywhere' }}
            data-neutral
            data-testid={`enrolment-course-${row.id}`}
          >
            {row.courseTitle}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.courseUnitName}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'status',
      title: c('status'),
      width: 90,
      render: (_, row) => <EnrolmentStatusTag status={row.status} testId={`enrolment-status-${row.id}`} />,
    },
    {
      key: 'progress',
      title: c('progress'),
      width: 150,
      render: (_, row) => <ProgressBar percent={row.progress} testId={`enrolment-progress-${row.id}`} />,
    },
    {
      key: 'source',
      title: c('source'),
      width: 90,
      render: (_, row) => t(`training:common.enrolmentSource.${row.source}`),
    },
    {
      key: 'dueOn',
      title: c('dueOn'),
      width: 150,
      render: (_, row) => <DueDay dueOn={row.dueOn} overdue={row.overdue} testId={`enrolment-due-${row.id}`} />,
    },
    {
      key: 'enrolledAt',
      title: c('enrolledAt'),
      width: 160,
      render: (_, row) => <span style={tabular}>{time(row.enrolledAt)}</span>,
    },
    {
      key: 'completedAt',
      title: c('completedAt'),
      width: 160,
      render: (_, row) => <span style={tabular}>{time(row.completedAt)}</span>,
    },
    {
      key: 'actions',
      title: t('training:common.actions'),
      width: 110,
      render: (_, row) =>
        withdrawable(row) ? (
          <Permitted permission="training.assign" unitId={row.unitId}>
            <Button
              size="small"
              type="link"
              danger
              onClick={() => acts.onUnassign(row)}
              data-testid={`enrolment-unassign-${row.id}`}
            >
              {t('training:enrolments.unassign')}
            </Button>
          </Permitted>
        ) : null,
    },
  ];
}

function enrolmentExportColumns(t: TFunction, language: string): ExportColumn<EnrolmentRow>[] {
  const c = (key: string) => t(`training:enrolments.columns.${key}`);
  const yesNo = (value: boolean) => t(`training:enrolments.filters.${value ? 'overdueYes' : 'overdueNo'}`);
  return [
    { title: c('learner'), value: (r) => r.learnerName },
    { title: c('unit'), value: (r) => r.unitName },
    { title: c('course'), value: (r) => r.courseTitle },
    { title: c('courseUnit'), value: (r) => r.courseUnitName },
    { title: c('status'), value: (r) => t(`training:common.enrolmentStatus.${r.status}`) },
    { title: c('progressPercent'), value: (r) => r.progress },
    { title: c('source'), value: (r) => t(`training:common.enrolmentSource.${r.source}`) },
    { title: c('dueOn'), value: (r) => formatCalendarDay(r.dueOn, language) },
    { title: c('overdue'), value: (r) => yesNo(r.overdue) },
    { title: c('enrolledAt'), value: (r) => formatDateTime(r.enrolledAt, language) },
    { title: c('completedAt'), value: (r) => (r.completedAt ? formatDateTime(r.completedAt, language) : '') },
  ];
}
