// Closing a month of the current unit's books: a month that has ended, with an optional note. It cannot be undone, so
// the form's OK asks first, saying that entries booked in the month or before are refused from then on.
import { calendarDay } from '@strata/i18n/days';
import { FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type ButtonProps, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../common/month-text';
import { addMonths, isMonth } from '../common/months';
import { useTRPC } from '../trpc';

type Values = { month: string; note: string };

export function CloseMonthModal({ unitId, open, onClose }: { unitId: number; open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation('dues');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const thisMonth = calendarDay(new Date()).slice(0, 7);
  const lastMonth = addMonths(thisMonth, -1);
  const close = useMutation(
    trpc.dues.ledger.close.mutationOptions({
      onSuccess: async ({ month }) => {
        message.success(t('close.done', { month: formatMonth(month, i18n.language) }));
        onClose();
        await queryClient.invalidateQueries({ queryKey: trpc.dues.pathKey() });
      },
    }),
  );

  const ask = (values: Values) => {
    const month = formatMonth(values.month, i18n.language);
    modal.confirm({
      title: t('close.confirmTitle', { month }),
      content: t('close.confirmText', { month }),
      okText: t('close.confirm'),
      okButtonProps: { danger: true, 'data-testid': 'ledger-close-confirm' } as ButtonProps,
      cancelText: t('common:cancel'),
      onOk: async () => {
        // A refusal shows in the dialog, above the form.
        await close.mutateAsync({ unitId, month: values.month, note: values.note.trim() }).catch(() => undefined);
      },
    });
  };

  return (
    <FormModal<Values>
      form={form}
      mutation={close}
      open={open}
      title={t('close.title')}
      okText={t('close.confirm')}
      okButtonProps={{ danger: true, 'data-testid': 'ledger-close-next' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ month: lastMonth, note: '' }}
      onFinish={ask}
      testId="ledger-close-form"
    >
      <Form.Item
        name="month"
        label={t('close.month')}
        rules={[
          rules.required(t('close.month')),
          {
            validator: async (_, value: string | undefined) => {
              if (!value) return;
              if (!isMonth(value)) throw new Error(t('form.monthInvalid'));
              if (value >= thisMonth) throw new Error(t('form.monthNotPast'));
            },
          },
        ]}
      >
        <Input type="month" max={lastMonth} placeholder="YYYY-MM" data-testid="ledger-close-month" />
      </Form.Item>
      <Form.Item name="note" label={t('close.note')} rules={[rules.maxLength(200)]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={200} data-testid="ledger-close-note" />
      </Form.Item>
    </FormModal>
  );
}
