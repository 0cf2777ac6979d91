// A destructive or refusing act that needs a word why (cancel an activity, decline an entry, remove a sign-up, revoke
// a certificate): a dialog with the reason, required and within the server's limit, before anything is sent.
import { volunteerLimits } from '@strata/contract';
import { FormModal, formRules } from '@strata/ui';
import { type ButtonProps, Form, Input, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  open: boolean;
  title: string;
  /** What the act does, above the field. */
  text?: ReactNode;
  label: string;
  okText: string;
  danger?: boolean;
  mutation: { isPending: boolean; isError: boolean; error: unknown };
  onSubmit: (reason: string) => void;
  onClose: () => void;
  /** `<testId>-reason`, `<testId>-ok`. */
  testId: string;
  max?: number;
};

export function ReasonModal({
  open,
  title,
  text,
  label,
  okText,
  danger,
  mutation,
  onSubmit,
  onClose,
  testId,
  max,
}: Props) {
  const { t } = useTranslation('volunteers');
  const [form] = Form.useForm<{ reason: string }>();
  const rules = formRules(t);
  const limit = max ?? volunteerLimits.reason;
  return (
    <FormModal<{ reason: string }>
      form={form}
      mutation={mutation}
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger, 'data-testid': `${testId}-ok` } as ButtonProps}
      onCancel={onClose}
      initialValues={{ reason: '' }}
      onFinish={(values) => onSubmit(values.reason.trim())}
      testId={`${testId}-form`}
    >
      {text && <Typography.Paragraph>{text}</Typography.Paragraph>}
      <Form.Item name="reason" label={label} rules={[rules.required(label), rules.maxLength(limit)]}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={limit}
          showCount
          data-testid={`${testId}-reason`}
        />
      </Form.Item>
    </FormModal>
  );
}
