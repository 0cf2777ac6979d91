// The transfer letters (组织关系转接) of the current unit's subtree: those it sent and those addressed to it, in tabs;
// filtered by state, letter number or name and unit, sorted and paged on the server, the state in the URL (the open
// letter too).
// Each row offers what the reader may do with the letter at its side; issuing a letter starts from a member.
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
import type { TransferRow } from '../common/api-types';
import { TransferStateTag } from '../common/member-tags';
import { UnitFilter } from '../common/unit-picker';
import { holdsMembers, useUnits } from '../common/use-units';
import { useTRPC, useTRPCClient } from '../trpc';
import { DecideTransferModal, type Decision } from './decide-transfer-modal';
import { IssueTransferModal } from './issue-transfer-modal';
import { TransferActions } from './transfer-actions';
import { Destination, TransferDrawer } from './transfer-drawer';
import {
  readTransferTab,
  toTransferListInput,
  transferListSpec,
  transferTabs,
  transferViews,
} from './transfer-list-spec';

type Props = { basePath: string; unitId: number };

export function TransfersPage({ basePath, unitId }: Props) {
  const { t } = useTranslation('members');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const access = useAccess();
  const list = useListQuery(transferListSpec, { scope: unitId });
  const [params, setParams] = useAddressParams();
  const tab = readTransferTab(params.get('direction'));
  const opened = Number(params.get('letter'));
  const letterId = Number.isSafeInteger(opened) && opened > 0 ? opened : undefined;
  // The tab and the open letter are parameters beside the list's own (the kit keeps them when it writes).
  const setParam = (name: string, value: string | undefined, firstPage = false) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value === undefined) next.delete(name);
      else next.set(name, value);
      if (firstPage) next.delete('page');
      return next;
    });
  const input = toTransferListInput(list.query, tab, unitId);
  const result = useQuery({ ...trpc.members.transfers.list.queryOptions(input), placeholderData: keepPreviousData });
  const [issuing, setIssuing] = useState(false);
  const [deciding, setDeciding] = useState<{ letter: TransferRow; decision: Decision }>();
  const onDecide = (letter: TransferRow, decision: Decision) => setDeciding({ letter, decision });
  const open = (id: number) => setParam('letter', String(id));
  const columns = useTransferColumns(basePath, open, onDecide);
  const searchFields = useSearchFields(unitId);
  const { below } = useUnits(unitId);
  // Letters are issued at a branch or group: offered when the reader may issue at one in the subtree.
  // Where a letter may be issued from: a branch or group of the subtree where the reader may transfer members.
  const issuingUnit = below.find((u) => holdsMembers(u) && access.can('members.transfer', u.id));

  return (
    <PageFrame title={t('transfers.title')} testId="transfers-page">
      <Tabs
        activeKey={tab}
        onChange={(key) => setParam('direction', key === 'all' ? undefined : key, true)}
        items={transferTabs.map((key) => ({ key, label: t(`transfers.tabs.${key}`) }))}
        data-testid="transfers-tabs"
      />
      <ListTable
        listId="members.transfers"
        label={t('transfers.tableLabel')}
        userId={access.userId}
        testId="transfers"
        list={list}
        rowKey="id"
        columns={columns}
        result={result}
        scrollX={1250}
        emptyText={t(`transfers.empty.${tab}`)}
        searchFields={searchFields}
        actions={
          issuingUnit && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setIssuing(true)}
              data-permission="members.transfer"
              data-unit={issuingUnit.id}
              data-testid="transfers-issue"
            >
              {t('transfers.issue')}
            </Button>
          )
        }
        exporting={{
          fetchPage: (page, pageSize, signal) =>
            client.members.transfers.list.query({ ...input, page, pageSize }, { signal }),
          columns: transferExportColumns(t),
          fileName: t('transfers.fileName'),
        }}
      />
      <IssueTransferModal unitId={unitId} open={issuing} onClose={() => setIssuing(false)} />
      <DecideTransferModal
        letter={deciding?.letter}
        decision={deciding?.decision ?? 'confirm'}
        onClose={() => setDeciding(undefined)}
      />
      <TransferDrawer
        id={letterId}
        basePath={basePath}
        onClose={() => setParam('letter', undefined)}
        onDecide={onDecide}
      />
    </PageFrame>
  );
}

