// The people an assigner chooses in the assign dialog: the active accounts at home in the current unit's subtree (or a
// unit below it), found by name, a page at a time (training.enrolments.people), each with their status in the course
// chosen. Someone already taking the course or who completed it is shown so (a tag and why) and cannot be chosen;
// someone who left it may be, and goes on where they left off. The choice holds across pages and searches, up to
// the server's cap (assignInput: trainingLimits.assignAtOnceMax at once): past it the extra ones are left out and a
// message says why.
import { type EnrolmentStatus, trainingLimits } from '@strata/contract';
import { TreeSelectOnDemand } from '@strata/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { App, Button, Empty, Flex, Input, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubtreeUnits } from '../courses/unit-tree-data';
import { useTRPC } from '../trpc';
import { EnrolmentStatusTag } from './enrolment-parts';
import type { PeopleInput, PersonRow } from './enrolment-types';

/**
 * Done with the course: not chosen again (the server would skip them). Someone taking it already may be chosen: the
 * assignment gives their enrolment the due day, and it goes on where it is.
 */
export const alreadyCompleted = (status: EnrolmentStatus | null) => status === 'completed';

/**
 * The selection `next` kept within `max`: as it is when it fits, else the ones chosen before that are still chosen
 * and as many of the newly chosen as there is room for, in the order given; `capped` says some were left out.
 */
export function withinCap(before: readonly number[], next: readonly number[], max: number) {
  if (next.length <= max) return { ids: [...next], capped: false };
  const kept = before.filter((id) => next.includes(id)).slice(0, max);
  const added = next.filter((id) => !before.includes(id)).slice(0, max - kept.length);
  return { ids: [...kept, ...added], capped: true };
}

/** The `training.enrolments.people` input: a page of the unit subtree's people whose name holds `q`. */
export const peopleInput = (
  unitId: number,
  courseId: number,
  q: string,
  page: number,
  pageSize: number,
): PeopleInput => {
  const name = q.trim().slice(0, 50);
  return { unitId, ...(name && { q: name }), courseId, page, pageSize };
};

const pageSizes = [10, 20, 50, 100];

type Props = {
  /** The current unit: its subtree's people are offered. */
  unitId: number;
  /** The course chosen; none yet: nobody is offered (their status in it decides who may be chosen). */
  courseId: number | undefined;
  /** The most chosen at once: the server's. */
  max?: number;
  /** Given by the form item that holds it. */
  id?: string;
  value?: number[];
  onChange?: (userIds: number[]) => void;
};

export function AssignPeople({ unitId, courseId, max = trainingLimits.assignAtOnceMax, id, value, onChange }: Props) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const { message } = App.useApp();
  const units = useSubtreeUnits(unitId);
  const [q, setQ] = useState('');
  const [within, setWithin] = useState<number | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(10);
  const w = (key: string) => t(`enrolments.assign.${key}`);
  const people = useQuery({
    ...trpc.training.enrolments.people.queryOptions(peopleInput(within ?? unitId, courseId ?? 0, q, page, pageSize)),
    enabled: courseId !== undefined,
    placeholderData: keepPreviousData,
  });
  const chosen = value ?? [];
  const choose = (next: number[]) => {
    const { ids, capped } = withinCap(chosen, next, max);
    if (capped) void message.warning(t('enrolments.assign.tooMany', { max }));
    onChange?.(ids);
  };

  if (courseId === undefined)
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={w('courseFirst')}
        data-testid="assign-people-course-first"
      />
    );

  const columns: TableColumnsType<PersonRow> = [
    {
      key: 'name',
      title: w('person'),
      dataIndex: 'name',
      render: (name: string, person) => <span data-testid={`assign-person-${person.id}`}>{name}</span>,
    },
    { key: 'unit', title: w('unit'), dataIndex: 'unitName', ellipsis: true },
    {
      key: 'status',
      title: w('status'),
      width: 220,
      render: (_, person) =>
        person.enrolmentStatus ? (
          <Flex wrap gap={4} align="center" data-testid={`assign-person-status-${person.id}`}>
            <EnrolmentStatusTag status={person.enrolmentStatus} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {w(`why.${person.enrolmentStatus}`)}
            </Typography.Text>
          </Flex>
        ) : null,
    },
  ];

  return (
    <Flex vertical gap={8} id={id} data-testid="assign-people">
      <Flex wrap gap={8}>
        <Input
          type="search"
          allowClear
          maxLength={50}
          placeholder={w('searchPlaceholder')}
          aria-label={w('search')}
          value={q}
          onChange={(event) => {
            setQ(event.target.value);
            setPage(1);
          }}
          style={{ flex: '1 1 180px' }}
          data-testid="assign-people-search"
          data-neutral
        />
        <TreeSelectOnDemand
          allowClear
          placeholder={w('unitPlaceholder')}
          aria-label={w('unit')}
          treeData={units.treeData}
          treeDefaultExpandAll
          showSearch={{ treeNodeFilterProp: 'title' }}
          loading={units.isLoading}
          value={within}
          onChange={(unit?: number) => {
            setWithin(unit ?? undefined);
            setPage(1);
          }}
          style={{ flex: '1 1 180px' }}
          data-testid="assign-people-unit"
          data-neutral
        />
      </Flex>
      <Table<PersonRow>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={people.data?.items ?? []}
        loading={people.isFetching}
        rowSelection={{
          selectedRowKeys: chosen,
          preserveSelectedRowKeys: true,
          onChange: (keys) => choose(keys as number[]),
          getCheckboxProps: (person) => ({
            disabled: alreadyCompleted(person.enrolmentStatus),
            'aria-label': t('enrolments.assign.choosePerson', { name: person.name }),
          }),
        }}
        pagination={{
          current: page,
          pageSize,
          total: people.data?.total ?? 0,
          size: 'small',
          showSizeChanger: true,
          pageSizeOptions: pageSizes,
          showTotal: (total) => t('enrolments.assign.total', { total }),
          onChange: (next, size) => {
            setPage(size === pageSize ? next : 1);
            setPageSize(size);
          },
        }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={people.isError ? w('peopleFailed') : q.trim() || within ? w('noMatch') : w('nobody')}
            />
          ),
        }}
        data-testid="assign-people-table"
      />
      <Flex wrap justify="space-between" align="center" gap={8}>
        <Typography.Text type={chosen.length >= max ? 'warning' : 'secondary'} data-testid="assign-people-chosen">
          {t('enrolments.assign.chosen', { count: chosen.length, max })}
        </Typography.Text>
        {chosen.length > 0 && (
          <Button
            type="link"
            size="small"
            onClick={() => onChange?.([])}
            data-neutral
            data-testid="assign-people-clear"
          >
            {w('clear')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
