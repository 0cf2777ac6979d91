// The floating members (流动党员) of the current unit's subtree: its members working away, or the members attached to
// it, in tabs; current attachments by default (ended ones, or all, on request), found by the member's name, and a unit
// within the current one, paged on the server with the state in the URL. The member's own branch registers and ends
// an attachment.
import { PlusOutlined } from '@ant-design/icons';
import { formatCalendarDay } from '@strata/i18n/days';
import { PageFrame, useAccess } from '@strata/ui';
import {
  type ExportColumn,
  type ListColumn,
  ListTable,
  type SearchField,
  useAddressParams,
  useListQuery,
} from '@strata/ui/list-page';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Input, Select, Tabs } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FloatingRow } from '../common/api-types';
import { StageTag } from '../common/member-tags';
import { UnitFilter } from '../common/unit-picker';
import { holdsMembers, useUnits } from '../common/use-units';
import { useTRPC, useTRPCClient } from '../trpc';
import { EndFloatingModal } from './end-floating-modal';
import {
  floatingListSpec,
  floatingStates,
  floatingTabs,
  readFloatingTab,
  toFloatingListInput,
} from './floating-list-spec';
import { StartFloatingModal } from './start-floating-modal';

type Props = { basePath: string; unitId: number };

export function FloatingPage({ basePath, unitId }: Props) {
  const { t } = useTranslation('members');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const access = useAccess();
  const list = useListQuery(floatingListSpec, { scope: unitId });
  const [params, setParams] = useAddressParams();
  const tab = readFloatingTab(params.get('direction'));
  const setTab = (key: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (key === 'out') next.delete('direction');
      else next.set('direction', key);
      next.delete('page');
      return next;
    });
  const input = toFloatingListInput(list.query, tab, unitId);
  const result = useQuery({ ...trpc.members.floating.list.queryOptions(input), placeholderData: keepPreviousData });
  const [starting, setStarting] = useState(false);
  const [ending, setEnding] = useState<FloatingRow>();
  const columns = useFloatingColumns(basePath, setEnding);
  const searchFields = useSearchFields(unitId);
  const { below } = useUnits(unitId);
  // Registered at the member's own branch or group: offered when the reader may do so at one in the subtree.
  // Where a floating member may be registered from: a branch or group of the subtree where the reader may transfer.
  const startingUnit = below.find((u) => holdsMembers(u) && access.can('members.transfer', u.id));

  return (
    <PageFrame title={t('floating.title')} testId="floating-page">
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={floatingTabs.map((key) => ({ key, label: t(`floating.tabs.${key}`) }))}
        data-testid="floating-tabs"
      />
      <ListTable
        listId="members.floating"
        label={t('floating.tableLabel')}
        userId={access.userId}
        testId="floating"
        list={list}
        rowKey="id"
        columns={columns}
        result={result}
        scrollX={1150}
        emptyText={t(`floating.empty.${tab}`)}
        searchFields={searchFields}
        actions={
          startingUnit && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setStarting(true)}
              data-permission="members.transfer"
              data-unit={startingUnit.id}
              data-testid="floating-start"
            >
              {t('floating.start')}
            </Button>
          )
        }
        exporting={{
          fetchPage: (page, pageSize, signal) =>
            client.members.floating.list.query({ ...input, page, pageSize }, { signal }),
          columns: floatingExportColumns(t),
          fileName: t('floating.fileName'),
        }}
      />
      <StartFloatingModal unitId={unitId} open={starting} onClose={() => setStarting(false)} />
      <EndFloatingModal attachment={ending} onClose={() => setEnding(undefined)} />
    </PageFrame>
  );
}

function useFloatingColumns(basePath: string, onEnd: (row: FloatingRow) => void): ListColumn<FloatingRow>[] {
  const { t, i18n } = useTranslation('members');
  const access = useAccess();
  const c = (key: string) => t(`floating.columns.${key}`);
  const day = (value: string | null, none = '—') => (value ? formatCalendarDay(value, i18n.language) : none);
  return [
    {
      key: 'member',
      title: c('member'),
      width: 110,
      fixed: 'left',
      render: (_, row) => (
        <Link to={`${basePath}/registry/${row.memberId}`} data-testid={`floating-member-${row.id}`}>
          {row.memberName}
        </Link>
      ),
    },
    { key: 'stage', title: c('stage'), width: 130, render: (_, row) => <StageTag stage={row.stage} /> },
    { key: 'home', title: c('home'), dataIndex: 'homeUnitName', width: 160, ellipsis: true },
    { key: 'host', title: c('host'), dataIndex: 'hostUnitName', width: 160, ellipsis: true },
    { key: 'place', title: c('place'), dataIndex: 'place', width: 180, ellipsis: true },
    { key: 'startedOn', title: c('startedOn'), width: 140, render: (_, row) => day(row.startedOn) },
    { key: 'untilOn', title: c('untilOn'), width: 140, render: (_, row) => day(row.untilOn, t('floating.notSet')) },
    { key: 'endedOn', title: c('endedOn'), width: 140, render: (_, row) => day(row.endedOn) },
    {
      key: 'actions',
      title: c('actions'),
      width: 110,
      render: (_, row) =>
        row.actions.end &&
        access.can('members.transfer', row.homeUnitId) && (
          <Button
            size="small"
            danger
            onClick={() => onEnd(row)}
            data-permission="members.transfer"
            data-unit={row.homeUnitId}
            data-testid={`floating-end-${row.id}`}
          >
            {t('floating.end')}
          </Button>
        ),
    },
  ];
}

/** The export's columns: what the table shows, in words (days as YYYY-MM-DD, which a sheet sorts). */
export function floatingExportColumns(t: TFunction): ExportColumn<FloatingRow>[] {
  const c = (key: string) => t(`members:floating.columns.${key}`);
  return [
    { title: c('member'), value: (r) => r.memberName },
    { title: t('members:registry.columns.gender'), value: (r) => t(`members:gender.${r.gender}`) },
    { title: c('stage'), value: (r) => t(`members:stage.${r.stage}`) },
    { title: c('home'), value: (r) => r.homeUnitName },
    { title: c('host'), value: (r) => r.hostUnitName },
    { title: c('place'), value: (r) => r.place },
    { title: c('startedOn'), value: (r) => r.startedOn },
    { title: c('untilOn'), value: (r) => r.untilOn ?? '' },
    { title: c('endedOn'), value: (r) => r.endedOn ?? '' },
  ];
}

function useSearchFields(unitId: number): SearchField[] {
  const { t } = useTranslation('members');
  const f = (key: string) => t(`floating.filters.${key}`);
  return [
    {
      name: 'q',
      label: f('q'),
      input: <Input type="search" allowClear placeholder={f('qPlaceholder')} data-testid="floating-filter-q" />,
    },
    {
      name: 'state',
      label: f('state'),
      input: (
        <Select
          allowClear
          placeholder={t('floating.state.open')}
          options={floatingStates
            .filter((s) => s !== 'open')
            .map((value) => ({ value, label: t(`floating.state.${value}`) }))}
          data-testid="floating-filter-state"
        />
      ),
    },
    {
      name: 'unitId',
      label: f('unit'),
      input: <UnitFilter rootUnitId={unitId} placeholder={t('common:listAny')} testId="floating-filter-unit" />,
    },
  ];
}
