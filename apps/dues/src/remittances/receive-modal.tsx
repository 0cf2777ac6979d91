// Confirming what arrived from a unit below: the amount (what was sent, unless less or more arrived), the day it
// arrived (not after today) and a note, which should say why when the amounts differ. The reconciliation then sets the
// two sides against each other.
import { formatFen, parseYuan } from '@strata/contract';
import { calendarDay, formatCalendarDay } from '@strata/i18n/days';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type ButtonProps, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RemittanceRow } from '../common/api-types';
import { formatMonth } from '../common/month-text';
import { useTRPC } from '../trpc';

type Values = { amount: string; receivedOn: string; note: string };

const testId = 'receive';
const formFields: Record<string, keyof Values> = { receivedFen: 'amount' };

type Props = { remittance: RemittanceRow | undefined; onClose: () => void };

export function ReceiveModal({ remittance, onClose }: Props) {
  const { t, i18n } = useTranslation('dues');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const today = calendarDay(new Date());
  const language = i18n.language;
  const label = (key: string) => t(`receive.${key}`);
  const receive = useMutation(
    trpc.dues.remittances.receive.mutationOptions({
      onSuccess: async () => {
        if (remittance)
          message.success(
            t('receive.done', { unit: remittance.unitName, month: formatMonth(remittance.period, language) }),
          );
        onClose();
        await queryClient.invalidateQueries({ queryKey: trpc.dues.pathKey() });
      },
      onError: (error) => applyFieldErrors(form, error, formFields),
    }),
  );

  const save = (values: Values) => {
    const receivedFen = parseYuan(values.amount);
    if (!remittance || receivedFen === null) return;
    receive.mutate({ id: remittance.id, receivedFen, receivedOn: values.receivedOn, note: values.note.trim() });
  };

  return (
    <FormModal<Values>
      form={form}
      mutation={receive}
      open={remittance !== undefined}
      title={t('receive.title', { unit: remittance?.unitName ?? '' })}
      okText={label('save')}
      okButtonProps={{ 'data-testid': `${testId}-save` } as ButtonProps}
      onCancel={onClose}
      initialValues={{
        // What was sent, as a field shows an amount (no grouping): the usual case is a click on OK.
        amount: remittance ? formatFen(remittance.amountFen, { grouped: false }) : '',
        receivedOn: today,
        note: '',
      }}
      onFinish={save}
      testId={`${testId}-form`}
    >
      {remittance && (
        <Typography.Paragraph data-testid={`${testId}-sent`}>
          {t('receive.sent', {
            month: formatMonth(remittance.period, language),
            amount: formatFen(remittance.amountFen),
            day: formatCalendarDay(remittance.sentOn, language),
          })}
        </Typography.Paragraph>
      )}
      <Form.Item
        name="amount"
        label={label('amount')}
        rules={[
          rules.required(label('amount')),
          {
            validator: async (_, value: string | undefined) => {
              if (value?.trim() && parseYuan(value) === null) throw new Error(t('form.amountNotNegative'));
            },
          },
        ]}
      >
        <Input inputMode="decimal" autoComplete="off" data-testid={`${testId}-amount`} />
      </Form.Item>
      <Form.Item
        name="receivedOn"
        label={label('receivedOn')}
        rules={[
          rules.required(label('receivedOn')),
          {
            validator: async (_, value: string | undefined) => {
              if (value && value > today) throw new Error(t('form.dayInFuture'));
            },
          },
        ]}
      >
        <Input type="date" max={today} data-testid={`${testId}-received-on`} />
      </Form.Item>
      <Form.Item name="note" label={label('note')} extra={label('noteHint')} rules={[rules.maxLength(200)]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={200} data-testid={`${testId}-note`} />
      </Form.Item>
    </FormModal>
  );
}
