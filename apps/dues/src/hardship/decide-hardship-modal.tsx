// Deciding a hardship request, one level above its branch: approve or decline, with an answer (required to decline).
// Approved, the months already assessed are reduced at once; the page says how many.
import { FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type ButtonProps, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HardshipRow } from '../common/api-types';
import { useTRPC } from '../trpc';
import { monthsText, payText } from './hardship-columns';

type Decision = 'approve' | 'decline';
type Values = { decision: Decision; answer: string };

type Props = { request: HardshipRow | undefined; onClose: () => void };

export function DecideHardshipModal({ request, onClose }: Props) {
  const { t, i18n } = useTranslation('dues');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const decision = Form.useWatch('decision', form);
  const label = (key: string) => t(`decide.${key}`);
  const decide = useMutation(
    trpc.dues.hardship.decide.mutationOptions({
      onSuccess: async (result, input) => {
        const name = request?.memberName ?? '';
        message.success(
          input.approve ? t('decide.approved', { name, count: result.reduced }) : t('decide.declined', { name }),
        );
        onClose();
        await queryClient.invalidateQueries({ queryKey: trpc.dues.pathKey() });
      },
    }),
  );

  return (
    <FormModal<Values>
      form={form}
      mutation={decide}
      open={request !== undefined}
      title={t('decide.title', { name: request?.memberName ?? '' })}
      okText={label('save')}
      okButtonProps={{ 'data-testid': 'hardship-decide-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ decision: 'approve', answer: '' }}
      onFinish={(values) =>
        request &&
        decide.mutate({ id: request.id, approve: values.decision === 'approve', answer: values.answer.trim() })
      }
      testId="hardship-decide-form"
    >
      {request && (
        <Typography.Paragraph data-testid="hardship-decide-summary">
          {t('decide.summary', {
            unit: request.unitName,
            months: monthsText(t, request, i18n.language),
            pay: payText(t, request.payFen),
          })}
          <br />
          {t('decide.reason', { reason: request.reason })}
        </Typography.Paragraph>
      )}
      <Form.Item name="decision" label={label('decision')} rules={[rules.choose(label('decision'))]}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'approve', label: label('approve') },
            { value: 'decline', label: label('decline') },
          ]}
          data-testid="hardship-decide-decision"
        />
      </Form.Item>
      <Form.Item
        name="answer"
        label={label('answer')}
        dependencies={['decision']}
        rules={[...(decision === 'decline' ? [rules.required(label('answer'))] : []), rules.maxLength(200)]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 4 }}
          maxLength={200}
          placeholder={label('answerPlaceholder')}
          data-testid="hardship-decide-answer"
        />
      </Form.Item>
    </FormModal>
  );
}
