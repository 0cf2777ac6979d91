import { useTRPC } from '@strata/client';
import { applyFieldErrors, errorMessage } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Cadence } from '../common/api-types';
import { columnNameLimits } from '../common/domain-values';
import { useCadenceOptions } from '../common/use-domain-options';

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
      onError: (error) => {
        if (!applyFieldErrors(form, error)) message.error(errorMessage(error, t));
      },
    }),
  );

  return (
    <Modal
      open={open}
      title={t('columns.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', loading: create.isPending, 'data-testid': 'column-add-save' }}
      onCancel={onClose}
      destroyOnHidden
      modalRender={(dom) => (
        <Form<AddColumnValues>
          form={form}
          layout="vertical"
          initialValues={{ name: '', cadence: 'weekly' }}
          onFinish={(values) => create.mutate({ unitId, name: values.name.trim(), cadence: values.cadence })}
        >
          {dom}
        </Form>
      )}
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
    </Modal>
  );
}