function useTransferColumns(
  basePath: string,
  open: (id: number) => void,
  onDecide: (letter: TransferRow, decision: Decision) => void,
): ListColumn<TransferRow>[] {
  const { t, i18n } = useTranslation('members');
  const c = (key: string) => t(`transfers.columns.${key}`);
  const day = (value: string) => formatCalendarDay(value, i18n.language);
  return [
    {
      key: 'letterNo',
      title: c('letterNo'),
      width: 130,
      fixed: 'left',
      render: (_, row) => (
        <Button
          type="link"
          size="small"
          onClick={() => open(row.id)}
          data-neutral
          data-testid={`transfer-open-${row.id}`}
        >
          {row.letterNo}
        </Button>
      ),
    },
    {
      key: 'member',
      title: c('member'),
      width: 110,
      sorter: true,
      render: (_, row) => (
        <Link to={`${basePath}/registry/${row.memberId}`} data-testid={`transfer-member-${row.id}`}>
          {row.memberName}
        </Link>
      ),
    },
    { key: 'from', title: c('from'), dataIndex: 'fromUnitName', width: 170, ellipsis: true },
    { key: 'to', title: c('to'), width: 190, render: (_, row) => <Destination letter={row} /> },
    // Days sort the latest first on the first click (the list's own order is the latest issued first).
    {
      key: 'issuedOn',
      title: c('issuedOn'),
      width: 140,
      sorter: true,
      sortDirections: ['descend', 'ascend'],
      render: (_, row) => day(row.issuedOn),
    },
    {
      key: 'expiresOn',
      title: c('expiresOn'),
      width: 140,
      sorter: true,
      sortDirections: ['descend', 'ascend'],
      render: (_, row) => day(row.expiresOn),
    },
    { key: 'state', title: c('state'), width: 100, render: (_, row) => <TransferStateTag state={row.state} /> },
    {
      key: 'direction',
      title: c('direction'),
      width: 80,
      render: (_, row) => t(`transfers.tabs.${row.direction}`),
    },
    {
      key: 'actions',
      title: c('actions'),
      width: 200,
      // On a phone the buttons would take the row's width: a letter's drawer (its number) offers the same ones.
      responsive: ['md'],
      render: (_, row) => <TransferActions letter={row} onDecide={onDecide} testId="transfer" />,
    },
  ];
}

/** The export's columns: what the table shows, in words (days as YYYY-MM-DD, which a sheet sorts). */
export function transferExportColumns(t: TFunction): ExportColumn<TransferRow>[] {
  const c = (key: string) => t(`members:transfers.columns.${key}`);
  return [
    { title: c('letterNo'), value: (r) => r.letterNo },
    { title: c('member'), value: (r) => r.memberName },
    { title: c('from'), value: (r) => r.fromUnitName },
    { title: c('to'), value: (r) => r.toUnitName ?? t('members:transfers.outside', { name: r.toOrganisation }) },
    { title: t('members:transfers.crossProvince'), value: (r) => (r.crossProvince ? '✓' : '') },
    { title: c('issuedOn'), value: (r) => r.issuedOn },
    { title: c('expiresOn'), value: (r) => r.expiresOn },
    { title: c('state'), value: (r) => t(`members:transferState.${r.state}`) },
    { title: c('direction'), value: (r) => t(`members:transfers.tabs.${r.direction}`) },
  ];
}

/** The labelled search form: the letter number or name, the state, and the unit within the current one. */
function useSearchFields(unitId: number): SearchField[] {
  const { t } = useTranslation('members');
  const f = (key: string) => t(`transfers.filters.${key}`);
  const any = t('common:listAny');
  return [
    {
      name: 'q',
      label: f('q'),
      input: <Input type="search" allowClear placeholder={f('qPlaceholder')} data-testid="transfers-filter-q" />,
    },
    {
      name: 'state',
      label: f('state'),
      input: (
        <Select
          allowClear
          placeholder={any}
          options={transferViews.map((value) => ({ value, label: t(`transferState.${value}`) }))}
          data-testid="transfers-filter-state"
        />
      ),
    },
    {
      name: 'unitId',
      label: f('unit'),
      input: <UnitFilter rootUnitId={unitId} placeholder={any} testId="transfers-filter-unit" />,
    },
  ];
}
