// A document's details: its fields, the current file to download, and every version (newest first), each with its
// file, note, uploader and time; writers at its unit upload a new version, edit or delete it from here.
import { formatDateTime } from '@strata/i18n';
import { ErrorAlert, ModalOnOpen, useScrollRegion } from '@strata/ui';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';
import { DocumentActions } from './document-actions';
import type { DocumentDetail, DocumentVersion } from './document-values';
import { FileLink } from './file-link';
import { VisibilityTag } from './visibility-tag';

type Props = {
  id: number | null;
  onClose: () => void;
  onNewVersion: (document: DocumentDetail) => void;
  onEdit: (document: DocumentDetail) => void;
};

export function DocumentDetailModal({ id, onClose, onNewVersion, onEdit }: Props) {
  const { t } = useTranslation('content');
  const trpc = useTRPC();
  const detail = useQuery({ ...trpc.content.documents.get.queryOptions({ id: id ?? 0 }), enabled: id !== null });
  const document = detail.data;
  return (
    <ModalOnOpen
      open={id !== null}
      onCancel={onClose}
      title={document?.title ?? t('documents.detail.title')}
      width={820}
      destroyOnHidden
      footer={
        <Button onClick={onClose} data-neutral data-testid="document-detail-close">
          {t('documents.detail.close')}
        </Button>
      }
    >
      <div data-testid="document-detail">
        {detail.error ? (
          <ErrorAlert error={detail.error} onRetry={() => detail.refetch()} />
        ) : !document ? (
          <Skeleton active />
        ) : (
          <Flex vertical gap={16}>
            <Space wrap size={[8, 8]}>
              <VisibilityTag visibility={document.visibility} />
              <Tag>{document.category}</Tag>
              <Typography.Text type="secondary">{document.unitName}</Typography.Text>
            </Space>
            {document.description && (
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                {document.description}
              </Typography.Paragraph>
            )}
            <Space wrap>
              <Button type="primary" href={document.file.url} target="_blank" rel="noopener" data-neutral>
                {t('documents.download')} ({t('documents.versionNumber', { number: document.version })})
              </Button>
              <DocumentActions
                document={document}
                onNewVersion={() => onNewVersion(document)}
                onEdit={() => onEdit(document)}
                onRemoved={onClose}
              />
            </Space>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('documents.detail.versions')}
            </Typography.Title>
            <Versions document={document} />
          </Flex>
        )}
      </div>
    </ModalOnOpen>
  );
}

function Versions({ document }: { document: DocumentDetail }) {
  const { t, i18n } = useTranslation('content');
  const box = useScrollRegion(t('documents.detail.versions'));
  return (
    <div ref={box}>
      <Table<DocumentVersion>
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 800 }}
        dataSource={document.versions}
        data-testid="document-versions"
        columns={[
          {
            key: 'number',
            title: t('documents.detail.version'),
            width: 110,
            render: (_, v) => (
              <Space size={4}>
                {t('documents.versionNumber', { number: v.number })}
                {v.number === document.version && <Tag color="blue">{t('documents.current')}</Tag>}
              </Space>
            ),
          },
          {
            key: 'file',
            title: t('documents.detail.file'),
            width: 240,
            render: (_, v) => <FileLink file={v.file} testId={`document-version-file-${v.number}`} />,
          },
          { key: 'note', title: t('documents.detail.note'), dataIndex: 'note', width: 180, ellipsis: true },
          { key: 'uploadedBy', title: t('documents.detail.uploadedBy'), dataIndex: 'uploadedByName', width: 130 },
          {
            key: 'uploadedAt',
            title: t('documents.detail.uploadedAt'),
            width: 160,
            render: (_, v) => formatDateTime(v.createdAt, i18n.language),
          },
        ]}
      />
    </div>
  );
}
