// The hours page's activity filter: a search over the activities of the current unit's subtree (their titles, the
// newest first), the chosen one named even when it is not among the answers (a notice's link opens the page on it).
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTRPC } from '../trpc';

type Props = {
  unitId: number;
  /** The field's id, value and change (a Form.Item passes them: its label names the search box by the id). */
  id?: string;
  value?: number;
  onChange?: (value: number | undefined) => void;
  placeholder: string;
};

export function ActivitySelect({ unitId, id, value, onChange, placeholder }: Props) {
  const trpc = useTRPC();
  const [typed, setTyped] = useState('');
  const q = useDeferredValue(typed.trim());
  const found = useQuery(
    trpc.volunteers.activities.list.queryOptions({
      unitId,
      ...(q && { q }),
      sort: 'startsAt',
      order: 'desc',
      page: 1,
      pageSize: 20,
    }),
  );
  const chosen = useQuery({
    ...trpc.volunteers.activities.get.queryOptions({ id: value ?? 0 }),
    enabled: value !== undefined && !found.data?.items.some((a) => a.id === value),
  });
  const options = (found.data?.items ?? []).map((a) => ({ value: a.id, label: a.title }));
  if (value !== undefined && !options.some((o) => o.value === value))
    options.unshift({ value, label: chosen.data?.title ?? `#${value}` });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      allowClear
      value={value}
      onChange={(next) => onChange?.(next ?? undefined)}
      options={options}
      loading={found.isFetching}
      placeholder={placeholder}
      data-testid="hours-filter-activity"
      style={{ minWidth: 200 }}
    />
  );
}
