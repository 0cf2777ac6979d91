// The development pipeline (入党发展流程) of the current unit and the units below it: how many people stand at each
// stage (the tabs, with how many of them are due for their next step), the people at the stage chosen, paged on the
// server (the registry's list), and, filtered to those due, the pipeline's lists read against today by the server:
// activists whose year is over, probation ending within 30 days or ended, applicants waiting over six months. Each row
// leads to the member's profile; where the user may edit the member's unit, the row offers the next steps.
import type { MemberStage } from '@strata/contract';
import { memberStages } from '@strata/contract';
import { formatCalendarDay } from '@strata/i18n/days';
import { ErrorAlert, PageFrame, useAccess } from '@strata/ui';
import { type ListColumn, ListTable, type SearchField, useListQuery } from '@strata/ui/list-page';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Badge, Grid, Select, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StageTag } from '../common/member-tags';
import { UnitFilter } from '../common/unit-picker';
import { useTRPC } from '../trpc';
import {
  AdvanceModal,
  CancelModal,
  ExtendModal,
  type LifecycleAction,
  RowActions,
  SponsorsModal,
} from './lifecycle-actions';
import {
  type DueKind,
  dueCount,
  dueFilters,
  dueRowsOf,
  lifecycleListSpec,
  type PipelineRow,
  rosterRow,
  toRosterInput,
} from './lifecycle-spec';

const allStages = 'all';
const overdueKinds: readonly DueKind[] = ['conversionOverdue', 'applicantWaiting'];

export function LifecyclePage({ basePath, unitId }: { basePath: string; unitId: number }) {
  const { t, i18n } = useTranslation('members');
  const trpc = useTRPC();
  const access = useAccess();
  const list = useListQuery(lifecycleListSpec, { scope: unitId });
  const { filters } = list.query;
  const { page, pageSize } = list.query;
  const pipeline = useQuery({
    ...trpc.members.lifecycle.pipeline.queryOptions({ unitId: filters.unitId ?? unitId }),
    placeholderData: keepPreviousData,
  });
  const roster = useQuery({
    ...trpc.members.registry.list.queryOptions(toRosterInput(list.query, unitId)),
    placeholderData: keepPreviousData,
    enabled: filters.due === undefined,
  });
  const [acting, setActing] = useState<{ action: LifecycleAction; row: PipelineRow }>();
  const close = () => setActing(undefined);
  const language = i18n.language;
  const day = (value: string) => formatCalendarDay(value, language);

  // With the due filter, the pipeline's lists, paged here (the server sends each list's most urgent members).
  const due = filters.due && pipeline.data ? dueRowsOf(pipeline.data, filters.due, filters.stage) : undefined;
  const result = filters.due
    ? {
        data: due && { items: due.rows.slice((page - 1) * pageSize, page * pageSize), total: due.rows.length },
        isFetching: pipeline.isFetching,
        error: pipeline.error,
        refetch: pipeline.refetch,
      }
    : {
        data: roster.data && {
          items: roster.data.items.map((row) => rosterRow(row, pipeline.data)),
          total: roster.data.total,
          totalIsBound: roster.data.totalIsBound,
        },
        isFetching: roster.isFetching,
        error: roster.error,
        refetch: () => Promise.all([roster.refetch(), pipeline.refetch()]),
      };

  const columns = useColumns(basePath, (action, row) => setActing({ action, row }));
  const searchFields = useSearchFields(unitId);
  const setStage = (key: string) =>
    list.setFilters({ ...filters, stage: key === allStages ? undefined : (key as MemberStage) });
  const stages = pipeline.data?.stages;
  const tabLabel = (label: string, count: number | undefined, dueNow: number, key: string) => (
    <span data-testid={`lifecycle-tab-${key}`}>
      {label}{' '}
      <Typography.Text type="secondary" data-testid={`lifecycle-count-${key}`}>
        {count === undefined ? '' : count.toLocaleString(language)}
      </Typography.Text>
      {dueNow > 0 && (
        <Badge
          count={dueNow}
          overflowCount={999}
          title={t('lifecycle.dueBadge', { count: dueNow })}
          style={{ marginInlineStart: 6 }}
          data-testid={`lifecycle-due-${key}`}
        />
      )}
    </span>
  );
  const sum = stages ? memberStages.reduce((n, s) => n + stages[s], 0) : undefined;
  const stageItems = [
    {
      key: allStages,
      label: tabLabel(t('lifecycle.allStages'), sum, pipeline.data ? dueCount(pipeline.data, undefined) : 0, allStages),
    },
    ...memberStages.map((stage) => ({
      key: stage,
      label: tabLabel(t(`stage.${stage}`), stages?.[stage], pipeline.data ? dueCount(pipeline.data, stage) : 0, stage),
    })),
  ];
  const phone = Grid.useBreakpoint().md === false;

  return (
    <PageFrame title={t('lifecycle.title')} testId="lifecycle-page">
      {pipeline.error && !filters.due ? (
        <ErrorAlert error={pipeline.error} onRetry={() => void pipeline.refetch()} />
      ) : null}
      {phone ? (
        // On a phone the six stages do not fit as tabs: the same choice as a list to pick from.
        <Select
          value={filters.stage ?? allStages}
          onChange={setStage}
          options={stageItems.map((item) => ({ value: item.key, label: item.label }))}
          aria-label={t('lifecycle.title')}
          style={{ width: '100%', marginBottom: 16 }}
          data-neutral
          data-testid="lifecycle-stages"
        />
      ) : (
        <Tabs
          activeKey={filters.stage ?? allStages}
          onChange={setStage}
          data-testid="lifecycle-stages"
          items={stageItems}
        />
      )}
      {pipeline.data && (
        <Typography.Text type="secondary" data-testid="lifecycle-as-of">
          {t('lifecycle.asOf', { day: day(pipeline.data.asOf) })}
        </Typography.Text>
      )}
      {due && due.total > due.rows.length && (
        <Alert
          type="info"
          showIcon
          title={t('lifecycle.mostUrgent', { shown: due.rows.length, total: due.total })}
          data-testid="lifecycle-most-urgent"
        />
      )}
      <ListTable
        listId={filters.due ? 'members.lifecycle.due' : 'members.lifecycle'}
        label={t('lifecycle.tableLabel')}
        userId={access.userId}
        testId="lifecycle"
        list={list}
        rowKey="id"
        columns={columns}
        result={result}
        scrollX={900}
        emptyText={t('lifecycle.empty')}
        searchFields={searchFields}
      />
      <AdvanceModal row={acting?.action === 'advance' ? acting.row : undefined} onClose={close} />
      <ExtendModal row={acting?.action === 'extend' ? acting.row : undefined} onClose={close} />
      <CancelModal row={acting?.action === 'cancel' ? acting.row : undefined} onClose={close} />
      <SponsorsModal row={acting?.action === 'sponsors' ? acting.row : undefined} onClose={close} />
    </PageFrame>
  );
}

