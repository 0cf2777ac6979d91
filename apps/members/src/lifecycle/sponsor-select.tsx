// Two sponsors (mentors or introducers) for a member: found by name among the full members on the registry of the
// member's own branch (the rule the server checks; a member of a group below the branch is not offered), the member
// left out. The names already chosen stay readable while another name is searched.
import { largestPageSize } from '@strata/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberListInput, MemberRow } from '../common/api-types';
import { useTRPC } from '../trpc';

type Props = {
  /** The member the sponsors are for. */
  member: { id: number; unitId: number };
  /** Given by the form item that holds it. */
  id?: string;
  value?: number[];
  onChange?: (ids: number[]) => void;
  testId: string;
};

/** The registry's query for the full, active members of `unitId` whose name holds `q`. */
export const sponsorQuery = (unitId: number, q: string): MemberListInput => ({
  unitId,
  stage: 'full',
  status: 'active',
  ...(q && { q }),
  sort: 'name',
  order: 'asc',
  page: 1,
  pageSize: largestPageSize,
});

export function SponsorSelect({ member, id, value, onChange, testId }: Props) {
  const { t } = useTranslation('members');
  const trpc = useTRPC();
  const [q, setQ] = useState('');
  const found = useQuery({
    ...trpc.members.registry.list.queryOptions(sponsorQuery(member.unitId, q.trim())),
    placeholderData: keepPreviousData,
  });
  // Every eligible member seen so far, so a chosen name still reads as a name once the search moves on.
  const [seen, setSeen] = useState<Map<number, MemberRow>>(new Map());
  const eligible = useMemo(
    () => (found.data?.items ?? []).filter((m) => m.unitId === member.unitId && m.id !== member.id),
    [found.data, member],
  );
  if (eligible.some((m) => !seen.has(m.id))) setSeen(new Map([...seen, ...eligible.map((m) => [m.id, m] as const)]));
  const label = (m: MemberRow) =>
    t('lifecycle.sponsors.option', { name: m.name, gender: t(`gender.${m.gender}`), year: m.birthDate.slice(0, 4) });
  const options = [
    ...(value ?? []).filter((chosen) => !eligible.some((m) => m.id === chosen)).map((chosen) => seen.get(chosen)),
    ...eligible,
  ]
    .filter((m): m is MemberRow => m !== undefined)
    .map((m) => ({ value: m.id, label: label(m) }));
  return (
    <Select<number[]>
      id={id}
      mode="multiple"
      maxCount={2}
      value={value}
      onChange={(ids) => onChange?.(ids)}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={found.isFetching}
      options={options}
      placeholder={t('lifecycle.sponsors.placeholder')}
      notFoundContent={found.isFetching ? undefined : t('lifecycle.sponsors.noneFound')}
      data-testid={testId}
    />
  );
}
