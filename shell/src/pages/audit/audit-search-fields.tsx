// The audit log's search form: days (Shanghai), actor, kind of object, action and the object's name or id.
// None of them changes anything on the server; each is a filter of the list's address (audit-list-spec.ts).
import { resources as zhCN } from '@strata/i18n/zh-CN';
import type { SearchField } from '@strata/ui/list-page';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRemoteManifest } from '../../federation/use-remote-manifest';
import { useTRPC } from '../../trpc';
import { actionLabel, entityKindLabel } from './audit-words';

const coreLabels = zhCN.domain;

type SelectProps = { id?: string; value?: number; onChange?: (value: number | undefined) => void };

/** The people the reader's log names, searched on the server as the user types. */
function ActorSelect({ unitId, ...props }: SelectProps & { unitId: number | undefined }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [search, setSearch] = useState('');
  const actors = useQuery({
    ...trpc.identity.audit.actors.queryOptions({ unitId, search: search || undefined }),
    placeholderData: keepPreviousData,
  });
  return (
    <Select
      {...props}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={t('common:listAny')}
      data-testid="audit-actor-filter"
      options={(actors.data ?? []).map((a) => ({ value: a.id, label: a.displayName }))}
      loading={actors.isFetching}
      onChange={(value?: number) => {
        setSearch('');
        props.onChange?.(value);
      }}
    />
  );
}

export function useAuditSearchFields(unitId: number | undefined): SearchField[] {
  const { t, i18n } = useTranslation('shell');
  const tr = { t, exists: (key: string) => i18n.exists(key) };
  const manifest = useRemoteManifest();
  const any = t('common:listAny');
  // Every team's actions and kinds of object, as the manifest labels them; the spine's own until it arrives.
  const labels = manifest.data?.labels['zh-CN'];
  const actionOptions = Object.keys(labels?.auditAction ?? coreLabels.auditAction).map((code) => ({
    value: code,
    label: actionLabel(tr, code),
  }));
  const entityOptions = Object.keys(labels?.auditEntity ?? coreLabels.auditEntity).map((kind) => ({
    value: kind,
    label: entityKindLabel(tr, kind),
  }));
  return [
    {
      name: 'q',
      label: t('audit.searchLabel'),
      input: (
        <Input
          type="search"
          allowClear
          maxLength={100}
          placeholder={t('audit.searchPlaceholder')}
          data-testid="audit-search"
        />
      ),
    },
    { name: 'from', label: t('audit.from'), input: <Input type="date" data-testid="audit-from" /> },
    {
      name: 'to',
      label: t('audit.to'),
      input: <Input type="date" data-testid="audit-to" />,
      dependencies: ['from'],
      rules: [
        ({ getFieldValue }) => ({
          validator: async (_, to?: string) => {
            const from: string | undefined = getFieldValue('from');
            if (from && to && to < from) throw new Error(t('errors:dateRangeReversed'));
          },
        }),
      ],
    },
    { name: 'actor', label: t('audit.actor'), input: <ActorSelect unitId={unitId} /> },
    {
      name: 'entity',
      label: t('audit.objectKind'),
      input: <Select allowClear placeholder={any} options={entityOptions} data-testid="audit-entity-filter" />,
    },
    {
      name: 'action',
      label: t('audit.action'),
      input: (
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={any}
          options={actionOptions}
          data-testid="audit-action-filter"
        />
      ),
    },
  ];
}
