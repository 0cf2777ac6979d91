// Dues reports (党费报表): for a period (this year to the last ended month unless chosen) and a unit (the current one,
// or one below it opened from the report), the summary (totals, then each unit below or each member of a branch) and
// the reconciliation of what the units below sent up against what was received. The period, the unit opened and the
// tab are in the URL, so a view can be reloaded and shared, and the trail walks back up. Each tab exports as a sheet
// in the reader's language (the sheet writer loads only when exporting).

import { calendarDay } from '@strata/i18n/days';
import { ErrorAlert, errorMessage, PageFrame } from '@strata/ui';
import { useAddressParams } from '@strata/ui/list-page';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { App, Breadcrumb, Button, Form, Input, Skeleton, Tabs, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../common/month-text';
import { useTRPC } from '../trpc';
import { ReconciliationView } from './reconciliation-view';
import {
  type Period,
  periodProblem,
  readReportParams,
  reportMaxMonths,
  reportTabs,
  reportTrail,
} from './report-params';
import { reconciliationSheet, summarySheet } from './report-sheets';
import { SummaryView } from './summary-view';

type Props = { basePath: string; unitId: number };

export function ReportsPage({ basePath, unitId }: Props) {
  const { t, i18n } = useTranslation('dues');
  const trpc = useTRPC();
  const { message } = App.useApp();
  const today = calendarDay(new Date());
  const [params, setParams] = useAddressParams();
  const { period, unit, tab } = readReportParams(params, today, unitId);
  const shown = unit ?? unitId;
  const input = { unitId: shown, ...period };
  const summary = useQuery({
    ...trpc.dues.reports.summary.queryOptions(input),
    placeholderData: keepPreviousData,
    enabled: tab === 'summary',
  });
  const reconciliation = useQuery({
    ...trpc.dues.reports.reconciliation.queryOptions(input),
    placeholderData: keepPreviousData,
    enabled: tab === 'reconciliation',
  });
  const units = useQuery(trpc.identity.units.tree.queryOptions({}));
  const trail = reportTrail(units.data ?? [], unitId, shown);
  const [exporting, setExporting] = useState(false);

  const update = (change: Record<string, string | undefined>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(change))
        if (value === undefined) next.delete(key);
        else next.set(key, value);
      return next;
    });
  const open = (id: number) => update({ unit: id === unitId ? undefined : String(id) });

  // Another unit in the switcher: the report starts over from it.
  const previousUnit = useRef(unitId);
  useEffect(() => {
    if (previousUnit.current === unitId) return;
    previousUnit.current = unitId;
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.delete('unit');
      return next;
    });
  }, [unitId, setParams]);

  const parent = trail.length > 1 ? trail[trail.length - 2] : undefined;
  const current = tab === 'summary' ? summary : reconciliation;

  const exportSheet = async () => {
    setExporting(true);
    try {
      // The sheet writer (and exceljs with it) comes only now.
      const { downloadBlob, writeXlsx } = await import('@strata/ui/list-page');
      const sheet =
        tab === 'summary'
          ? summary.data && summarySheet(summary.data, t)
          : reconciliation.data && reconciliationSheet(reconciliation.data, t, i18n.language);
      if (!sheet) return;
      const blob = await writeXlsx(sheet.name, sheet.header, sheet.body);
      downloadBlob(
        `${t(`reports.fileName.${tab}`)}-${trail.at(-1)?.name ?? shown}-${period.from}-${period.to}.xlsx`,
        blob,
      );
    } catch (error) {
      message.error(t('reports.exportFailed', { error: errorMessage(error, t) }));
    } finally {
      setExporting(false);
    }
  };

  return (
    <PageFrame
      title={t('reports.title')}
      testId="reports-page"
      {...(parent && { onBack: () => open(parent.id) })}
      extra={
        <Button
          onClick={() => void exportSheet()}
          loading={exporting}
          disabled={!current.data}
          data-neutral
          data-testid="reports-export"
        >
          {t('reports.export')}
        </Button>
      }
    >
      <PeriodForm period={period} onChange={(next) => update(next)} />
      {trail.length > 0 && (
        <Breadcrumb
          data-testid="reports-trail"
          items={trail.map((step, i) => ({
            key: step.id,
            title:
              i === trail.length - 1 ? (
                <Typography.Text strong data-testid="reports-unit">
                  {step.name}
                </Typography.Text>
              ) : (
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0, height: 'auto' }}
                  onClick={() => open(step.id)}
                  data-neutral
                  data-testid={`reports-up-${step.id}`}
                >
                  {step.name}
                </Button>
              ),
          }))}
        />
      )}
      <Typography.Text type="secondary" data-testid="reports-period">
        {t('reports.period', {
          from: formatMonth(period.from, i18n.language),
          to: formatMonth(period.to, i18n.language),
        })}
      </Typography.Text>
      <Tabs
        activeKey={tab}
        onChange={(key) => update({ tab: key === 'summary' ? undefined : key })}
        items={reportTabs.map((key) => ({ key, label: t(`reports.tabs.${key}`) }))}
        data-testid="reports-tabs"
      />
      {current.error ? (
        <ErrorAlert error={current.error} onRetry={() => void current.refetch()} />
      ) : tab === 'summary' ? (
        summary.data ? (
          <SummaryView summary={summary.data} basePath={basePath} onOpen={open} />
        ) : (
          <Skeleton active />
        )
      ) : reconciliation.data ? (
        <ReconciliationView reconciliation={reconciliation.data} onOpen={open} />
      ) : (
        <Skeleton active />
      )}
    </PageFrame>
  );
}

/** The period's two months and the way to show it; the months checked before the URL changes. */
function PeriodForm({ period, onChange }: { period: Period; onChange: (period: Period) => void }) {
  const { t } = useTranslation('dues');
  const [form] = Form.useForm<Period>();
  // The fields follow the URL (a shared link, the back button), and only then: typing is left alone.
  const { from, to } = period;
  useEffect(() => {
    form.setFieldsValue({ from, to });
  }, [form, from, to]);
  return (
    <Form<Period>
      form={form}
      layout="inline"
      initialValues={period}
      onFinish={onChange}
      // The period narrows what is shown and changes nothing on the server.
      data-neutral
      data-testid="reports-period-form"
    >
      <Form.Item name="from" label={t('reports.from')} rules={[{ required: true, message: t('form.monthInvalid') }]}>
        <Input type="month" placeholder="YYYY-MM" data-testid="reports-from" />
      </Form.Item>
      <Form.Item
        name="to"
        label={t('reports.to')}
        dependencies={['from']}
        rules={[
          { required: true, message: t('form.monthInvalid') },
          ({ getFieldValue }) => ({
            validator: async (_, value: string | undefined) => {
              const problem = periodProblem(String(getFieldValue('from') ?? ''), value ?? '');
              if (problem === 'spanTooLong') throw new Error(t('reports.spanTooLong', { max: reportMaxMonths }));
              if (problem === 'toBeforeFrom') throw new Error(t('reports.toBeforeFrom'));
              if (problem) throw new Error(t('form.monthInvalid'));
            },
          }),
        ]}
      >
        <Input type="month" placeholder="YYYY-MM" data-testid="reports-to" />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" data-testid="reports-show">
          {t('reports.show')}
        </Button>
      </Form.Item>
    </Form>
  );
}
