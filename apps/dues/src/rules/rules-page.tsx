// Dues rules (党费标准): every version of the rules, the newest first, the one in force now marked: from which month,
// how amounts are rounded, and per category the brackets ("≤ 3,000.00 元: 0.5 %") or the fixed amount or range.
// Whoever holds dues.rules at the top unit adds a version (its dialog loads when first opened).
import { PlusOutlined } from '@ant-design/icons';
import { duesCategories } from '@strata/contract';
import { formatDateTime } from '@strata/i18n';
import { calendarDay } from '@strata/i18n/days';
import { ErrorAlert, PageFrame, Permitted } from '@strata/ui';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuesCategoryCode, RuleSetRow } from '../common/api-types';
import { formatMonth } from '../common/month-text';
import { useTRPC } from '../trpc';
import { ruleLines } from './rule-lines';

const AddRulesModal = lazy(() => import('./add-rules-modal').then((m) => ({ default: m.AddRulesModal })));

/** The version in force in `month`: the newest that starts by then. */
export function inForce(versions: readonly RuleSetRow[], month: string): RuleSetRow | undefined {
  let found: RuleSetRow | undefined;
  for (const v of versions)
    if (v.effectiveFrom <= month && (!found || v.effectiveFrom > found.effectiveFrom)) found = v;
  return found;
}

export function RulesPage() {
  const { t } = useTranslation('dues');
  const trpc = useTRPC();
  const versions = useQuery(trpc.dues.rules.list.queryOptions());
  const units = useQuery(trpc.identity.units.tree.queryOptions({}));
  // The rules hold for the whole organisation: a version is added at the top unit.
  const top = units.data?.find((u) => u.depth === 0);
  const thisMonth = calendarDay(new Date()).slice(0, 7);
  const [opened, setOpened] = useState(false);
  const [adding, setAdding] = useState(false);
  const newestFirst = [...(versions.data ?? [])].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  const current = inForce(newestFirst, thisMonth);

  return (
    <PageFrame
      title={t('rules.title')}
      testId="rules-page"
      extra={
        top && (
          <Permitted permission="dues.rules" unitId={top.id}>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              disabled={!versions.data}
              onClick={() => {
                setOpened(true);
                setAdding(true);
              }}
              data-testid="rules-add"
            >
              {t('rules.add')}
            </Button>
          </Permitted>
        )
      }
    >
      {versions.error ? (
        <ErrorAlert error={versions.error} onRetry={() => void versions.refetch()} />
      ) : !versions.data ? (
        <Skeleton active />
      ) : newestFirst.length === 0 ? (
        <Empty description={t('rules.empty')} />
      ) : (
        newestFirst.map((version) => (
          <RuleVersion key={version.id} version={version} current={version.id === current?.id} />
        ))
      )}
      <Suspense fallback={null}>
        {opened && versions.data && (
          <AddRulesModal open={adding} latest={newestFirst[0]} onClose={() => setAdding(false)} />
        )}
      </Suspense>
    </PageFrame>
  );
}

function RuleVersion({ version, current }: { version: RuleSetRow; current: boolean }) {
  const { t, i18n } = useTranslation('dues');
  const language = i18n.language;
  return (
    <Card
      size="small"
      data-testid={`rules-version-${version.effectiveFrom}`}
      title={
        <Flex gap={8} align="center" wrap>
          <span>{t('rules.version', { month: formatMonth(version.effectiveFrom, language) })}</span>
          {current && <Tag color="green">{t('rules.current')}</Tag>}
        </Flex>
      }
      extra={
        <Typography.Text type="secondary">
          {t('rules.rounding', { rounding: t(`rounding.${version.rounding}`) })}
        </Typography.Text>
      }
    >
      <Flex vertical gap={8}>
        {version.note && <Typography.Text>{version.note}</Typography.Text>}
        <Table<{ category: DuesCategoryCode }>
          size="small"
          rowKey="category"
          pagination={false}
          dataSource={duesCategories.map((category) => ({ category }))}
          columns={[
            {
              key: 'category',
              title: t('rules.columns.category'),
              width: '40%',
              render: (_, row) => t(`category.${row.category}`),
            },
            {
              key: 'rule',
              title: t('rules.columns.rule'),
              render: (_, row) => (
                <Flex vertical data-testid={`rules-${version.effectiveFrom}-${row.category}`}>
                  {ruleLines(version.categories[row.category], t).map((line) => (
                    <span key={line}>{line}</span>
                  ))}
                </Flex>
              ),
            },
          ]}
        />
        <Typography.Text type="secondary">
          {t('rules.createdAt', { at: formatDateTime(version.createdAt, language) })}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
