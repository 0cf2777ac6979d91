import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type BoardOutput, freshnessStates, stateColors } from './freshness-types';

/** The whole subtree's columns per state, and its units per their worst state, above the table. */
export function FreshnessTotals({ totals }: { totals: BoardOutput['totals'] | undefined }) {
  const { t } = useTranslation('content');
  return (
    <Flex wrap gap={12} data-testid="freshness-totals">
      {freshnessStates.map((state) => (
        <Card
          key={state}
          size="small"
          style={{ flex: '1 1 150px', minWidth: 150 }}
          data-testid={`freshness-total-${state}`}
        >
          <Flex vertical gap={4}>
            <span>
              <Tag color={stateColors[state]}>{t(`freshness.state.${state}`)}</Tag>
            </span>
            <Typography.Text strong style={{ fontSize: 20 }}>
              {t('freshness.totals.columns', { count: totals?.columns[state] ?? 0 })}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('freshness.totals.units', { count: totals?.units[state] ?? 0 })}
            </Typography.Text>
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
