// The steps that take one text: reject (the reason, told to the submitter), return (the reason, for the units),
// record the handling (the note) and an internal note.
import { letterLimits } from '@strata/contract';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation } from '@tanstack/react-query';
import { type ButtonProps, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPCClient } from '../trpc';
import { useAfterStep } from './use-after-step';

export type TextStep = 'reject' | 'return' | 'handle' | 'note';

/** Each step's field (as the server names it), its limit and its words. */
const steps = {
  reject: {
    field: 'reason',
    max: letterLimits.reasonMax,
    title: 'form.rejectTitle',
    label: 'form.reason',
    hint: 'form.rejectHint',
  },
  return: {
    field: 'reason',
    max: letterLimits.reasonMax,
    title: 'form.returnTitle',
    label: 'form.reason',
    hint: 'form.returnHint',
  },
  handle: {
    field: 'note',
    max: letterLimits.replyMax,
    title: 'form.handleTitle',
    label: 'form.handleNote',
    hint: 'form.handleHint',
  },
  note: {
    field: 'text',
    max: letterLimits.reasonMax,
    title: 'form.noteTitle',
    label: 'form.noteText',
    hint: 'form.noteHint',
  },
} as const satisfies Record<TextStep, { field: string; max: number; title: string; label: string; hint: string }>;

type Values = Record<string, string>;

type Props = {
  step: TextStep | null;
  letterId: number;
  onClose: () => void;
  /** After the step went through (a returned letter leaves the returning unit's hands: the page moves on). */
  onDone?: (step: TextStep) => void;
};

export function TextStepModal({ step, letterId, onClose, onDone }: Props) {
  const { t } = useTranslation('mailbox');
  const client = useTRPCClient();
  const after = useAfterStep();
  const [form] = Form.useForm<Values>();
  // The step last opened: its words stay while the dialog closes.
  const [last, setLast] = useState<TextStep>('note');
  if (step !== null && step !== last) setLast(step);
  const shown = step ?? last;
  const { field, max, title, label, hint } = steps[shown];
  const take = useMutation({
    mutationFn: (text: string) => {
      const letters = client.mailbox.letters;
      switch (shown) {
        case 'reject':
          return letters.reject.mutate({ id: letterId, reason: text });
        case 'return':
          return letters.return.mutate({ id: letterId, reason: text });
        case 'handle':
          return letters.handle.mutate({ id: letterId, note: text });
        case 'note':
          return letters.note.mutate({ id: letterId, text });
      }
    },
    onSuccess: async () => {
      onClose();
      onDone?.(shown);
      await after(shown);
    },
    onError: (error) => {
      applyFieldErrors(form, error);
      after.failed(error);
    },
  });
  const rules = formRules(t);
  return (
    <FormModal<Values>
      form={form}
      mutation={take}
      open={step !== null}
      title={t(title)}
      okText={t(`steps.${shown}`)}
      okButtonProps={{ danger: shown === 'reject', 'data-testid': 'letter-step-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ [field]: '' }}
      onFinish={(values) => take.mutate((values[field] ?? '').trim())}
      testId={`letter-${shown}-form`}
    >
      <Typography.Paragraph type="secondary">{t(hint)}</Typography.Paragraph>
      <Form.Item name={field} label={t(label)} rules={[rules.required(t(label)), rules.maxLength(max)]}>
        <Input.TextArea
          autoSize={{ minRows: 4, maxRows: 12 }}
          maxLength={max}
          showCount
          data-testid="letter-step-text"
        />
      </Form.Item>
    </FormModal>
  );
}