function useColumns(basePath: string, onAct: (action: LifecycleAction, row: PipelineRow) => void) {
  const { t, i18n } = useTranslation('members');
  const language = i18n.language;
  const c = (key: string) => t(`lifecycle.columns.${key}`);
  const columns: ListColumn<PipelineRow>[] = [
    {
      key: 'name',
      title: c('name'),
      width: 110,
      fixed: 'left',
      render: (_, row) => (
        <Link to={`${basePath}/registry/${row.id}`} data-testid={`lifecycle-member-${row.id}`}>
          {row.name}
        </Link>
      ),
    },
    { key: 'stage', title: c('stage'), width: 130, render: (_, row) => <StageTag stage={row.stage} /> },
    { key: 'unit', title: c('unit'), dataIndex: 'unitName', width: 170, ellipsis: true },
    {
      key: 'since',
      title: c('since'),
      width: 140,
      render: (_, row) => (
        <span style={{ fontVariantNumeric: 'tabular-nums' }} data-testid={`lifecycle-since-${row.id}`}>
          {row.since ? formatCalendarDay(row.since, language) : '—'}
        </span>
      ),
    },
    {
      key: 'due',
      title: c('due'),
      width: 260,
      render: (_, row) =>
        row.due ? (
          <span data-testid={`lifecycle-due-${row.id}`} data-kind={row.due.kind}>
            <Tag color={overdueKinds.includes(row.due.kind) || row.due.daysLeft < 0 ? 'red' : 'blue'}>
              {t(`lifecycle.dueKind.${row.due.kind}`)}
            </Tag>
            <Typography.Text type="secondary" style={{ whiteSpace: 'normal' }}>
              {t(`lifecycle.dueWhen.${row.due.kind}`, {
                day: formatCalendarDay(row.due.dueOn, language),
                count: Math.abs(row.due.daysLeft),
              })}
            </Typography.Text>
          </span>
        ) : (
          '—'
        ),
    },
    {
      key: 'actions',
      title: c('actions'),
      width: 100,
      render: (_, row) => <RowActions row={row} onAct={(action) => onAct(action, row)} />,
    },
  ];
  return columns;
}

/** The search form: the unit within the current one, and whether only those due are listed. */
function useSearchFields(unitId: number): SearchField[] {
  const { t } = useTranslation('members');
  const any = t('common:listAny');
  return [
    {
      name: 'unitId',
      label: t('lifecycle.filters.unit'),
      input: <UnitFilter rootUnitId={unitId} placeholder={any} testId="lifecycle-filter-unit" />,
    },
    {
      name: 'due',
      label: t('lifecycle.filters.due'),
      input: (
        <Select
          allowClear
          placeholder={any}
          options={dueFilters.map((value) => ({ value, label: t(`lifecycle.dueFilter.${value}`) }))}
          data-testid="lifecycle-filter-due"
        />
      ),
    },
  ];
}
