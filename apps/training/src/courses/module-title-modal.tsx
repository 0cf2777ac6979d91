// Adding a module to a draft (placed last) or renaming one: its title, within the server's limit.
import { trainingLimits } from '@strata/contract';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type ButtonProps, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';
import type { OutlineModule } from './course-types';

type Values = { title: string };

/** `module` to rename it, or none to add one to the version `versionId`. */
export function ModuleTitleModal({
  versionId,
  module,
  onClose,
}: {
  versionId: number;
  module: OutlineModule | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const label = t('courses.outline.moduleTitle');
  const saved = async () => {
    message.success(t(module ? 'courses.outline.moduleRenamed' : 'courses.outline.moduleAdded'));
    onClose();
    await queryClient.invalidateQueries({ queryKey: trpc.training.courses.pathKey() });
  };
  const onError = (error: unknown) => applyFieldErrors(form, error);
  const add = useMutation(trpc.training.courses.addModule.mutationOptions({ onSuccess: saved, onError }));
  const rename = useMutation(trpc.training.courses.renameModule.mutationOptions({ onSuccess: saved, onError }));
  return (
    <FormModal<Values>
      form={form}
      mutation={module ? rename : add}
      open
      width={480}
      title={
        module ? t('courses.outline.renameModuleTitle', { title: module.title }) : t('courses.outline.addModuleTitle')
      }
      okButtonProps={{ 'data-testid': 'module-form-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ title: module?.title ?? '' }}
      onFinish={({ title }) =>
        module ? rename.mutate({ id: module.id, title: title.trim() }) : add.mutate({ versionId, title: title.trim() })
      }
      testId="module-form"
    >
      <Form.Item name="title" label={label} rules={[rules.required(label), rules.maxLength(trainingLimits.titleMax)]}>
        <Input maxLength={trainingLimits.titleMax} showCount data-testid="module-form-title" />
      </Form.Item>
    </FormModal>
  );
}
