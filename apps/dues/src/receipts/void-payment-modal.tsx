// Taking a payment back: every line of its receipt (the months and any voluntary extra) reversed by a correction
// booked today, the months owed again and the receipt void. It cannot be undone, so the reason is required; the
// server's refusal (taken back already, a month closed) shows above the form.
import { FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type ButtonProps, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';

type Values = { note: string };

/** The payment to take back: its id and receipt number. */
export type VoidTarget = { id: number; receiptNo: string };

export function VoidPaymentModal({ payment, onClose }: { payment: VoidTarget | undefined; onClose: () => void }) {
  const { t } = useTranslation('dues');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const label = (key: string) => t(`voidPayment.${key}`);
  const takeBack = useMutation(
    trpc.dues.payments.void.mutationOptions({
      onSuccess: async () => {
        message.success(t('voidPayment.done', { receiptNo: payment?.receiptNo ?? '' }));
        onClose();
        await queryClient.invalidateQueries({ queryKey: trpc.dues.pathKey() });
      },
    }),
  );
  return (
    <FormModal<Values>
      form={form}
      mutation={takeBack}
      open={payment !== undefined}
      title={t('voidPayment.title', { receiptNo: payment?.receiptNo ?? '' })}
      okText={label('confirm')}
      okButtonProps={{ danger: true, 'data-testid': 'void-payment-confirm' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ note: '' }}
      onFinish={(values) => payment && takeBack.mutate({ id: payment.id, note: values.note.trim() })}
      testId="void-payment-form"
    >
      <Typography.Paragraph type="warning">{label('text')}</Typography.Paragraph>
      <Form.Item name="note" label={label('note')} rules={[rules.required(label('note')), rules.length(2, 200)]}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 4 }}
          maxLength={200}
          placeholder={label('notePlaceholder')}
          data-testid="void-payment-note"
        />
      </Form.Item>
    </FormModal>
  );
}
