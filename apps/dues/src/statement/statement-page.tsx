// A member's dues statement: the member and their branch, the base in force and what it makes a month, the arrears (a
// warning at six months), each month's standing (assessed, reduced, paid, voluntary extra, left), the receipts (each
// with its print page, a reversed one marked, and, for whoever records dues at the member's branch, the way to take it
// back) and the bases entered over time.
import { formatFen } from '@strata/contract';
import { formatCalendarDay } from '@strata/i18n/days';
import { PageFrame, Permitted, RecordStates, useRecordRoute } from '@strata/ui';
import { RecordNotFound } from '@strata/ui/record-not-found';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BaseRow, Statement, StatementMonth, StatementPayment } from '../common/api-types';
import { fenOrDash, Money, tabular } from '../common/money';
import { formatMonth } from '../common/month-text';
import { useTRPC } from '../trpc';

const VoidPaymentModal = lazy(() =>
  import('../receipts/void-payment-modal').then((m) => ({ default: m.VoidPaymentModal })),
);

export function StatementPage({ basePath }: { basePath: string }) {
  const { t } = useTranslation('dues');
  const trpc = useTRPC();
  const route = useRecordRoute(`${basePath}/members`);
  const statement = useQuery({
    ...trpc.dues.statements.member.queryOptions({ memberId: route.id }),
    enabled: route.valid,
  });
  return (
    <RecordStates
      route={route}
      query={statement}
      notFound={
        <RecordNotFound
          title={t('statement.notFound')}
          back={t('statement.backToList')}
          listPath={route.listPath}
          testId="statement-not-found"
        />
      }
      title={t('statement.title')}
      listTitle={t('members.title')}
    >
      {(shown) => <StatementView statement={shown} basePath={basePath} listPath={route.listPath} onBack={route.back} />}
    </RecordStates>
  );
}

/**
 * The statement as an officer reads it (from the collection list: receipts to print or take back, the bases entered
 * over time), or as the member reads their own (`own`: their months and receipts, nothing to act on).
 */
type ViewProps = { statement: Statement; basePath: string } & (
  | { own?: false; listPath: string; onBack: () => void }
  | { own: true }
);

