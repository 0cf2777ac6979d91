// A quiz's questions as its learners answered them (the counters grading keeps): each question of the quiz's bank
// with how many submitted attempts asked it, how many answered it rightly and the rate as a bar; in the bank's order,
// or the hardest first (the lowest rate; questions nobody was asked last).
import { ErrorAlert, useScrollRegion } from '@strata/ui';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Progress, Segmented, Skeleton, Table, type TableColumnType, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tabular } from '../courses/course-tags';
import { useTRPC } from '../trpc';
import type { QuestionStat } from './quiz-types';

type Order = 'bank' | 'hardest';

/** The lowest rate first; those nobody was asked last, in the bank's order. */
export function hardestFirst(stats: QuestionStat[]): QuestionStat[] {
  return stats
    .map((stat, index) => ({ stat, index }))
    .sort((a, b) => {
      if (a.stat.rate === null || b.stat.rate === null) {
        if (a.stat.rate === b.stat.rate) return a.index - b.index;
        return a.stat.rate === null ? 1 : -1;
      }
      return a.stat.rate - b.stat.rate || b.stat.asked - a.stat.asked || a.index - b.index;
    })
    .map(({ stat }) => stat);
}

export function QuestionStatsCard({ quizId }: { quizId: number }) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const stats = useQuery(trpc.training.quizzes.questionStats.queryOptions({ quizId }));
  const [order, setOrder] = useState<Order>('bank');
  const label = t('quizzes.stats.title');
  const box = useScrollRegion(label);
  const rows = stats.data ? (order === 'hardest' ? hardestFirst(stats.data) : stats.data) : [];
  return (
    <Card
      size="small"
      title={label}
      extra={
        <Segmented<Order>
          size="small"
          value={order}
          onChange={setOrder}
          options={[
            { value: 'bank', label: t('quizzes.stats.bankOrder') },
            { value: 'hardest', label: t('quizzes.stats.hardest') },
          ]}
          data-neutral
          data-testid="stats-order"
        />
      }
      data-testid="stats-card"
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('quizzes.stats.intro')}</Typography.Text>
        {stats.error ? (
          <ErrorAlert error={stats.error} onRetry={() => void stats.refetch()} />
        ) : stats.data === undefined ? (
          <Skeleton active />
        ) : (
          <div ref={box}>
            <Table<QuestionStat>
              rowKey="questionId"
              size="small"
              aria-label={label}
              columns={statColumns(t)}
              dataSource={rows}
              pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
              scroll={{ x: 760 }}
              locale={{
                emptyText: (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={t('quizzes.stats.empty')}
                    data-testid="stats-empty"
                  />
                ),
              }}
              data-testid="stats-table"
            />
          </div>
        )}
      </Flex>
    </Card>
  );
}

function statColumns(t: TFunction): TableColumnType<QuestionStat>[] {
  const c = (key: string) => t(`quizzes.stats.columns.${key}`);
  return [
    {
      key: 'stem',
      title: c('stem'),
      width: 320,
      render: (_, s) => (
        <Flex gap={6} align="baseline" style={{ minWidth: 0 }}>
          {s.retired && (
            <Tag style={{ marginInlineEnd: 0, flex: 'none' }} data-testid={`stat-retired-${s.questionId}`}>
              {t('quizzes.stats.retired')}
            </Tag>
          )}
          <Typography.Text ellipsis={{ tooltip: s.stem }} data-testid={`stat-stem-${s.questionId}`}>
            {s.stem}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'kind', title: c('kind'), width: 90, render: (_, s) => t(`common.questionKind.${s.kind}`) },
    { key: 'asked', title: c('asked'), width: 80, render: (_, s) => <span style={tabular}>{s.asked}</span> },
    { key: 'correct', title: c('correct'), width: 80, render: (_, s) => <span style={tabular}>{s.correct}</span> },
    {
      key: 'rate',
      title: c('rate'),
      width: 190,
      render: (_, s) =>
        s.rate === null ? (
          <Typography.Text type="secondary" data-testid={`stat-rate-${s.questionId}`}>
            {t('quizzes.stats.notAsked')}
          </Typography.Text>
        ) : (
          <div data-testid={`stat-rate-${s.questionId}`}>
            <Progress
              percent={s.rate}
              size="small"
              status="normal"
              strokeColor={s.rate < 50 ? '#cf1322' : s.rate < 80 ? '#d48806' : '#389e0d'}
              format={(value) => t('common.percent', { value })}
              aria-label={t('common.percent', { value: s.rate })}
            />
          </div>
        ),
    },
  ];
}
