import type { SearchField } from '@strata/ui/list-page';
import { useQuery } from '@tanstack/react-query';
import { Form, Input, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitTreeSelect } from '../common/unit-tree-select';
import { useStatusOptions } from '../common/use-domain-options';
import { useTRPC } from '../trpc';

type ColumnSelectProps = {
  currentUnitId: number;
  /** Given by the form item that holds it (the id ties its label to it). */
  id?: string;
  value?: number;
  onChange?: (columnId: number | undefined) => void;
};

/**
 * Columns belong to a unit: it offers those of the unit chosen in the same form (else the current unit's),
 * and lets go of a column that the newly chosen unit does not have.
 */
function ColumnSelect({ currentUnitId, id, value, onChange }: ColumnSelectProps) {
  const { t } = useTranslation('content');
  const trpc = useTRPC();
  const unitId = Form.useWatch<number | undefined>('unit') ?? currentUnitId;
  const columns = useQuery(trpc.content.columns.list.queryOptions({ unitId }));
  useEffect(() => {
    if (value !== undefined && columns.data && !columns.data.some((c) => c.id === value)) onChange?.(undefined);
  }, [columns.data, value, onChange]);
  return (
    <Select
      id={id}
      data-testid="article-filter-column"
      allowClear
      loading={columns.isLoading}
      placeholder={t('articles.filters.allColumns')}
      value={value}
      options={(columns.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
      onChange={(columnId?: number) => onChange?.(columnId)}
    />
  );
}

/** The articles list's labelled search form: unit, column, status and a title search. */
export function useArticleSearchFields(currentUnitId: number): SearchField[] {
  const { t } = useTranslation('content');
  const statusOptions = useStatusOptions();
  return [
    {
      name: 'q',
      label: t('articles.filters.searchLabel'),
      input: (
        <Input
          type="search"
          allowClear
          placeholder={t('articles.filters.search')}
          data-testid="article-filter-search"
        />
      ),
    },
    {
      name: 'unit',
      label: t('articles.filters.unit'),
      input: <UnitTreeSelect rootUnitId={currentUnitId} placeholder={t('articles.filters.allUnits')} />,
    },
    { name: 'column', label: t('articles.filters.column'), input: <ColumnSelect currentUnitId={currentUnitId} /> },
    {
      name: 'status',
      label: t('articles.filters.status'),
      input: (
        <Select
          data-testid="article-filter-status"
          allowClear
          placeholder={t('articles.filters.allStatuses')}
          options={statusOptions}
        />
      ),
    },
  ];
}
