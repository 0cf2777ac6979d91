// The reconciliation of a period: per unit below, what it sent up against what this unit recorded receiving, the
// difference (a row that differs in red, with a warning), how many remittances wait to be confirmed and the ended months
// it sent nothing for; the totals, and the reminder that every difference is to be explained. A unit's name opens its
// own report.
import { WarningOutlined } from '@ant-design/icons';
import { formatFen } from '@strata/contract';
import { Alert, Button, Empty, Flex, Table, Tooltip, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reconciliation, ReconciliationRow } from '../common/api-types';
import { Money, tabular } from '../common/money';
import { formatMonth } from '../common/month-text';

/** The class of a row whose two sides differ (red, see `differRules`). */
export const differsClass = 'dues-report-differs';
const differRules = `.${differsClass} > td { background: #fff1f0 !important; }`;

type Props = { reconciliation: Reconciliation; onOpen: (unitId: number) => void };

export function ReconciliationView({ reconciliation, onOpen }: Props) {
  const { t, i18n } = useTranslation('dues');
  const language = i18n.language;
  const c = (key: string) => t(`reports.reconciliation.columns.${key}`);
  const differing = new Set(reconciliation.differing);
  const differs = (row: ReconciliationRow) => differing.has(row.childId) || row.differenceFen !== 0;
  const difference = reconciliation.receivedFen - reconciliation.sentFen;
  const unreceived = reconciliation.rows.reduce((sum, row) => sum + row.unreceived, 0);
  return (
    <Flex vertical gap={16} data-testid="report-reconciliation">
      <style>{differRules}</style>
      <Alert
        type={differing.size > 0 ? 'warning' : 'success'}
        showIcon
        data-testid="reconciliation-verdict"
        title={
          differing.size > 0
            ? t('reports.reconciliation.differing', { count: differing.size })
            : t('reports.reconciliation.allMatch')
        }
        description={
          <Flex vertical gap={4}>
            <span style={tabular} data-testid="reconciliation-totals">
              {t('reports.reconciliation.totals', {
                sent: formatFen(reconciliation.sentFen),
                received: formatFen(reconciliation.receivedFen),
                difference: formatFen(difference),
              })}
            </span>
            <span>{t('reports.reconciliation.note')}</span>
          </Flex>
        }
      />
      <Table<ReconciliationRow>
        size="small"
        rowKey="childId"
        dataSource={reconciliation.rows}
        pagination={false}
        scroll={{ x: 900 }}
        rowClassName={(row) => (differs(row) ? differsClass : '')}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.reconciliation.empty')} />,
        }}
        data-testid="reconciliation-table"
        onRow={(row) => ({ 'data-testid': `reconciliation-row-${row.childId}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'child',
            title: c('child'),
            fixed: 'left',
            width: 200,
            render: (_, row) => (
              <Flex align="center" gap={4}>
                {differs(row) && (
                  <Tooltip title={t('reports.reconciliation.differs')}>
                    <Typography.Text type="danger" data-testid={`reconciliation-differs-${row.childId}`}>
                      <WarningOutlined aria-label={t('reports.reconciliation.differs')} />
                    </Typography.Text>
                  </Tooltip>
                )}
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0 }}
                  onClick={() => onOpen(row.childId)}
                  data-neutral
                  data-testid={`reconciliation-child-${row.childId}`}
                >
                  {row.childName}
                </Button>
              </Flex>
            ),
          },
          { key: 'sent', title: c('sent'), align: 'right', render: (_, row) => <Money fen={row.sentFen} /> },
          {
            key: 'received',
            title: c('received'),
            align: 'right',
            render: (_, row) => <Money fen={row.receivedFen} />,
          },
          {
            key: 'difference',
            title: c('difference'),
            align: 'right',
            render: (_, row) => (
              <Typography.Text
                type={row.differenceFen !== 0 ? 'danger' : undefined}
                strong={row.differenceFen !== 0}
                style={tabular}
                data-testid={`reconciliation-difference-${row.childId}`}
              >
                {formatFen(row.differenceFen)}
              </Typography.Text>
            ),
          },
          {
            key: 'unreceived',
            title: c('unreceived'),
            align: 'right',
            render: (_, row) => (
              <Typography.Text type={row.unreceived > 0 ? 'warning' : undefined} style={tabular}>
                {row.unreceived}
              </Typography.Text>
            ),
          },
          {
            key: 'missing',
            title: c('missing'),
            render: (_, row) => (
              <Typography.Text
                type={row.missing.length > 0 ? 'warning' : 'secondary'}
                data-testid={`reconciliation-missing-${row.childId}`}
              >
                {row.missing.length > 0
                  ? row.missing.map((m) => formatMonth(m, language)).join(t('separator'))
                  : t('none')}
              </Typography.Text>
            ),
          },
        ]}
        summary={() =>
          reconciliation.rows.length > 0 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <Typography.Text strong>{t('reports.total')}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                <Money fen={reconciliation.sentFen} />
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                <Money fen={reconciliation.receivedFen} />
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                <Typography.Text type={difference !== 0 ? 'danger' : undefined} strong style={tabular}>
                  {formatFen(difference)}
                </Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {unreceived}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} />
            </Table.Summary.Row>
          ) : null
        }
      />
    </Flex>
  );
}
