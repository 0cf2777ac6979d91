import { formatDateTime, formatFileSize } from '@strata/i18n';
import type { ExportColumn, ListColumn } from '@strata/ui/list-page';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { DocumentActions } from './document-actions';
import type { DocumentRow } from './document-values';
import { FileLink } from './file-link';
import { VisibilityTag } from './visibility-tag';

type Opening = {
  onOpen: (row: DocumentRow) => void;
  onNewVersion: (row: DocumentRow) => void;
  onEdit: (row: DocumentRow) => void;
};

/** The list's columns: the title opens the details; the current file downloads; a writer's actions last. */
export function useDocumentColumns({ onOpen, onNewVersion, onEdit }: Opening): ListColumn<DocumentRow>[] {
  const { t, i18n } = useTranslation('content');
  const head = (key: string) => t(`documents.table.${key}`);
  const date = (iso: string) => formatDateTime(iso, i18n.language);
  return [
    {
      key: 'title',
      title: head('titleCol'),
      width: 280,
      sorter: true,
      ellipsis: true,
      render: (_, row) => (
        <Tooltip placement="topLeft" title={row.description || row.title}>
          {/* Opening the details changes nothing. */}
          <Button
            type="link"
            size="small"
            style={{ padding: 0, maxWidth: '100%' }}
            onClick={() => onOpen(row)}
            data-neutral
            data-testid={`document-open-${row.id}`}
          >
            <span style={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis' }}>{row.title}</span>
          </Button>
        </Tooltip>
      ),
    },
    { key: 'category', title: head('category'), dataIndex: 'category', width: 130, sorter: true, ellipsis: true },
    {
      key: 'visibility',
      title: head('visibility'),
      width: 100,
      render: (_, row) => <VisibilityTag visibility={row.visibility} />,
    },
    {
      key: 'version',
      title: head('version'),
      width: 90,
      render: (_, row) => <span data-testid={`document-version-${row.id}`}>v{row.version}</span>,
    },
    { key: 'file', title: head('file'), width: 260, render: (_, row) => <FileLink file={row.file} /> },
    { key: 'unit', title: head('unit'), dataIndex: 'unitName', width: 140, ellipsis: true },
    { key: 'updatedAt', title: head('updatedAt'), width: 170, sorter: true, render: (_, row) => date(row.updatedAt) },
    {
      key: 'createdAt',
      title: head('createdAt'),
      width: 170,
      hidden: true,
      render: (_, row) => date(row.createdAt),
    },
    {
      key: 'actions',
      title: head('actions'),
      width: 210,
      render: (_, row) => (
        <DocumentActions document={row} compact onNewVersion={() => onNewVersion(row)} onEdit={() => onEdit(row)} />
      ),
    },
  ];
}

/** The export's columns, labelled in the user's language (every row the filter matches). */
export function useDocumentExportColumns(): ExportColumn<DocumentRow>[] {
  const { t, i18n } = useTranslation('content');
  const head = (key: string) => t(`documents.table.${key}`);
  const date = (iso: string) => formatDateTime(iso, i18n.language);
  return [
    { title: 'ID', value: (r) => r.id },
    { title: head('titleCol'), value: (r) => r.title },
    { title: head('category'), value: (r) => r.category },
    { title: t('documents.form.description'), value: (r) => r.description },
    { title: head('visibility'), value: (r) => t(`documents.visibility.${r.visibility}`) },
    { title: head('version'), value: (r) => r.version },
    { title: head('file'), value: (r) => r.file.name },
    { title: t('documents.export.size'), value: (r) => formatFileSize(r.file.size, i18n.language) },
    { title: head('unit'), value: (r) => r.unitName },
    { title: head('createdAt'), value: (r) => date(r.createdAt) },
    { title: head('updatedAt'), value: (r) => date(r.updatedAt) },
  ];
}
