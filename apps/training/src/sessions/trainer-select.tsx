// The session form's trainer picker: the accounts that may lead the course's sessions (a trainer or an admin of the
// course's unit or above it, as training.sessions.trainers answers: at most 50, by name), narrowed by name on the
// server as one types; cleared, the session has no trainer. The session's current trainer stays offered (and
// readable) even when the search, or the 50, leave them out, or when they may no longer teach it: the server keeps a
// trainer unchanged and checks only one newly named.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';
import type { TrainerChoice } from './session-types';

type Props = {
  courseId: number;
  /** The session's trainer now, if it has one (their name as the session reads it). */
  current?: { id: number; name: string | null };
  /** Given by the form item that holds it. */
  id?: string;
  value?: number;
  onChange?: (trainerId: number | undefined) => void;
  testId: string;
};

/** How an account reads in the picker: its name, and its home unit's when known. */
const optionLabel = (name: string, unitName?: string) => (unitName ? `${name} · ${unitName}` : name);

export function TrainerSelect({ courseId, current, id, value, onChange, testId }: Props) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const [q, setQ] = useState('');
  const search = q.trim().slice(0, 50);
  const found = useQuery({
    ...trpc.training.sessions.trainers.queryOptions({ courseId, ...(search && { q: search }) }),
    placeholderData: keepPreviousData,
  });
  // Every account offered so far, so the one chosen still reads as a name once the search moves on.
  const [seen, setSeen] = useState<Map<number, TrainerChoice>>(new Map());
  const offered = found.data ?? [];
  if (offered.some((a) => !seen.has(a.id))) setSeen(new Map([...seen, ...offered.map((a) => [a.id, a] as const)]));
  const chosen =
    value === undefined || offered.some((a) => a.id === value)
      ? []
      : [
          seen.get(value) ??
            (current && current.id === value
              ? { id: value, name: current.name ?? t('sessions.form.trainerUnknown'), unitName: '' }
              : undefined),
        ].filter((a): a is TrainerChoice => a !== undefined);
  const options = [...chosen, ...offered].map((a) => ({ value: a.id, label: optionLabel(a.name, a.unitName) }));
  return (
    <Select<number>
      id={id}
      allowClear
      value={value}
      onChange={(next) => onChange?.(next ?? undefined)}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={found.isFetching}
      options={options}
      placeholder={t('sessions.noTrainer')}
      notFoundContent={
        found.isFetching
          ? t('sessions.form.trainerSearching')
          : found.isError
            ? t('sessions.form.trainerFailed')
            : t('sessions.form.trainerNone')
      }
      data-testid={testId}
    />
  );
}
