// Proposing a member's reduction from the collection list: the months (at most twelve, the first not after the last),
// what the member pays a month meanwhile in yuan (0 waives the dues) and the reason (required). The server's refusals
// (a span too long, months already under a request) land on their fields.
import { parseYuan } from '@strata/contract';
import { calendarDay } from '@strata/i18n/days';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type ButtonProps, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isMonth, monthsBetween } from '../common/months';
import { useTRPC } from '../trpc';

/** The longest reduction a request asks for, in months (the server's `dues.hardshipSpan`). */
export const hardshipMaxMonths = 12;

type Values = { fromMonth: string; toMonth: string; pay: string; reason: string };

const testId = 'dues-propose';
/** The server's field names where the form's differ. */
const formFields: Record<string, keyof Values> = { payFen: 'pay' };

export type ProposeFor = { id: number; name: string };

export function ProposeHardshipModal({ member, onClose }: { member: ProposeFor | undefined; onClose: () => void }) {
  const { t } = useTranslation('dues');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const thisMonth = calendarDay(new Date()).slice(0, 7);
  const label = (key: string) => t(`propose.${key}`);
  const propose = useMutation(
    trpc.dues.hardship.propose.mutationOptions({
      onSuccess: async () => {
        message.success(t('propose.done', { name: member?.name ?? '' }));
        onClose();
        await queryClient.invalidateQueries({ queryKey: trpc.dues.pathKey() });
      },
      onError: (error) => applyFieldErrors(form, error, formFields),
    }),
  );

  const save = (values: Values) => {
    const payFen = parseYuan(values.pay);
    if (!member || payFen === null) return;
    propose.mutate({
      memberId: member.id,
      fromMonth: values.fromMonth,
      toMonth: values.toMonth,
      payFen,
      reason: values.reason.trim(),
    });
  };

  const monthRule = {
    validator: async (_: unknown, value: string | undefined) => {
      if (value && !isMonth(value)) throw new Error(t('form.monthInvalid'));
    },
  };

  return (
    <FormModal<Values>
      form={form}
      mutation={propose}
      open={member !== undefined}
      title={t('propose.title', { name: member?.name ?? '' })}
      okText={label('save')}
      okButtonProps={{ 'data-testid': `${testId}-save` } as ButtonProps}
      onCancel={onClose}
      initialValues={{ fromMonth: thisMonth, toMonth: thisMonth, pay: '0', reason: '' }}
      onFinish={save}
      testId={`${testId}-form`}
    >
      <Typography.Paragraph type="secondary">{label('hint')}</Typography.Paragraph>
      <Form.Item name="fromMonth" label={label('fromMonth')} rules={[rules.required(label('fromMonth')), monthRule]}>
        <Input type="month" placeholder="YYYY-MM" data-testid={`${testId}-from`} />
      </Form.Item>
      <Form.Item
        name="toMonth"
        label={label('toMonth')}
        dependencies={['fromMonth']}
        rules={[
          rules.required(label('toMonth')),
          monthRule,
          ({ getFieldValue }) => ({
            validator: async (_, value: string | undefined) => {
              const from = getFieldValue('fromMonth') as string | undefined;
              if (!value || !from || !isMonth(value) || !isMonth(from)) return;
              const span = monthsBetween(from, value);
              if (span < 1) throw new Error(label('toBeforeFrom'));
              if (span > hardshipMaxMonths) throw new Error(t('propose.spanTooLong', { max: hardshipMaxMonths }));
            },
          }),
        ]}
      >
        <Input type="month" placeholder="YYYY-MM" data-testid={`${testId}-to`} />
      </Form.Item>
      <Form.Item
        name="pay"
        label={label('pay')}
        extra={label('payHint')}
        rules={[
          rules.required(label('pay')),
          {
            validator: async (_, value: string | undefined) => {
              if (value?.trim() && parseYuan(value) === null) throw new Error(t('form.amountNotNegative'));
            },
          },
        ]}
      >
        <Input inputMode="decimal" autoComplete="off" data-testid={`${testId}-pay`} />
      </Form.Item>
      <Form.Item name="reason" label={label('reason')} rules={[rules.required(label('reason')), rules.length(2, 200)]}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 4 }}
          maxLength={200}
          placeholder={label('reasonPlaceholder')}
          data-testid={`${testId}-reason`}
        />
      </Form.Item>
    </FormModal>
  );
}
