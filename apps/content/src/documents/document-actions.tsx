import { Permitted } from '@strata/ui';
import { Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentDetail, DocumentRow } from './document-values';
import { useRemoveDocument } from './use-document-changes';

type Props = {
  document: DocumentRow | DocumentDetail;
  onNewVersion: () => void;
  onEdit: () => void;
  onRemoved?: () => void;
  /** Links in a table row, buttons in the details. */
  compact?: boolean;
};

/** A new version, edit and delete (confirmed, saying every version goes): for writers at the document's unit. */
export function DocumentActions({ document, onNewVersion, onEdit, onRemoved, compact = false }: Props) {
  const { t } = useTranslation('content');
  const remove = useRemoveDocument(onRemoved);
  const look = compact ? ({ type: 'link', size: 'small' } as const) : {};
  const id = document.id;
  return (
    <Space size={compact ? 0 : 8} wrap>
      <Permitted permission="content.write" unitId={document.unitId}>
        <Button {...look} onClick={onNewVersion} data-testid={`document-new-version-${id}`}>
          {t('documents.newVersion')}
        </Button>
      </Permitted>
      <Permitted permission="content.write" unitId={document.unitId}>
        <Button {...look} onClick={onEdit} data-testid={`document-edit-${id}`}>
          {t('documents.edit')}
        </Button>
      </Permitted>
      <Popconfirm
        title={t('documents.deleteTitle', { title: document.title })}
        description={t('documents.deleteConfirm', { count: document.version })}
        okText={t('documents.delete')}
        okButtonProps={{ danger: true }}
        onConfirm={() => remove.mutate({ id })}
      >
        <Permitted permission="content.write" unitId={document.unitId}>
          <Button {...look} danger loading={remove.isPending} data-testid={`document-delete-${id}`}>
            {t('documents.delete')}
          </Button>
        </Permitted>
      </Popconfirm>
    </Space>
  );
}
