// A course's class list (its page's 学员 tab, for its trainers): its learners of every unit, each with their name and
// unit's name only, the enrolment's state, progress (a bar), lessons done, best score, sessions attended, how they
// came (enrolled themselves or assigned), the due day (red once overdue), when they enrolled and completed. Searched by
// name, filtered by state and overdue, sorted on the server, the state in the URL; the export writes every row the
// filter matches.
import { formatDateTime } from '@strata/i18n';
import { formatCalendarDay } from '@strata/i18n/days';
import { useAccess } from '@strata/ui';
import { type ExportColumn, type ListColumn, ListTable, useListQuery } from '@strata/ui/list-page';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useTRPC, useTRPCClient } from '../trpc';
import { classListSpec, toClassListInput } from './class-list-spec';
import { DueDay, EnrolmentStatusTag, ProgressBar, useEnrolmentSearchFields } from './enrolment-parts';
import type { ClassListRow, ClassListSort } from './enrolment-types';

type Filters = (typeof classListSpec)['filters'];
type Props = { courseId: number; unitId: number; basePath: string; canManage: boolean };

const tabular = { fontVariantNumeric: 'tabular-nums' } as const;

export function ClassListTab({ courseId }: Props) {
  const { t, i18n } = useTranslation('training');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const access = useAccess();
  const list = useListQuery(classListSpec, { scope: courseId });
  const input = toClassListInput(list.query, courseId);
  const result = useQuery({
    ...trpc.training.enrolments.classList.queryOptions(input),
    placeholderData: keepPreviousData,
  });
  const language = i18n.language;
  const searchFields = useSearchFields();

  return (
    <div data-testid="class-list-tab">
      <ListTable<ClassListRow, Filters, ClassListSort>
        listId="training.classList"
        label={t('enrolments.classList.tableLabel')}
        userId={access.userId}
        testId="class-list"
        list={list}
        rowKey="id"
        columns={classListColumns(t, language)}
        result={result}
        scrollX={1500}
        emptyText={t('enrolments.classList.none')}
        searchFields={searchFields}
        exporting={{
          fetchPage: (page, pageSize, signal) =>
            client.training.enrolments.classList.query({ ...input, page, pageSize }, { signal }),
          columns: classListExportColumns(t, language),
          fileName: t('enrolments.classList.fileName'),
        }}
      />
    </div>
  );
}

const useSearchFields = () => useEnrolmentSearchFields('class-list');

function classListColumns(t: TFunction, language: string): ListColumn<ClassListRow>[] {
  const c = (key: string) => t(`training:enrolments.columns.${key}`);
  const time = (value: string | null) => (value ? formatDateTime(value, language) : t('training:common.none'));
  return [
    {
      key: 'learnerName',
      title: c('learner'),
      dataIndex: 'learnerName',
      width: 110,
      sorter: true,
      fixed: 'left',
      render: (name: string, row) => (
        <span style={{ overflowWrap: 'anywhere' }} data-testid={`class-learner-${row.id}`}>
          {name}
        </span>
      ),
    },
    { key: 'unit', title: c('unit'), dataIndex: 'unitName', width: 160, ellipsis: true },
    {
      key: 'status',
      title: c('status'),
      width: 90,
      render: (_, row) => <EnrolmentStatusTag status={row.status} testId={`class-status-${row.id}`} />,
    },
    {
      key: 'progress',
      title: c('progress'),
      width: 150,
      sorter: true,
      render: (_, row) => <ProgressBar percent={row.progress} testId={`class-progress-${row.id}`} />,
    },
    {
      key: 'lessonsDone',
      title: c('lessonsDone'),
      width: 90,
      align: 'right',
      render: (_, row) => <span style={tabular}>{row.lessonsDone}</span>,
    },
    {
      key: 'bestScore',
      title: c('bestScore'),
      width: 90,
      align: 'right',
      render: (_, row) => (
        <span style={tabular} data-testid={`class-score-${row.id}`}>
          {row.bestScore ?? t('training:common.none')}
        </span>
      ),
    },
    {
      key: 'sessionsAttended',
      title: c('sessionsAttended'),
      width: 100,
      align: 'right',
      render: (_, row) => <span style={tabular}>{row.sessionsAttended}</span>,
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
      render: (_, row) => <DueDay dueOn={row.dueOn} overdue={row.overdue} testId={`class-due-${row.id}`} />,
    },
    {
      key: 'enrolledAt',
      title: c('enrolledAt'),
      width: 160,
      sorter: true,
      render: (_, row) => <span style={tabular}>{time(row.enrolledAt)}</span>,
    },
    {
      key: 'completedAt',
      title: c('completedAt'),
      width: 160,
      render: (_, row) => <span style={tabular}>{time(row.completedAt)}</span>,
    },
  ];
}

function classListExportColumns(t: TFunction, language: string): ExportColumn<ClassListRow>[] {
  const c = (key: string) => t(`training:enrolments.columns.${key}`);
  const yesNo = (value: boolean) => t(`training:enrolments.filters.${value ? 'overdueYes' : 'overdueNo'}`);
  return [
    { title: c('learner'), value: (r) => r.learnerName },
    { title: c('unit'), value: (r) => r.unitName },
    { title: c('status'), value: (r) => t(`training:common.enrolmentStatus.${r.status}`) },
    { title: c('progressPercent'), value: (r) => r.progress },
    { title: c('lessonsDone'), value: (r) => r.lessonsDone },
    { title: c('bestScore'), value: (r) => r.bestScore ?? '' },
    { title: c('sessionsAttended'), value: (r) => r.sessionsAttended },
    { title: c('source'), value: (r) => t(`training:common.enrolmentSource.${r.source}`) },
    { title: c('dueOn'), value: (r) => formatCalendarDay(r.dueOn, language) },
    { title: c('overdue'), value: (r) => yesNo(r.overdue) },
    { title: c('enrolledAt'), value: (r) => formatDateTime(r.enrolledAt, language) },
    { title: c('completedAt'), value: (r) => (r.completedAt ? formatDateTime(r.completedAt, language) : '') },
  ];
}
