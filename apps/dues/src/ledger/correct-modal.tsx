// Correcting an entry: a reversing entry of the same kind, member and month and the opposite amount, booked today,
// with the reason (required). The entry itself stays; the list then names each by the other.
import { formatFen } from '@strata/contract';
import { FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type ButtonProps, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EntryRow } from '../common/api-types';
import { formatMonth } from '../common/month-text';
import { useTRPC } from '../trpc';

type Values = { note: string };

type Props = { unitId: number; entry: EntryRow | undefined; onClose: () => void };

export function CorrectModal({ unitId, entry, onClose }: Props) {
  const { t, i18n } = useTranslation('dues');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const correct = useMutation(
    trpc.dues.ledger.correct.mutationOptions({
      onSuccess: async ({ seq }) => {
        message.success(t('correct.done', { seq }));
        onClose();
        await queryClient.invalidateQueries({ queryKey: trpc.dues.pathKey() });
      },
    }),
  );
  return (
    <FormModal<Values>
      form={form}
      mutation={correct}
      open={entry !== undefined}
      title={t('correct.title', { seq: entry?.seq ?? '' })}
      okText={t('correct.confirm')}
      okButtonProps={{ danger: true, 'data-testid': 'ledger-correct-confirm' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ note: '' }}
      onFinish={(values) => entry && correct.mutate({ unitId, seq: entry.seq, note: values.note.trim() })}
      testId="ledger-correct-form"
    >
      {entry && (
        <Typography.Paragraph data-testid="ledger-correct-text">
          {t('correct.text', {
            kind: t(`entryKind.${entry.kind}`),
            month: formatMonth(entry.month, i18n.language),
            amount: formatFen(-entry.amountFen),
          })}
        </Typography.Paragraph>
      )}
      <Form.Item
        name="note"
        label={t('correct.note')}
        rules={[rules.required(t('correct.note')), rules.length(2, 200)]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 4 }}
          maxLength={200}
          placeholder={t('correct.notePlaceholder')}
          data-testid="ledger-correct-note"
        />
      </Form.Item>
    </FormModal>
  );
}
