import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { UnitTreeSelect } from '../common/unit-tree-select';
import { useStatusOptions } from '../common/use-domain-options';
import { useTRPC } from '../trpc';
import type { ArticleListState } from './article-list-state';

interface ArticleFiltersProps {
  state: ArticleListState;
  currentUnitId: number;
  onChange: (patch: Partial<ArticleListState>) => void;
  onReset: () => void;
}

export function ArticleFilters({ state, currentUnitId, onChange, onReset }: ArticleFiltersProps) {
  const { t } = useTranslation('content');
  const trpc = useTRPC();
  // Columns belong to a unit: offer those of the picked unit, else of the current one.
  const columns = useQuery(trpc.content.columns.list.queryOptions({ unitId: state.unitId ?? currentUnitId }));
  const statusOptions = useStatusOptions();

  return (
    // Filters only narrow the list: the whole bar is neutral (it changes nothing on the server).
    <Flex wrap gap="small" role="search" data-testid="article-filters" data-neutral>
      <UnitTreeSelect
        label={t('articles.filters.unit')}
        rootUnitId={currentUnitId}
        value={state.unitId}
        placeholder={t('articles.filters.allUnits')}
        onChange={(unitId) => onChange({ unitId })}
      />
      <Select
        aria-label={t('articles.filters.column')}
        data-testid="article-filter-column"
        style={{ minWidth: 160 }}
        allowClear
        loading={columns.isLoading}
        placeholder={t('articles.filters.allColumns')}
        value={state.columnId}
        options={(columns.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
        onChange={(columnId?: number) => onChange({ columnId })}
      />
      <Select
        aria-label={t('articles.filters.status')}
        data-testid="article-filter-status"
        style={{ minWidth: 140 }}
        allowClear
        placeholder={t('articles.filters.allStatuses')}
        value={state.status}
        options={statusOptions}
        onChange={(status?: ArticleListState['status']) => onChange({ status })}
      />
      <Input.Search
        key={state.search ?? ''}
        aria-label={t('articles.filters.search')}
        data-testid="article-filter-search"
        style={{ width: 240 }}
        allowClear
        placeholder={t('articles.filters.search')}
        defaultValue={state.search}
        onSearch={(search) => onChange({ search: search.trim() || undefined })}
      />
      <Button onClick={onReset} data-testid="article-filter-reset">
        {t('articles.filters.reset')}
      </Button>
    </Flex>
  );
}
