// A new version of a document: a file chosen, uploaded with progress to the document's unit, then added.
import { applyFieldErrors, FormModal } from '@strata/ui';
import { useMutation } from '@tanstack/react-query';
import { App, type ButtonProps, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPCClient } from '../trpc';
import { NoteField } from './document-form-modal';
import type { DocumentDetail, DocumentRow } from './document-values';
import { FilePicker } from './file-picker';
import { useRefreshDocuments } from './use-document-changes';
import { useUpload } from './use-upload';

type Values = { file: File; note: string };

export function VersionModal({
  document,
  onClose,
}: {
  document: DocumentRow | DocumentDetail | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('content');
  const client = useTRPCClient();
  const { message } = App.useApp();
  const refresh = useRefreshDocuments();
  const [form] = Form.useForm<Values>();
  const { upload, progress } = useUpload();
  const add = useMutation({
    mutationFn: async ({ file, note }: Values) => {
      if (!document) throw new Error('no document');
      const stored = await upload(document.unitId, file);
      return client.content.documents.addVersion.mutate({
        id: document.id,
        fileId: stored.id,
        note: (note ?? '').trim(),
      });
    },
    onSuccess: async (saved) => {
      message.success(t('documents.versionAdded', { number: saved.version }));
      onClose();
      await refresh();
    },
    onError: (error) => applyFieldErrors(form, error),
  });
  return (
    <FormModal<Values>
      form={form}
      mutation={add}
      open={document !== null}
      title={document ? t('documents.form.versionTitle', { title: document.title }) : ''}
      okText={t('documents.newVersion')}
      okButtonProps={{ 'data-testid': 'document-version-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ note: '' }}
      onFinish={(values) => add.mutate(values)}
      testId="document-version-form"
    >
      <Form.Item
        name="file"
        label={t('documents.form.file')}
        extra={t('documents.form.fileHint')}
        rules={[{ required: true, message: t('documents.form.fileRequired') }]}
      >
        <FilePicker progress={progress} />
      </Form.Item>
      <NoteField />
    </FormModal>
  );
}
