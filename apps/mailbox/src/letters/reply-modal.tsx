// Replying to a letter: the text (from a template of the unit or a unit above, when one fits), and whether the reply
// is published on the unit's website (only when the submitter agreed to publication).
import { letterLimits } from '@strata/contract';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, type ButtonProps, Form, Input, Select, Switch } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Letter, ReplyTemplate } from '../common/api-types';
import { useTRPC } from '../trpc';
import { useAfterStep } from './use-after-step';

export type ReplyValues = { reply: string; public: boolean; templateId?: number };

type FieldsProps = {
  /** The templates to start from (undefined while they load). */
  templates: readonly Pick<ReplyTemplate, 'id' | 'title' | 'body' | 'unitName'>[] | undefined;
  /** Whether the submitter agreed to publication: without it the reply stays private. */
  mayPublish: boolean;
};

/** The templates grouped under the unit each belongs to (the answering unit's first, as the server orders them). */
function byUnit(templates: FieldsProps['templates'] & object) {
  const groups = new Map<string, { value: number; label: string }[]>();
  for (const one of templates) {
    const group = groups.get(one.unitName) ?? [];
    group.push({ value: one.id, label: one.title });
    groups.set(one.unitName, group);
  }
  return [...groups].map(([unitName, options]) => ({ label: unitName, title: unitName, options }));
}

/**
 * The reply's fields inside its form. Choosing a template fills the text with it; when something else is written
 * already, it asks before replacing it (and keeps the text, and the template shown before, when told no).
 */
export function ReplyFields({ templates, mayPublish }: FieldsProps) {
  const { t } = useTranslation('mailbox');
  const form = Form.useFormInstance<ReplyValues>();
  const { modal } = App.useApp();
  const used = useRef<number | undefined>(undefined);
  const rules = formRules(t);
  const fill = (id: number | undefined) => {
    const template = templates?.find((one) => one.id === id);
    if (!template) {
      used.current = undefined;
      return;
    }
    const use = () => {
      used.current = template.id;
      form.setFields([{ name: 'reply', value: template.body, errors: [], touched: true }]);
    };
    const written = String(form.getFieldValue('reply') ?? '').trim();
    if (!written || written === template.body.trim()) return use();
    modal.confirm({
      title: t('form.replaceTitle'),
      content: t('form.replaceText', { title: template.title }),
      okText: t('form.replaceOk'),
      onOk: use,
      onCancel: () => form.setFieldValue('templateId', used.current),
    });
  };
  const noTemplates = templates !== undefined && templates.length === 0;
  return (
    <>
      {/* A field of the form, so choosing one counts as a change (closing the dialog then asks first). */}
      <Form.Item name="templateId" label={t('form.template')} extra={noTemplates ? t('form.noTemplates') : undefined}>
        <Select<number>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={templates === undefined}
          disabled={noTemplates}
          placeholder={t('form.templatePlaceholder')}
          options={byUnit(templates ?? [])}
          onChange={fill}
          data-testid="letter-reply-template"
        />
      </Form.Item>
      <Form.Item
        name="reply"
        label={t('form.replyText')}
        extra={t('form.replyHint')}
        rules={[rules.required(t('form.replyText')), rules.maxLength(letterLimits.replyMax)]}
      >
        <Input.TextArea
          autoSize={{ minRows: 6, maxRows: 16 }}
          maxLength={letterLimits.replyMax}
          showCount
          data-testid="letter-reply-text"
        />
      </Form.Item>
      <Form.Item
        name="public"
        label={t('form.publicReply')}
        valuePropName="checked"
        extra={mayPublish ? t('form.publicHint') : t('form.publicNotAllowed')}
      >
        <Switch disabled={!mayPublish} data-testid="letter-reply-public" />
      </Form.Item>
    </>
  );
}

export function ReplyModal({
  letter,
  open,
  onClose,
}: {
  letter: Pick<Letter, 'id' | 'unitId' | 'mayPublish'>;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('mailbox');
  const trpc = useTRPC();
  const after = useAfterStep();
  const [form] = Form.useForm<ReplyValues>();
  // The templates of the unit answering and of the units above it.
  const templates = useQuery({ ...trpc.mailbox.templates.list.queryOptions({ unitId: letter.unitId }), enabled: open });
  const reply = useMutation(
    trpc.mailbox.letters.reply.mutationOptions({
      onSuccess: async () => {
        onClose();
        await after('reply');
      },
      onError: (error) => {
        applyFieldErrors(form, error);
        after.failed(error);
      },
    }),
  );
  return (
    <FormModal<ReplyValues>
      form={form}
      mutation={reply}
      open={open}
      width={720}
      title={t('form.replyTitle')}
      okText={t('steps.reply')}
      okButtonProps={{ 'data-testid': 'letter-step-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ reply: '', public: false }}
      onFinish={(values) =>
        reply.mutate({ id: letter.id, reply: values.reply.trim(), public: letter.mayPublish && values.public })
      }
      testId="letter-reply-form"
    >
      <ReplyFields templates={templates.error ? [] : templates.data} mayPublish={letter.mayPublish} />
    </FormModal>
  );
}
