// 课程管理: the courses of the current unit and the units below it, found by title, state, category, audience,
// public/required and unit, sorted by title or last change on the server, the state in the URL. Each leads to its
// page (outline, versions, quizzes, sessions, learners, figures); a course editor of a unit creates one (the dialog
// loads when first opened) and lands on its page. The export writes what the filter matches.
import { PlusOutlined } from '@ant-design/icons';
import { courseAudiences, courseStatuses, trainingCategories } from '@strata/contract';
import { formatDateTime } from '@strata/i18n';
import { PageFrame, Permitted, TreeSelectOnDemand, useAccess } from '@strata/ui';
import {
  type ExportColumn,
  hasFilters,
  type ListColumn,
  ListTable,
  type SearchField,
  useListQuery,
} from '@strata/ui/list-page';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Input, Select } from 'antd';
import type { TFunction } from 'i18next';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useTRPC, useTRPCClient } from '../trpc';
import { CourseStatusTag, tabular, versionText } from './course-tags';
import type { CourseRow, CourseSort } from './course-types';
import { coursesSpec, toCourseListInput } from './courses-spec';
import { useSubtreeUnits } from './unit-tree-data';

const CourseFormModal = lazy(() => import('./course-form-modal').then((m) => ({ default: m.CourseFormModal })));

type Filters = (typeof coursesSpec)['filters'];

export function CoursesPage({ basePath, unitId: given }: { basePath: string; unitId?: number }) {
  const { t, i18n } = useTranslation('training');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const access = useAccess();
  const navigate = useNavigate();
  // The route stands behind training.manage at the current unit, so there is one.
  const unitId = given ?? access.unitId ?? 0;
  const list = useListQuery(coursesSpec, { scope: unitId });
  const input = toCourseListInput(list.query, unitId);
  const result = useQuery({ ...trpc.training.courses.list.queryOptions(input), placeholderData: keepPreviousData });
  const [creating, setCreating] = useState(false);
  const [made, setMade] = useState<number>();
  // The new course opens once the dialog has gone (its unsaved-changes mark cleared with it), so leaving the list
  // does not ask about the course just saved.
  useEffect(() => {
    if (made === undefined || creating) return;
    setMade(undefined);
    navigate(`${basePath}/courses/${made}`);
  }, [made, creating, basePath, navigate]);
  const language = i18n.language;
  const searchFields = useSearchFields(unitId);
  // Nothing yet and nothing filtered: the page says what a course is for and offers the first one.
  const none = result.data?.total === 0 && !hasFilters(list.query.filters) && list.query.page === 1;

  const createButton = (testId: string, text: string) => (
    <Permitted permission="training.manage" unitId={unitId}>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid={testId}>
        {text}
      </Button>
    </Permitted>
  );

  return (
    <PageFrame title={t('courses.title')} testId="courses-page">
      {none ? (
        <Card data-testid="courses-none">
          <Empty description={t('courses.none')}>
            {createButton('courses-create-first', t('courses.createFirst'))}
          </Empty>
        </Card>
      ) : (
        <ListTable<CourseRow, Filters, CourseSort>
          listId="training.courses"
          label={t('courses.tableLabel')}
          userId={access.userId}
          testId="courses"
          list={list}
          rowKey="id"
          columns={courseColumns(t, language, basePath)}
          result={result}
          scrollX={1280}
          emptyText={t('courses.none')}
          searchFields={searchFields}
          actions={createButton('courses-create', t('courses.create'))}
          exporting={{
            fetchPage: (page, pageSize, signal) =>
              client.training.courses.list.query({ ...input, page, pageSize }, { signal }),
            columns: courseExportColumns(t, language),
            fileName: t('courses.fileName'),
          }}
        />
      )}
      {creating && (
        <Suspense fallback={null}>
          <CourseFormModal unitId={unitId} course={undefined} onClose={() => setCreating(false)} onSaved={setMade} />
        </Suspense>
      )}
    </PageFrame>
  );
}

