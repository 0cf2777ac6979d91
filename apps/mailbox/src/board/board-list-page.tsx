// The members' board of the current unit and the units below it: pinned topics first, then by last activity; the
// state and title words in the URL; a new topic from the toolbar, an export of the list as it is filtered.
// Moderators also see held and hidden topics.
import { PlusOutlined } from '@ant-design/icons';
import { PageFrame, Permitted, useAccess } from '@strata/ui';
import { ListTable, useListQuery } from '@strata/ui/list-page';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Checkbox, Flex, Input, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC, useTRPCClient } from '../trpc';
import { topicExportColumns, useTopicColumns } from './board-columns';
import { boardListSpec, statesFor, type TopicState, toTopicListInput } from './board-list-spec';
import { NewTopicModal } from './new-topic-modal';

export function BoardListPage({ basePath, unitId }: { basePath: string; unitId: number }) {
  const { t, i18n } = useTranslation('mailbox');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const access = useAccess();
  const [creating, setCreating] = useState(false);
  const list = useListQuery(boardListSpec, { scope: unitId });
  const input = toTopicListInput(list.query, unitId);
  const result = useQuery({ ...trpc.mailbox.board.list.queryOptions(input), placeholderData: keepPreviousData });
  const states = statesFor(access.can('mailbox.moderate', unitId));
  const columns = useTopicColumns(basePath);
  const state = input.state ?? 'all';
  const showState = (next: TopicState) =>
    list.setFilters({ ...list.query.filters, state: next === 'all' ? undefined : next });
  const showMine = (mine: boolean) => list.setFilters({ ...list.query.filters, author: mine ? 'me' : undefined });

  return (
    <PageFrame title={t('board.title')} testId="board-list-page">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('board.intro')}
      </Typography.Paragraph>
      <Flex wrap align="center" gap="small">
        <div style={{ overflowX: 'auto', maxWidth: '100%', paddingBottom: 2 }}>
          <Segmented<TopicState>
            aria-label={t('board.states')}
            data-neutral
            data-testid="board-states"
            value={state}
            onChange={showState}
            options={states.map((s) => ({ value: s, label: t(`board.state.${s}`) }))}
          />
        </div>
        <Checkbox
          checked={input.author === 'me'}
          onChange={(e) => showMine(e.target.checked)}
          data-testid="board-mine"
          data-neutral
        >
          {t('board.mine')}
        </Checkbox>
      </Flex>
      <ListTable
        listId="mailbox.board"
        label={t('board.tableLabel')}
        userId={access.userId}
        testId="board"
        list={list}
        rowKey="id"
        columns={columns}
        result={result}
        scrollX={1100}
        emptyText={t(input.author === 'me' ? 'board.emptyMine' : 'board.empty')}
        actions={
          <Permitted permission="mailbox.post" unitId={unitId}>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="board-create">
              {t('board.create')}
            </Button>
          </Permitted>
        }
        searchFields={[
          {
            name: 'q',
            label: t('board.filters.q'),
            input: (
              <Input
                type="search"
                allowClear
                maxLength={50}
                placeholder={t('board.filters.qPlaceholder')}
                data-testid="board-filter-search"
              />
            ),
          },
        ]}
        exporting={{
          fetchPage: (page, pageSize, signal) =>
            client.mailbox.board.list.query({ ...input, page, pageSize }, { signal }),
          columns: topicExportColumns(t, i18n.language),
          fileName: `${t('board.export.fileName')}-${t(`board.state.${state}`)}`,
        }}
      />
      <NewTopicModal unitId={unitId} basePath={basePath} open={creating} onClose={() => setCreating(false)} />
    </PageFrame>
  );
}