export function StatementView(props: ViewProps) {
  const { statement, basePath } = props;
  const { t, i18n } = useTranslation('dues');
  const trpc = useTRPC();
  const language = i18n.language;
  const { member, base, arrears } = statement;
  const bases = useQuery({ ...trpc.dues.bases.list.queryOptions({ memberId: member.id }), enabled: !props.own });
  const month = (value: string) => formatMonth(value, language);
  const c = (key: string) => t(`statement.columns.${key}`);
  const money = (fen: number) => <Money fen={fen} />;
  // The take-back dialog loads when first opened and stays mounted then (its closing animates).
  const [opened, setOpened] = useState(false);
  const [takingBack, setTakingBack] = useState<StatementPayment>();

  const baseText = !base
    ? t('statement.noBase')
    : t(base.setFen !== null ? 'statement.setFrom' : 'statement.baseFrom', {
        category: t(`category.${base.category}`),
        amount: formatFen(base.setFen ?? base.baseFen),
        month: month(base.effectiveFrom),
      });

  return (
    <PageFrame
      title={props.own ? t('mine.title') : member.name}
      documentTitle={props.own ? t('mine.title') : t('statement.title')}
      {...(!props.own && { breadcrumbs: [{ title: t('members.title'), path: props.listPath }], onBack: props.onBack })}
      testId={props.own ? 'my-dues-page' : 'statement-page'}
    >
      {arrears.flagged && (
        <Alert type="warning" showIcon title={t('statement.flagged')} data-testid="statement-flagged" />
      )}
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            ...(props.own ? [{ key: 'member', label: t('statement.member'), children: member.name }] : []),
            { key: 'unit', label: t('statement.unit'), children: member.unitName },
            { key: 'base', label: t('statement.base'), children: <span data-testid="statement-base">{baseText}</span> },
            {
              key: 'due',
              label: t('statement.due'),
              children: (
                <span style={tabular} data-testid="statement-due">
                  {!base
                    ? t('none')
                    : base.dueFen === null
                      ? t('statement.dueUnknown')
                      : t('yuan', { amount: formatFen(base.dueFen) })}
                </span>
              ),
            },
            {
              key: 'arrears',
              label: t('statement.arrears'),
              children: (
                <span data-testid="statement-arrears">
                  {arrears.months.length === 0 && arrears.totalFen === 0 ? (
                    t('statement.arrearsNone')
                  ) : (
                    <Typography.Text type={arrears.flagged ? 'danger' : undefined}>
                      {t('statement.arrearsTotal', {
                        count: arrears.months.length,
                        amount: formatFen(arrears.totalFen),
                      })}
                      {arrears.months.length > 0 &&
                        t('statement.arrearsIn', {
                          months: arrears.months.map((m) => month(m.month)).join(t('separator')),
                        })}
                    </Typography.Text>
                  )}
                </span>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('statement.months')}>
        <Table<StatementMonth>
          size="small"
          rowKey="month"
          dataSource={statement.months}
          pagination={false}
          scroll={{ x: 640 }}
          locale={{ emptyText: t('statement.noMonths') }}
          data-testid="statement-months"
          columns={[
            { key: 'month', title: c('month'), render: (_, row) => month(row.month) },
            { key: 'assessed', title: c('assessed'), align: 'right', render: (_, row) => money(row.assessedFen) },
            { key: 'reduced', title: c('reduced'), align: 'right', render: (_, row) => money(row.reducedFen) },
            { key: 'paid', title: c('paid'), align: 'right', render: (_, row) => money(row.paidFen) },
            { key: 'extra', title: c('extra'), align: 'right', render: (_, row) => money(row.extraFen) },
            {
              key: 'left',
              title: c('left'),
              align: 'right',
              render: (_, row) => (
                <Typography.Text type={row.leftFen > 0 ? 'danger' : undefined} style={tabular}>
                  {formatFen(row.leftFen)}
                </Typography.Text>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('statement.receipts')}>
        <Table<StatementPayment>
          size="small"
          rowKey="id"
          dataSource={statement.payments}
          pagination={false}
          scroll={{ x: 640 }}
          locale={{ emptyText: t('statement.noReceipts') }}
          data-testid="statement-receipts"
          columns={[
            {
              key: 'receiptNo',
              title: c('receiptNo'),
              render: (_, row) => (
                <span style={tabular}>
                  {row.receiptNo}
                  {row.reversed && (
                    <Tag color="red" style={{ marginInlineStart: 8 }}>
                      {t('statement.reversed')}
                    </Tag>
                  )}
                </span>
              ),
            },
            { key: 'amount', title: c('amount'), align: 'right', render: (_, row) => money(row.amountFen) },
            { key: 'paidOn', title: c('paidOn'), render: (_, row) => formatCalendarDay(row.paidOn, language) },
            { key: 'payer', title: c('payer'), render: (_, row) => t(`payer.${row.payer}`) },
            // Printing and taking back are the officers' (the receipt page is behind dues.read).
            ...(props.own
              ? []
              : ([
                  {
                    key: 'print',
                    title: t('members.columns.actions'),
                    render: (_, row) => (
                      <Flex gap={8} align="center" wrap>
                        <Link to={`${basePath}/receipts/${row.id}`} data-testid={`statement-print-${row.id}`}>
                          {t('statement.print')}
                        </Link>
                        {!row.reversed && (
                          // A receipt is booked at the member's branch: taking it back needs dues.record there.
                          <Permitted permission="dues.record" unitId={member.unitId}>
                            <Button
                              type="link"
                              size="small"
                              danger
                              onClick={() => {
                                setOpened(true);
                                setTakingBack(row);
                              }}
                              data-testid={`statement-void-${row.id}`}
                            >
                              {t('voidPayment.action')}
                            </Button>
                          </Permitted>
                        )}
                      </Flex>
                    ),
                  },
                ] satisfies TableColumnsType<StatementPayment>)),
          ]}
        />
      </Card>
      {!props.own && (
        <Card size="small" title={t('statement.bases')}>
          <Table<BaseRow>
            size="small"
            rowKey="id"
            dataSource={bases.data ?? []}
            loading={bases.isLoading}
            pagination={false}
            scroll={{ x: 640 }}
            locale={{ emptyText: t('statement.noBases') }}
            data-testid="statement-bases"
            columns={[
              { key: 'effectiveFrom', title: c('effectiveFrom'), render: (_, row) => month(row.effectiveFrom) },
              { key: 'category', title: c('category'), render: (_, row) => t(`category.${row.category}`) },
              { key: 'baseAmount', title: c('baseAmount'), align: 'right', render: (_, row) => money(row.baseFen) },
              {
                key: 'setAmount',
                title: c('setAmount'),
                align: 'right',
                render: (_, row) => <span style={tabular}>{fenOrDash(row.setFen)}</span>,
              },
              {
                key: 'due',
                title: c('due'),
                align: 'right',
                render: (_, row) => <span style={tabular}>{fenOrDash(row.dueFen)}</span>,
              },
              {
                key: 'source',
                title: c('source'),
                render: (_, row) => t(`statement.source.${row.source}`, { defaultValue: row.source }),
              },
            ]}
          />
        </Card>
      )}
      <Suspense fallback={null}>
        {opened && <VoidPaymentModal payment={takingBack} onClose={() => setTakingBack(undefined)} />}
      </Suspense>
    </PageFrame>
  );
}