function useSearchFields(unitId: number): SearchField[] {
  const { t } = useTranslation('training');
  const units = useSubtreeUnits(unitId);
  const f = (key: string) => t(`courses.filters.${key}`);
  const any = t('common:listAny');
  const choice = (name: string, options: { value: string; label: string }[]) => (
    <Select allowClear placeholder={any} options={options} data-testid={`courses-filter-${name}`} />
  );
  const yesNo = [
    { value: 'yes', label: f('yes') },
    { value: 'no', label: f('no') },
  ];
  return [
    {
      name: 'q',
      label: f('search'),
      input: <Input type="search" allowClear placeholder={f('searchPlaceholder')} data-testid="courses-search" />,
    },
    {
      name: 'status',
      label: f('status'),
      input: choice(
        'status',
        courseStatuses.map((value) => ({ value, label: t(`common.courseStatus.${value}`) })),
      ),
    },
    {
      name: 'category',
      label: f('category'),
      input: choice(
        'category',
        trainingCategories.map((value) => ({ value, label: t(`common.category.${value}`) })),
      ),
    },
    {
      name: 'audience',
      label: f('audience'),
      input: choice(
        'audience',
        courseAudiences.map((value) => ({ value, label: t(`common.audience.${value}`) })),
      ),
    },
    { name: 'isPublic', label: f('isPublic'), input: choice('public', yesNo) },
    { name: 'required', label: f('required'), input: choice('required', yesNo) },
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
          data-testid="courses-filter-unit"
        />
      ),
    },
  ];
}

function courseColumns(t: TFunction, language: string, basePath: string): ListColumn<CourseRow>[] {
  const c = (key: string) => t(`courses.columns.${key}`);
  return [
    {
      key: 'title',
      title: c('title'),
      width: 240,
      sorter: true,
      fixed: 'left',
      render: (_, row) => (
        <Link
          to={`${basePath}/courses/${row.id}`}
          data-testid={`course-link-${row.id}`}
          style={{ overflowWrap: 'anywhere' }}
        >
          {row.title}
        </Link>
      ),
    },
    { key: 'unit', title: c('unit'), dataIndex: 'unitName', width: 160, ellipsis: true },
    { key: 'category', title: c('category'), width: 130, render: (_, row) => t(`common.category.${row.category}`) },
    {
      key: 'status',
      title: c('status'),
      width: 100,
      render: (_, row) => <CourseStatusTag status={row.status} testId={`course-status-${row.id}`} />,
    },
    {
      key: 'currentVersion',
      title: c('currentVersion'),
      width: 100,
      render: (_, row) => <span style={tabular}>{versionText(t, row.currentVersion)}</span>,
    },
    {
      key: 'draftVersion',
      title: c('draftVersion'),
      width: 100,
      render: (_, row) => (
        <span style={tabular} data-testid={`course-draft-${row.id}`}>
          {versionText(t, row.draftVersion)}
        </span>
      ),
    },
    {
      key: 'lessons',
      title: c('lessons'),
      width: 80,
      align: 'right',
      render: (_, row) => <span style={tabular}>{row.lessonCount}</span>,
    },
    {
      key: 'enrolled',
      title: c('enrolled'),
      width: 90,
      align: 'right',
      render: (_, row) => <span style={tabular}>{row.enrolled}</span>,
    },
    {
      key: 'updatedAt',
      title: c('updatedAt'),
      width: 170,
      sorter: true,
      render: (_, row) => <span style={tabular}>{formatDateTime(row.updatedAt, language)}</span>,
    },
  ];
}

function courseExportColumns(t: TFunction, language: string): ExportColumn<CourseRow>[] {
  const c = (key: string) => t(`training:courses.columns.${key}`);
  const yesNo = (value: boolean) => t(`training:courses.filters.${value ? 'yes' : 'no'}`);
  return [
    { title: c('title'), value: (r) => r.title },
    { title: c('unit'), value: (r) => r.unitName },
    { title: c('category'), value: (r) => t(`training:common.category.${r.category}`) },
    { title: c('audience'), value: (r) => t(`training:common.audience.${r.audience}`) },
    { title: c('isPublic'), value: (r) => yesNo(r.isPublic) },
    { title: c('required'), value: (r) => yesNo(r.required) },
    { title: c('status'), value: (r) => t(`training:common.courseStatus.${r.status}`) },
    { title: c('currentVersion'), value: (r) => r.currentVersion ?? '' },
    { title: c('draftVersion'), value: (r) => r.draftVersion ?? '' },
    { title: c('lessons'), value: (r) => r.lessonCount },
    { title: c('enrolled'), value: (r) => r.enrolled },
    { title: c('updatedAt'), value: (r) => formatDateTime(r.updatedAt, language) },
  ];
}
