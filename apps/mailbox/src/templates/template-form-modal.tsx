import { letterLimits } from '@strata/contract';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type ButtonProps, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReplyTemplate } from '../common/api-types';
import { useTRPC } from '../trpc';

type Values = { title: string; body: string };

/** A new template of the unit (`template` unset), or one of its templates edited. */
export function TemplateFormModal({
  unitId,
  editing,
  onClose,
}: {
  unitId: number;
  /** Open while set: `template` undefined for a new one. */
  editing: { template: ReplyTemplate | undefined } | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation('mailbox');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const template = editing?.template;
  const done = (words: string) => async () => {
    message.success(t(words));
    onClose();
    await queryClient.invalidateQueries({ queryKey: trpc.mailbox.templates.pathKey() });
  };
  const onError = (error: unknown) => applyFieldErrors(form, error);
  const create = useMutation(
    trpc.mailbox.templates.create.mutationOptions({ onSuccess: done('templates.created'), onError }),
  );
  const update = useMutation(
    trpc.mailbox.templates.update.mutationOptions({ onSuccess: done('templates.saved'), onError }),
  );
  const rules = formRules(t);
  const save = (values: Values) => {
    const fields = { title: values.title.trim(), body: values.body.trim() };
    if (template) update.mutate({ id: template.id, ...fields });
    else create.mutate({ unitId, ...fields });
  };
  return (
    <FormModal<Values>
      form={form}
      mutation={template ? update : create}
      open={editing !== undefined}
      width={720}
      title={template ? t('templates.form.editTitle') : t('templates.form.createTitle')}
      okButtonProps={{ 'data-testid': 'template-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={template ? { title: template.title, body: template.body } : { title: '', body: '' }}
      onFinish={save}
      testId="template-form"
    >
      <Form.Item
        name="title"
        label={t('templates.form.title')}
        rules={[rules.required(t('templates.form.title')), rules.maxLength(letterLimits.templateTitleMax)]}
      >
        <Input maxLength={letterLimits.templateTitleMax} showCount data-testid="template-title" />
      </Form.Item>
      <Form.Item
        name="body"
        label={t('templates.form.body')}
        rules={[rules.required(t('templates.form.body')), rules.maxLength(letterLimits.replyMax)]}
      >
        <Input.TextArea
          autoSize={{ minRows: 6, maxRows: 16 }}
          maxLength={letterLimits.replyMax}
          showCount
          data-testid="template-body"
        />
      </Form.Item>
    </FormModal>
  );
}
