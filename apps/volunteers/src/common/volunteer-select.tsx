// Picks a volunteer of a unit's subtree by name (or an exact ID number or phone), asking the server as one types.

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';

type Props = {
  unitId: number;
  value?: number;
  onChange?: (id: number) => void;
  testId: string;
  id?: string;
};

export function VolunteerSelect({ unitId, value, onChange, testId, id }: Props) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const [search, setSearch] = useState('');
  const found = useQuery({
    ...trpc.volunteers.people.list.queryOptions({
      unitId,
      ...(search.trim() && { q: search.trim() }),
      status: 'active',
      page: 1,
      pageSize: 20,
    }),
    placeholderData: keepPreviousData,
  });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={onChange}
      placeholder={t('volunteerSelect.placeholder')}
      notFoundContent={found.isFetching ? t('volunteerSelect.searching') : t('volunteerSelect.none')}
      loading={found.isFetching}
      options={(found.data?.items ?? []).map((v) => ({
        value: v.id,
        label: t('volunteerSelect.option', { name: v.name, unit: v.unitName, phone: v.phone || t('none') }),
      }))}
      data-testid={testId}
    />
  );
}
