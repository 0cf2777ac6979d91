// Remitting a month to the unit above: the month collected for (one that has ended, once a month), the amount in yuan,
// the day it was sent (not after today) and a note. The server's refusals (a month taken, a month ahead, no unit
// above) show above the form or on their fields.
import { parseYuan } from '@strata/contract';
import { calendarDay } from '@strata/i18n/days';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type ButtonProps, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../common/month-text';
import { isMonth, lastEndedMonth } from '../common/months';
import { useTRPC } from '../trpc';

type Values = { period: string; amount: string; sentOn: string; note: string };

const testId = 'remit';
const formFields: Record<string, keyof Values> = { amountFen: 'amount' };

type Props = { unitId: number; open: boolean; onClose: () => void };

export function RemitModal({ unitId, open, onClose }: Props) {
  const { t, i18n } = useTranslation('dues');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const today = calendarDay(new Date());
  const lastMonth = lastEndedMonth(today);
  const label = (key: string) => t(`remit.${key}`);
  const remit = useMutation(
    trpc.dues.remittances.send.mutationOptions({
      onSuccess: async (_, input) => {
        message.success(t('remit.done', { month: formatMonth(input.period, i18n.language) }));
        onClose();
        await queryClient.invalidateQueries({ queryKey: trpc.dues.pathKey() });
      },
      onError: (error) => applyFieldErrors(form, error, formFields),
    }),
  );

  const save = (values: Values) => {
    const amountFen = parseYuan(values.amount);
    if (amountFen === null) return;
    remit.mutate({ unitId, period: values.period, amountFen, sentOn: values.sentOn, note: values.note.trim() });
  };

  return (
    <FormModal<Values>
      form={form}
      mutation={remit}
      open={open}
      title={label('title')}
      okText={label('save')}
      okButtonProps={{ 'data-testid': `${testId}-save` } as ButtonProps}
      onCancel={onClose}
      initialValues={{ period: lastMonth, amount: '', sentOn: today, note: '' }}
      onFinish={save}
      testId={`${testId}-form`}
    >
      <Typography.Paragraph type="secondary">{label('hint')}</Typography.Paragraph>
      <Form.Item
        name="period"
        label={label('period')}
        rules={[
          rules.required(label('period')),
          {
            validator: async (_, value: string | undefined) => {
              if (!value) return;
              if (!isMonth(value)) throw new Error(t('form.monthInvalid'));
              if (value > lastMonth) throw new Error(t('form.monthNotPast'));
            },
          },
        ]}
      >
        <Input type="month" max={lastMonth} placeholder="YYYY-MM" data-testid={`${testId}-period`} />
      </Form.Item>
      <Form.Item
        name="amount"
        label={label('amount')}
        rules={[
          rules.required(label('amount')),
          {
            validator: async (_, value: string | undefined) => {
              if (!value?.trim()) return;
              const fen = parseYuan(value);
              if (fen === null) throw new Error(t('form.amountInvalid'));
              if (fen <= 0) throw new Error(t('form.amountPositive'));
            },
          },
        ]}
      >
        <Input inputMode="decimal" autoComplete="off" data-testid={`${testId}-amount`} />
      </Form.Item>
      <Form.Item
        name="sentOn"
        label={label('sentOn')}
        rules={[
          rules.required(label('sentOn')),
          {
            validator: async (_, value: string | undefined) => {
              if (value && value > today) throw new Error(t('form.dayInFuture'));
            },
          },
        ]}
      >
        <Input type="date" max={today} data-testid={`${testId}-sent-on`} />
      </Form.Item>
      <Form.Item name="note" label={label('note')} rules={[rules.maxLength(200)]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={200} data-testid={`${testId}-note`} />
      </Form.Item>
    </FormModal>
  );
}
