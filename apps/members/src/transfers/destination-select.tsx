// A branch or group of the whole organisation, found on the server by part of its name or site code as the user
// types (a few at a time): where a letter goes or a floating member attaches. A secretary sends to any township's
// branch, not only to those it manages, so the unit tree the reader sees is not the list; each unit shows with its
// township's name, since townships' branches share names (机关支部).
import { unitNameMax } from '@strata/contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Destination } from '../common/api-types';
import { useTRPC } from '../trpc';

type Props = {
  /** Given by the form item that holds it. */
  id?: string;
  value?: number;
  onChange?: (unitId: number | undefined) => void;
  placeholder: string;
  testId: string;
};

type Option = { value: number; label: string };

const optionOf = (unit: Destination): Option => ({
  value: unit.id,
  label: unit.townshipName ? `${unit.name} · ${unit.townshipName}` : unit.name,
});

export function DestinationSelect({ id, value, onChange, placeholder, testId }: Props) {
  const { t } = useTranslation('members');
  const trpc = useTRPC();
  const [q, setQ] = useState('');
  // The chosen unit stays named while another search shows other units.
  const [chosen, setChosen] = useState<Option>();
  const found = useQuery({
    ...trpc.members.transfers.destinations.queryOptions(q ? { q } : {}),
    placeholderData: keepPreviousData,
  });
  const options = (found.data ?? []).map(optionOf);
  if (chosen && chosen.value === value && !options.some((o) => o.value === value)) options.unshift(chosen);
  return (
    <Select<number>
      id={id}
      showSearch={{ filterOption: false, onSearch: (text) => setQ(text.trim().slice(0, unitNameMax)) }}
      allowClear
      value={value}
      onChange={(next) => {
        setChosen(options.find((o) => o.value === next));
        onChange?.(next ?? undefined);
      }}
      placeholder={placeholder}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? undefined : t('transfers.destinations.none')}
      options={options}
      data-testid={testId}
    />
  );
}
