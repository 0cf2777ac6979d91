import { applyFieldErrors, FormModal } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type ButtonProps, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Cadence } from '../common/api-types';
import { columnNameLimits } from '../common/limits';
import { useCadenceOptions } from '../common/use-domain-options';
import { useTRPC } from '../trpc';

interface AddColumnValues {
  name: string;
  cadence: Cadence;
}

export function AddColumnModal({ unitId, open, onClose }: { unitId: number; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('content');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<AddColumnValues>();
  const cadenceOptions = useCadenceOptions();
  const { min, max } = columnNameLimits;

  const create = useMutation(
    trpc.content.columns.create.mutationOptions({
      onSuccess: async () => {
        message.success(t('columns.added'));
        form.resetFields();
        onClose();
        await queryClient.invalidateQueries({ queryKey: trpc.content.columns.list.queryKey() });
      },
      // Field errors go on the fields; anything else shows above the form.
      onError: (error) => applyFieldErrors(form, error),
    }),
  );

  return (
    <FormModal
      form={form}
      mutation={create}
      open={open}
      title={t('columns.addTitle')}
      okButtonProps={{ 'data-testid': 'column-add-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ name: '', cadence: 'weekly' }}
      onFinish={(values) => create.mutate({ unitId, name: values.name.trim(), cadence: values.cadence })}
    >
      <Form.Item
        name="name"
        label={t('columns.name')}
        rules={[
          { required: true, whitespace: true, message: t('columns.nameRequired') },
          { min, max, message: t('columns.nameLength', { min, max }) },
        ]}
      >
        <Input data-testid="column-add-name" maxLength={max} />
      </Form.Item>
      <Form.Item name="cadence" label={t('columns.cadence')}>
        <Select options={cadenceOptions} aria-label={t('columns.cadence')} />
      </Form.Item>
    </FormModal>
  );
}
