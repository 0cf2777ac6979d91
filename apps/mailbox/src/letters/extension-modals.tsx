// Deadlines moved on: the handling unit asks for more working days, with a reason, before the deadline; a handler one
// level up approves or declines.
import { letterLimits } from '@strata/contract';
import { formatCalendarDay } from '@strata/i18n/days';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation } from '@tanstack/react-query';
import { type ButtonProps, Form, Input, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Letter } from '../common/api-types';
import { WorkingDaysSelect } from '../common/working-days-select';
import { useTRPC } from '../trpc';
import { useAfterStep } from './use-after-step';

type AskValues = { days: number; reason: string };

export function AskExtensionModal({
  letter,
  open,
  onClose,
}: {
  letter: Pick<Letter, 'id' | 'dueDate'>;
  open: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('mailbox');
  const trpc = useTRPC();
  const after = useAfterStep();
  const [form] = Form.useForm<AskValues>();
  const ask = useMutation(
    trpc.mailbox.letters.askExtension.mutationOptions({
      onSuccess: async () => {
        onClose();
        await after('askExtension');
      },
      onError: (error) => {
        applyFieldErrors(form, error);
        after.failed(error);
      },
    }),
  );
  const rules = formRules(t);
  const max = letterLimits.extensionDaysMax;
  return (
    <FormModal<AskValues>
      form={form}
      mutation={ask}
      open={open}
      title={t('form.extensionTitle')}
      okText={t('steps.askExtension')}
      okButtonProps={{ 'data-testid': 'letter-step-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ reason: '' }}
      onFinish={(values) => ask.mutate({ id: letter.id, days: values.days, reason: values.reason.trim() })}
      testId="letter-extension-form"
    >
      <Typography.Paragraph type="secondary">
        {t('form.extensionHint', { date: formatCalendarDay(letter.dueDate, i18n.language) })}
      </Typography.Paragraph>
      <Form.Item
        name="days"
        label={t('form.extensionDays')}
        rules={[{ required: true, message: t('form.daysRequired') }]}
      >
        <WorkingDaysSelect max={max} data-testid="letter-extension-days" />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('form.extensionReason')}
        rules={[rules.required(t('form.extensionReason')), rules.maxLength(letterLimits.reasonMax)]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={letterLimits.reasonMax}
          showCount
          data-testid="letter-extension-reason"
        />
      </Form.Item>
    </FormModal>
  );
}

type Decision = 'approve' | 'decline';
type DecideValues = { decision: Decision; reason: string };

export function DecideExtensionModal({
  letter,
  open,
  onClose,
}: {
  letter: Pick<Letter, 'id' | 'unitName' | 'extensionDays' | 'extensionReason'>;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('mailbox');
  const trpc = useTRPC();
  const after = useAfterStep();
  const [form] = Form.useForm<DecideValues>();
  const decide = useMutation(
    trpc.mailbox.letters.decideExtension.mutationOptions({
      onSuccess: async (_, input) => {
        onClose();
        await after(input.approve ? 'approved' : 'declined');
      },
      onError: (error) => {
        applyFieldErrors(form, error);
        after.failed(error);
      },
    }),
  );
  const rules = formRules(t);
  return (
    <FormModal<DecideValues>
      form={form}
      mutation={decide}
      open={open}
      title={t('form.decideTitle')}
      okText={t('common:ok')}
      okButtonProps={{ 'data-testid': 'letter-step-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ decision: 'approve', reason: '' }}
      onFinish={(values) =>
        decide.mutate({ id: letter.id, approve: values.decision === 'approve', reason: values.reason.trim() })
      }
      testId="letter-decide-form"
    >
      <Typography.Paragraph>
        {t('form.decideRequest', { unit: letter.unitName, count: letter.extensionDays })}
        {letter.extensionReason && (
          <>
            <br />
            {t('form.decideReasonGiven', { reason: letter.extensionReason })}
          </>
        )}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('form.decideHint')}</Typography.Paragraph>
      <Form.Item name="decision" label={t('form.decision')}>
        <Segmented<Decision>
          options={[
            { value: 'approve', label: t('form.approve') },
            { value: 'decline', label: t('form.decline') },
          ]}
          data-testid="letter-decide-decision"
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('form.decideReason')}
        dependencies={['decision']}
        rules={[
          ({ getFieldValue }) => ({
            required: getFieldValue('decision') === 'decline',
            whitespace: true,
            message: t('form.decideReasonRequired'),
          }),
          rules.maxLength(letterLimits.reasonMax),
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={letterLimits.reasonMax}
          showCount
          data-testid="letter-decide-reason"
        />
      </Form.Item>
    </FormModal>
  );
}
