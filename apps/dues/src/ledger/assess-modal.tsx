// Assessing a month of the current unit (a branch, or every branch and group below a township): the month, not one to
// come. Running it again writes nothing for those assessed already; the result (who was assessed, for how much, who
// has no base) shows on the page.
import { calendarDay } from '@strata/i18n/days';
import { FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ButtonProps, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssessResult } from '../common/api-types';
import { isMonth } from '../common/months';
import { useTRPC } from '../trpc';

type Values = { month: string };

type Props = { unitId: number; open: boolean; onClose: () => void; onAssessed: (result: AssessResult) => void };

export function AssessModal({ unitId, open, onClose, onAssessed }: Props) {
  const { t } = useTranslation('dues');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const thisMonth = calendarDay(new Date()).slice(0, 7);
  const assess = useMutation(
    trpc.dues.ledger.assess.mutationOptions({
      onSuccess: async (result) => {
        onAssessed(result);
        onClose();
        await queryClient.invalidateQueries({ queryKey: trpc.dues.pathKey() });
      },
    }),
  );
  return (
    <FormModal<Values>
      form={form}
      mutation={assess}
      open={open}
      title={t('assess.title')}
      okText={t('assess.run')}
      okButtonProps={{ 'data-testid': 'ledger-assess-run' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ month: thisMonth }}
      onFinish={(values) => assess.mutate({ unitId, month: values.month })}
      testId="ledger-assess-form"
    >
      <Typography.Paragraph type="secondary">{t('assess.hint')}</Typography.Paragraph>
      <Form.Item
        name="month"
        label={t('assess.month')}
        rules={[
          rules.required(t('assess.month')),
          {
            validator: async (_, value: string | undefined) => {
              if (!value) return;
              if (!isMonth(value)) throw new Error(t('form.monthInvalid'));
              if (value > thisMonth) throw new Error(t('form.monthAhead'));
            },
          },
        ]}
      >
        <Input type="month" max={thisMonth} placeholder="YYYY-MM" data-testid="ledger-assess-month" />
      </Form.Item>
    </FormModal>
  );
}
