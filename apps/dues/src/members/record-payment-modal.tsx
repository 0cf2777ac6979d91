// Recording a member's payment: the amount in yuan (whole fen, parsed as text), the months it pays for (none: the
// oldest owed first; six back to two ahead of the payment day's month), the day (today unless said, never after), who
// paid (a proxy by name), whether what is over what is owed is a voluntary extra, and a note. The key made when the
// dialog opened goes with every try, so a save retried after a lost answer is recorded once. The server's refusal
// shows above the form and on the field it names; once recorded, the page shows the receipt number.
import { parseYuan } from '@strata/contract';
import { calendarDay } from '@strata/i18n/days';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ButtonProps, Form, Input, Radio, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Payer, PaymentResult } from '../common/api-types';
import { payers } from '../common/domain-values';
import { formatMonth } from '../common/month-text';
import { paymentWindow } from '../common/months';
import { useTRPC } from '../trpc';
import type { PaymentOpening } from './dues-members-page';

type Values = {
  amount: string;
  months: string[];
  paidOn: string;
  payer: Payer;
  proxyName: string;
  over: boolean;
  note: string;
};

const testId = 'dues-payment';
/** The server's field names where the form's differ. */
const formFields: Record<string, keyof Values> = { amountFen: 'amount' };

type Props = {
  opening: PaymentOpening | undefined;
  onClose: () => void;
  onRecorded: (result: PaymentResult) => void;
};

export function RecordPaymentModal({ opening, onClose, onRecorded }: Props) {
  const { t, i18n } = useTranslation('dues');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const today = calendarDay(new Date());
  const paidOn = Form.useWatch('paidOn', form) ?? today;
  const payer = Form.useWatch('payer', form);
  const payable = paymentWindow(paidOn);
  const label = (key: string) => t(`payment.${key}`);

  const record = useMutation(
    trpc.dues.payments.record.mutationOptions({
      onSuccess: async (result) => {
        onRecorded(result);
        onClose();
        await queryClient.invalidateQueries({ queryKey: trpc.dues.pathKey() });
      },
      onError: (error) => applyFieldErrors(form, error, formFields),
    }),
  );

  const save = (values: Values) => {
    if (!opening) return;
    const amountFen = parseYuan(values.amount);
    if (amountFen === null) return;
    record.mutate({
      memberId: opening.member.id,
      amountFen,
      ...(values.months.length > 0 && { months: [...values.months].sort() }),
      paidOn: values.paidOn,
      payer: values.payer,
      proxyName: values.payer === 'proxy' ? values.proxyName.trim() : '',
      over: values.over ? 'extra' : 'refuse',
      // The opening's key, the same for every try of this dialog.
      requestKey: opening.requestKey,
      note: values.note.trim(),
    });
  };

  return (
    <FormModal<Values>
      form={form}
      mutation={record}
      open={opening !== undefined}
      title={t('payment.title', { name: opening?.member.name ?? '' })}
      okText={label('save')}
      okButtonProps={{ 'data-testid': `${testId}-save` } as ButtonProps}
      onCancel={onClose}
      initialValues={{ amount: '', months: [], paidOn: today, payer: 'self', proxyName: '', over: false, note: '' }}
      onFinish={save}
      testId={`${testId}-form`}
    >
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
        <Input
          inputMode="decimal"
          autoComplete="off"
          placeholder={label('amountPlaceholder')}
          data-testid={`${testId}-amount`}
        />
      </Form.Item>
      <Form.Item
        name="paidOn"
        label={label('paidOn')}
        rules={[
          rules.required(label('paidOn')),
          {
            validator: async (_, value: string | undefined) => {
              if (value && value > today) throw new Error(t('form.dayInFuture'));
            },
          },
        ]}
      >
        <Input type="date" max={today} data-testid={`${testId}-paid-on`} />
      </Form.Item>
      <Form.Item
        name="months"
        label={label('months')}
        extra={label('monthsHint')}
        dependencies={['paidOn']}
        rules={[
          {
            validator: async (_, value: string[] | undefined) => {
              const outside = (value ?? []).filter((month) => !payable.includes(month));
              if (outside.length > 0)
                throw new Error(
                  t('payment.monthsOutside', {
                    months: outside.map((m) => formatMonth(m, i18n.language)).join(t('separator')),
                  }),
                );
            },
          },
        ]}
      >
        <Select
          mode="multiple"
          allowClear
          options={payable.map((month) => ({ value: month, label: formatMonth(month, i18n.language) }))}
          data-testid={`${testId}-months`}
        />
      </Form.Item>
      <Form.Item name="payer" label={label('payer')} rules={[rules.choose(label('payer'))]}>
        <Radio.Group
          optionType="button"
          options={payers.map((value) => ({ value, label: t(`payer.${value}`) }))}
          data-testid={`${testId}-payer`}
        />
      </Form.Item>
      {payer === 'proxy' && (
        <Form.Item
          name="proxyName"
          label={label('proxyName')}
          rules={[rules.required(label('proxyName')), rules.maxLength(40)]}
        >
          <Input maxLength={40} autoComplete="off" data-testid={`${testId}-proxy-name`} />
        </Form.Item>
      )}
      <Form.Item name="over" label={label('over')} valuePropName="checked">
        <Switch data-testid={`${testId}-over`} />
      </Form.Item>
      <Form.Item name="note" label={label('note')} rules={[rules.maxLength(200)]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={200} data-testid={`${testId}-note`} />
      </Form.Item>
    </FormModal>
  );
}
