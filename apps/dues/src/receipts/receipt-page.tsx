// A payment's receipt, to print: the unit that received it, the receipt number, the member, the months it paid for
// with their amounts (and a voluntary extra), the total in figures and in capital figures (大写), who paid (a proxy by
// name), who recorded it and the day. Printing shows the receipt alone: the console's menu, header and this page's
// own heading and buttons are hidden by the print rules below. Whoever records dues at the receipt's unit takes the
// payment back (a reason required; the receipt then reads reversed).
import { PrinterOutlined } from '@ant-design/icons';
import { capitalAmount, formatFen } from '@strata/contract';
import { formatCalendarDay } from '@strata/i18n/days';
import { PageFrame, Permitted, RecordStates, useRecordRoute } from '@strata/ui';
import { RecordNotFound } from '@strata/ui/record-not-found';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Typography } from 'antd';
import { type CSSProperties, lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Receipt } from '../common/api-types';
import { tabular } from '../common/money';
import { formatMonth } from '../common/month-text';
import { useTRPC } from '../trpc';

const VoidPaymentModal = lazy(() => import('./void-payment-modal').then((m) => ({ default: m.VoidPaymentModal })));

// While printing, everything but the receipt is hidden, the shell's chrome (antd's layout sider and header, its
// messages) taken out of the flow, and the receipt put at the top of the first sheet.
const printRules = `
@media print {
  @page { margin: 12mm; }
  body * { visibility: hidden !important; }
  [data-print-area], [data-print-area] * { visibility: visible !important; }
  [data-print-area] { position: absolute; inset-block-start: 0; inset-inline-start: 0; width: 100%; }
  .ant-layout-sider, .ant-layout-header, .ant-message, .ant-notification, [data-print-hide] { display: none !important; }
  .ant-layout, .ant-layout-content { margin: 0 !important; padding: 0 !important; background: #fff !important; }
}
`;

export function ReceiptPage({ basePath }: { basePath: string }) {
  const { t } = useTranslation('dues');
  const trpc = useTRPC();
  const route = useRecordRoute(`${basePath}/members`);
  const receipt = useQuery({ ...trpc.dues.payments.get.queryOptions({ id: route.id }), enabled: route.valid });
  return (
    <RecordStates
      route={route}
      query={receipt}
      notFound={
        <RecordNotFound
          title={t('receipt.notFound')}
          back={t('receipt.backToList')}
          listPath={route.listPath}
          testId="receipt-not-found"
        />
      }
      title={t('receipt.title')}
      listTitle={t('members.title')}
    >
      {(shown) => <ReceiptView receipt={shown} listPath={route.listPath} onBack={route.back} />}
    </RecordStates>
  );
}

const cell: CSSProperties = { border: '1px solid #595959', padding: '6px 10px', textAlign: 'start' };
const figure: CSSProperties = { ...cell, ...tabular, textAlign: 'end' };

function ReceiptView({ receipt, listPath, onBack }: { receipt: Receipt; listPath: string; onBack: () => void }) {
  const { t, i18n } = useTranslation('dues');
  const language = i18n.language;
  const r = (key: string) => t(`receipt.${key}`);
  // The take-back dialog loads when first opened and stays mounted then (its closing animates).
  const [opened, setOpened] = useState(false);
  const [takingBack, setTakingBack] = useState(false);
  const row = (label: string, value: string, testId?: string) => (
    <tr>
      <th style={{ ...cell, width: '28%', fontWeight: 500 }}>{label}</th>
      <td style={cell} colSpan={2} data-testid={testId}>
        {value}
      </td>
    </tr>
  );

  return (
    <PageFrame
      title={receipt.receiptNo}
      documentTitle={r('title')}
      breadcrumbs={[{ title: t('members.title'), path: listPath }]}
      onBack={onBack}
      extra={
        <Flex gap={8} wrap>
          {!receipt.reversed && (
            <Permitted permission="dues.record" unitId={receipt.unitId}>
              <Button
                danger
                onClick={() => {
                  setOpened(true);
                  setTakingBack(true);
                }}
                data-testid="receipt-void"
              >
                {t('voidPayment.action')}
              </Button>
            </Permitted>
          )}
          <Button
            type="primary"
            icon={<PrinterOutlined />}
            onClick={() => window.print()}
            data-neutral
            data-testid="receipt-print"
          >
            {r('print')}
          </Button>
        </Flex>
      }
      testId="receipt-page"
    >
      <style>{printRules}</style>
      <Suspense fallback={null}>
        {opened && <VoidPaymentModal payment={takingBack ? receipt : undefined} onClose={() => setTakingBack(false)} />}
      </Suspense>
      {receipt.reversed && <Alert type="error" showIcon title={r('reversed')} data-testid="receipt-reversed" />}
      <div data-print-area data-testid="receipt" style={{ maxWidth: 720, background: '#fff', padding: 16 }}>
        <Flex vertical gap={12}>
          <Typography.Title level={4} style={{ textAlign: 'center', margin: 0 }}>
            {r('heading')}
          </Typography.Title>
          {receipt.reversed && (
            <Typography.Text type="danger" strong style={{ textAlign: 'center' }}>
              {r('reversed')}
            </Typography.Text>
          )}
          <table style={{ borderCollapse: 'collapse', width: '100%' }}>
            <tbody>
              {row(r('unit'), receipt.unitName, 'receipt-unit')}
              {row(r('receiptNo'), receipt.receiptNo, 'receipt-no')}
              {row(r('member'), receipt.memberName, 'receipt-member')}
              <tr>
                <th
                  style={{ ...cell, fontWeight: 500 }}
                  rowSpan={receipt.lines.length + (receipt.extraFen > 0 ? 2 : 1)}
                >
                  {r('months')}
                </th>
                <th style={{ ...cell, fontWeight: 500 }}>{t('statement.columns.month')}</th>
                <th style={{ ...figure, fontWeight: 500 }}>{r('amount')}</th>
              </tr>
              {receipt.lines.map((line) => (
                <tr key={line.month} data-testid={`receipt-line-${line.month}`}>
                  <td style={cell}>{formatMonth(line.month, language)}</td>
                  <td style={figure}>{formatFen(line.fen)}</td>
                </tr>
              ))}
              {receipt.extraFen > 0 && (
                <tr data-testid="receipt-extra">
                  <td style={cell}>{r('extra')}</td>
                  <td style={figure}>{formatFen(receipt.extraFen)}</td>
                </tr>
              )}
              <tr>
                <th style={{ ...cell, fontWeight: 500 }}>{r('total')}</th>
                <td style={figure} colSpan={2} data-testid="receipt-total">
                  {t('yuan', { amount: formatFen(receipt.amountFen) })}
                </td>
              </tr>
              {row(r('totalCapital'), capitalAmount(receipt.amountFen), 'receipt-capital')}
              {row(
                r('payer'),
                receipt.payer === 'proxy' ? t('receipt.proxy', { name: receipt.proxyName }) : t('payer.self'),
                'receipt-payer',
              )}
              {row(r('recordedBy'), receipt.recordedBy ?? t('none'), 'receipt-recorded-by')}
              {row(r('paidOn'), formatCalendarDay(receipt.paidOn, language), 'receipt-paid-on')}
              {receipt.note && row(r('note'), receipt.note)}
            </tbody>
          </table>
        </Flex>
      </div>
    </PageFrame>
  );
}
