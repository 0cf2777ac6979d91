// Filing a new document (its file chosen, uploaded with progress, then the document created) and editing one.
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, type ButtonProps, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC, useTRPCClient } from '../trpc';
import { DocumentFields } from './document-fields';
import { type DocumentDetail, type DocumentRow, documentLimits, type Visibility } from './document-values';
import { FilePicker } from './file-picker';
import { useRefreshDocuments } from './use-document-changes';
import { useUpload } from './use-upload';

type Fields = { title: string; category: string; description: string; visibility: Visibility };
type NewValues = Fields & { file: File; note: string };

const trimmed = ({ title, category, description, visibility }: Fields) => ({
  title: title.trim(),
  category: category.trim(),
  description: (description ?? '').trim(),
  visibility,
});

/** A new document of the unit: the file first (a title from its name unless one is written), then the fields. */
export function NewDocumentModal({ unitId, open, onClose }: { unitId: number; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('content');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const { message } = App.useApp();
  const refresh = useRefreshDocuments();
  const [form] = Form.useForm<NewValues>();
  const { upload, progress } = useUpload();
  const units = useQuery(trpc.identity.units.tree.queryOptions({}));
  const unitName = units.data?.find((u) => u.id === unitId)?.name;
  const create = useMutation({
    mutationFn: async (values: NewValues) => {
      const stored = await upload(unitId, values.file);
      return client.content.documents.create.mutate({
        unitId,
        ...trimmed(values),
        fileId: stored.id,
        note: (values.note ?? '').trim(),
      });
    },
    onSuccess: async () => {
      message.success(t('documents.created'));
      onClose();
      await refresh();
    },
    onError: (error) => applyFieldErrors(form, error),
  });
  const chosen = (file: File | undefined) => {
    if (file && !form.getFieldValue('title'))
      form.setFieldValue('title', file.name.replace(/\.[^.]*$/, '').slice(0, 100));
  };

  return (
    <FormModal<NewValues>
      form={form}
      mutation={create}
      open={open}
      title={t('documents.form.createTitle')}
      okText={t('documents.upload')}
      okButtonProps={{ 'data-testid': 'document-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ visibility: 'internal', description: '', note: '' }}
      onFinish={(values) => create.mutate(values)}
      testId="document-form"
    >
      {unitName && (
        <Typography.Paragraph type="secondary">
          {t('documents.form.unit')}: {unitName}
        </Typography.Paragraph>
      )}
      <Form.Item
        name="file"
        label={t('documents.form.file')}
        extra={t('documents.form.fileHint')}
        rules={[{ required: true, message: t('documents.form.fileRequired') }]}
      >
        <FilePicker progress={progress} onChange={chosen} />
      </Form.Item>
      <DocumentFields unitId={unitId} />
      <NoteField />
    </FormModal>
  );
}

/** What changed in this version, for the version list. */
export function NoteField() {
  const { t } = useTranslation('content');
  return (
    <Form.Item name="note" label={t('documents.form.note')} rules={[formRules(t).maxLength(documentLimits.noteMax)]}>
      <Input
        maxLength={documentLimits.noteMax}
        placeholder={t('documents.form.notePlaceholder')}
        data-testid="document-note"
      />
    </Form.Item>
  );
}

/** Editing a document's own fields; its file changes by a new version. */
export function EditDocumentModal({
  document,
  onClose,
}: {
  document: DocumentRow | DocumentDetail | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('content');
  const trpc = useTRPC();
  const { message } = App.useApp();
  const refresh = useRefreshDocuments();
  const [form] = Form.useForm<Fields>();
  const update = useMutation(
    trpc.content.documents.update.mutationOptions({
      onSuccess: async () => {
        message.success(t('documents.saved'));
        onClose();
        await refresh();
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  return (
    <FormModal<Fields>
      form={form}
      mutation={update}
      open={document !== null}
      title={t('documents.form.editTitle')}
      okButtonProps={{ 'data-testid': 'document-edit-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={document ?? undefined}
      onFinish={(values) => document && update.mutate({ id: document.id, ...trimmed(values) })}
      testId="document-edit-form"
    >
      {document && <DocumentFields unitId={document.unitId} />}
    </FormModal>
  );
}
