import type { ListColumn } from '@strata/ui/list-page';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FreshnessCell, OtherColumnsCell } from './freshness-cell';
import { type BoardRow, cellsByKey, defaultColumnKeys, stateColors } from './freshness-types';

/**
 * The board's columns: the unit (kept in view when the table scrolls sideways, sorted by name), its overdue
 * columns (sorted by staleness), the six default columns and the unit's own columns together.
 */
export function useFreshnessColumns(basePath: string): ListColumn<BoardRow>[] {
  const { t } = useTranslation('content');
  return [
    {
      key: 'name',
      title: t('freshness.table.unit'),
      fixed: 'left',
      width: 150,
      sorter: true,
      render: (_, row) => (
        <Flex vertical gap={2} style={{ minWidth: 0 }}>
          <Typography.Text ellipsis={{ tooltip: row.name }}>{row.name}</Typography.Text>
          <span>
            <Tag color={stateColors[row.state]} data-testid={`freshness-state-${row.unitId}`}>
              {t(`freshness.state.${row.state}`)}
            </Tag>
          </span>
        </Flex>
      ),
    },
    {
      key: 'stalest',
      title: t('freshness.table.stalest'),
      width: 104,
      sorter: true,
      render: (_, row) =>
        row.counts.overdue > 0 ? (
          <Flex vertical>
            <Typography.Text type="danger" strong>
              {t('freshness.overdueSummary', { count: row.counts.overdue })}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('freshness.oldest', { count: row.oldestOverdueDays })}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">0</Typography.Text>
        ),
    },
    ...defaultColumnKeys.map(
      (key): ListColumn<BoardRow> => ({
        key,
        title: t(`freshness.defaultColumn.${key}`),
        width: 124,
        render: (_, row) => <FreshnessCell cell={cellsByKey(row).byKey.get(key)} row={row} basePath={basePath} />,
      }),
    ),
    {
      key: 'other',
      title: t('freshness.table.other'),
      width: 150,
      render: (_, row) => <OtherColumnsCell cells={cellsByKey(row).others} row={row} basePath={basePath} />,
    },
  ];
}
