// The document library of the current unit's subtree: the list kit's search form (words, unit, category,
// visibility, all in the URL), sort, paging and export; a document's details with its versions; upload, new version,
// edit and delete for writers at the document's unit.
import { PageFrame, Permitted, useAccess } from '@strata/ui';
import { ListTable, useListQuery } from '@strata/ui/list-page';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageMessages } from '../common/page-messages';
import { UnitTreeSelect } from '../common/unit-tree-select';
import { useTRPC, useTRPCClient } from '../trpc';
import { useDocumentColumns, useDocumentExportColumns } from './document-columns';
import { DocumentDetailModal } from './document-detail-modal';
import { EditDocumentModal, NewDocumentModal } from './document-form-modal';
import { documentListSpec, toDocumentListInput } from './document-list-spec';
import { documentMessages } from './document-messages';
import { type DocumentDetail, type DocumentRow, documentLimits, visibilities } from './document-values';
import { VersionModal } from './version-modal';

type Target = DocumentRow | DocumentDetail;

export function DocumentsPage({ unitId }: { unitId: number }) {
  usePageMessages('documents', documentMessages);
  const { t } = useTranslation('content');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const access = useAccess();
  const list = useListQuery(documentListSpec, { scope: unitId });
  const input = toDocumentListInput(list.query, unitId);
  const result = useQuery({ ...trpc.content.documents.list.queryOptions(input), placeholderData: keepPreviousData });
  const categories = useQuery(trpc.content.documents.categories.queryOptions({ unitId }));
  const [creating, setCreating] = useState(false);
  const [opened, setOpened] = useState<number | null>(null);
  const [editing, setEditing] = useState<Target | null>(null);
  const [versioning, setVersioning] = useState<Target | null>(null);
  const columns = useDocumentColumns({
    onOpen: (row) => setOpened(row.id),
    onNewVersion: setVersioning,
    onEdit: setEditing,
  });
  const exportColumns = useDocumentExportColumns();
  const f = (key: string) => t(`documents.filters.${key}`);

  return (
    <PageFrame title={t('documents.title')} testId="documents-page">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('documents.intro')}
      </Typography.Paragraph>
      <ListTable
        listId="content.documents"
        label={t('documents.table.label')}
        userId={access.userId}
        testId="document"
        list={list}
        rowKey="id"
        columns={columns}
        result={result}
        scrollX={1200}
        emptyText={t('documents.empty')}
        searchFields={[
          {
            name: 'q',
            label: f('search'),
            input: (
              <Input
                type="search"
                allowClear
                maxLength={documentLimits.searchMax}
                placeholder={f('searchPlaceholder')}
                data-testid="document-filter-search"
              />
            ),
          },
          {
            name: 'unit',
            label: f('unit'),
            input: <UnitTreeSelect rootUnitId={unitId} placeholder={f('allUnits')} />,
          },
          {
            name: 'category',
            label: f('category'),
            input: (
              <Select
                allowClear
                showSearch
                loading={categories.isLoading}
                placeholder={f('allCategories')}
                options={(categories.data ?? []).map((c) => ({ value: c, label: c }))}
                data-testid="document-filter-category"
              />
            ),
          },
          {
            name: 'visibility',
            label: f('visibility'),
            input: (
              <Select
                allowClear
                placeholder={f('anyVisibility')}
                options={visibilities.map((v) => ({ value: v, label: t(`documents.visibility.${v}`) }))}
                data-testid="document-filter-visibility"
              />
            ),
          },
        ]}
        actions={
          <Permitted permission="content.write" unitId={unitId}>
            <Button type="primary" onClick={() => setCreating(true)} data-testid="document-upload">
              {t('documents.upload')}
            </Button>
          </Permitted>
        }
        exporting={{
          fetchPage: (page, pageSize, signal) =>
            client.content.documents.list.query({ ...input, page, pageSize }, { signal }),
          columns: exportColumns,
          fileName: t('documents.export.fileName'),
        }}
      />
      <NewDocumentModal unitId={unitId} open={creating} onClose={() => setCreating(false)} />
      <DocumentDetailModal
        id={opened}
        onClose={() => setOpened(null)}
        onNewVersion={setVersioning}
        onEdit={setEditing}
      />
      <EditDocumentModal document={editing} onClose={() => setEditing(null)} />
      <VersionModal document={versioning} onClose={() => setVersioning(null)} />
    </PageFrame>
  );
}
