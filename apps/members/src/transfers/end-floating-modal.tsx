// Ending a floating attachment (the member is back, or moves on): the member's own branch says so, from a day between
// the start and today; the dialog is the question (it cannot be undone). A refusal of the day shows on its field.
import { calendarDay } from '@strata/i18n/days';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, type ButtonProps, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FloatingRow } from '../common/api-types';
import { useTRPC } from '../trpc';

type Values = { endedOn: string };
const testId = 'floating-end';

export function EndFloatingModal({
  attachment,
  onClose,
}: {
  attachment: FloatingRow | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation('members');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const today = calendarDay(new Date());
  const name = attachment?.memberName ?? '';
  const end = useMutation(
    trpc.members.floating.end.mutationOptions({
      onSuccess: async () => {
        message.success(t('floating.endForm.done', { name }));
        onClose();
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.members.floating.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.members.registry.pathKey() }),
        ]);
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  const label = t('floating.endForm.endedOn');
  return (
    <FormModal<Values>
      form={form}
      mutation={end}
      open={attachment !== undefined}
      title={t('floating.endForm.title', { name })}
      okText={t('floating.endForm.ok')}
      okButtonProps={{ danger: true, 'data-testid': `${testId}-save` } as ButtonProps}
      onCancel={onClose}
      initialValues={{ endedOn: today }}
      onFinish={(values) => attachment && end.mutate({ id: attachment.id, endedOn: values.endedOn })}
      testId={`${testId}-form`}
    >
      <Alert type="warning" showIcon title={t('floating.endForm.text')} style={{ marginBottom: 16 }} />
      <Form.Item
        name="endedOn"
        label={label}
        rules={[
          rules.required(label),
          {
            validator: async (_, value: string | undefined) => {
              if (value && value > today) throw new Error(t('form.dayInFuture'));
            },
          },
        ]}
      >
        <Input type="date" min={attachment?.startedOn} max={today} data-testid={`${testId}-ended-on`} />
      </Form.Item>
    </FormModal>
  );
}
