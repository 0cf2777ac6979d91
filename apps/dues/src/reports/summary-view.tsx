// The summary of a period: the totals as cards, then the units directly below (a click on one opens its report) or,
// for a branch, each member's lines (a name leads to the member's statement).
import { formatFen } from '@strata/contract';
import { Button, Card, Col, Empty, Flex, Row, Statistic, Table, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Summary, SummaryChild, SummaryMember } from '../common/api-types';
import { Money } from '../common/money';
import { fenOf, listsMembers, memberFigures, unitFigures } from './report-sheets';

type Props = { summary: Summary; basePath: string; onOpen: (unitId: number) => void };

export function SummaryView({ summary, basePath, onOpen }: Props) {
  const { t } = useTranslation('dues');
  const c = (key: string) => t(`reports.columns.${key}`);
  const members = listsMembers(summary);
  return (
    <Flex vertical gap={16} data-testid="report-summary">
      <Row gutter={[12, 12]}>
        {unitFigures.map((figure) => (
          <Col key={figure} xs={12} sm={8} md={6} xl={3}>
            <Card size="small">
              <Statistic
                title={
                  <Tooltip title={t(`reports.figureHints.${figure}`)}>
                    <span>{t(`reports.figures.${figure}`)}</span>
                  </Tooltip>
                }
                value={fenOf(summary.totals, figure)}
                formatter={() => (
                  <span data-testid={`report-total-${figure}`}>{formatFen(fenOf(summary.totals, figure))}</span>
                )}
              />
            </Card>
          </Col>
        ))}
      </Row>
      {members ? (
        <Card size="small" title={t('reports.members')}>
          <Table<SummaryMember>
            size="small"
            rowKey="memberId"
            dataSource={summary.members}
            pagination={summary.members.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            scroll={{ x: 640 }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.noMembers')} /> }}
            data-testid="report-members"
            columns={[
              {
                key: 'member',
                title: c('member'),
                render: (_, row) => (
                  <Link to={`${basePath}/members/${row.memberId}`} data-testid={`report-member-${row.memberId}`}>
                    {row.name}
                  </Link>
                ),
              },
              ...memberFigures.map((figure) => ({
                key: figure,
                title: c(figure),
                align: 'right' as const,
                render: (_: unknown, row: SummaryMember) => <Money fen={fenOf(row, figure)} />,
              })),
            ]}
          />
        </Card>
      ) : (
        <Card
          size="small"
          title={t('reports.children')}
          extra={<Typography.Text type="secondary">{t('reports.childrenHint')}</Typography.Text>}
        >
          <Table<SummaryChild>
            size="small"
            rowKey="unitId"
            dataSource={summary.children}
            pagination={false}
            scroll={{ x: 1100 }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.noChildren')} /> }}
            onRow={(row) => ({ onClick: () => onOpen(row.unitId), style: { cursor: 'pointer' } })}
            data-testid="report-children"
            columns={[
              {
                key: 'unit',
                title: c('unit'),
                fixed: 'left',
                width: 170,
                render: (_, row) => (
                  <Button
                    type="link"
                    size="small"
                    style={{ padding: 0 }}
                    onClick={(event) => {
                      event.stopPropagation();
                      onOpen(row.unitId);
                    }}
                    data-neutral
                    data-testid={`report-child-${row.unitId}`}
                  >
                    {row.name}
                  </Button>
                ),
              },
              ...unitFigures.map((figure) => ({
                key: figure,
                title: c(figure),
                align: 'right' as const,
                render: (_: unknown, row: SummaryChild) => <Money fen={fenOf(row, figure)} />,
              })),
            ]}
          />
        </Card>
      )}
    </Flex>
  );
}
