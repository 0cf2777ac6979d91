// A member of the current unit's subtree, found by name on the registry (the server's search, a page at a time):
// what the issue and floating forms start from. Only members of units where the user holds members.transfer can be
// chosen; the rest show, greyed, so a name that is there is not mistaken for one that is not.
import { useAccess } from '@strata/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import type { MemberListInput } from '../common/api-types';
import { useTRPC } from '../trpc';

type Props = {
  unitId: number;
  /** Which members may be chosen: on the registry now (active and floating), or active only. */
  status: Extract<MemberListInput['status'], 'current' | 'active'>;
  /** Given by the form item that holds it. */
  id?: string;
  value?: number;
  onChange?: (memberId: number | undefined) => void;
  placeholder: string;
  /** Told the chosen member's name (for a message once saved). */
  onChosen?: (name: string | undefined) => void;
  testId: string;
};

export function MemberSelect({ unitId, status, id, value, onChange, placeholder, onChosen, testId }: Props) {
  const trpc = useTRPC();
  const access = useAccess();
  const [q, setQ] = useState('');
  // The chosen member stays named while another search shows other names.
  const [chosen, setChosen] = useState<{ value: number; label: string; name: string }>();
  const found = useQuery({
    ...trpc.members.registry.list.queryOptions({
      unitId,
      status,
      ...(q && { q }),
      sort: 'name',
      order: 'asc',
      page: 1,
      pageSize: 20,
    }),
    placeholderData: keepPreviousData,
  });
  const options = (found.data?.items ?? []).map((member) => ({
    value: member.id,
    label: `${member.name} · ${member.unitName}`,
    name: member.name,
    disabled: !access.can('members.transfer', member.unitId),
  }));
  if (chosen && chosen.value === value && !options.some((o) => o.value === value))
    options.unshift({ ...chosen, disabled: false });
  return (
    <Select<number>
      id={id}
      showSearch={{ filterOption: false, onSearch: (text) => setQ(text.trim()) }}
      allowClear
      value={value}
      onChange={(next) => {
        const picked = options.find((o) => o.value === next);
        setChosen(picked && { value: picked.value, label: picked.label, name: picked.name });
        onChosen?.(picked?.name);
        onChange?.(next ?? undefined);
      }}
      placeholder={placeholder}
      loading={found.isFetching}
      options={options}
      data-testid={testId}
    />
  );
}
