// The member registry of the current unit and the units below it: filtered, sorted and paged on the server, the state
// in the URL (the map's panel links here narrowed to a unit), personal data masked on every row. The exact lookups by
// ID number or phone narrow the list like any filter but stay in the page, out of the address bar. The export writes
// what the filter matches, masked; a user who may see personal data somewhere can export it in full instead, through
// the audited `exportPage` (in full only where they may see it).

import { PlusOutlined } from '@ant-design/icons';
import { memberEducations, memberGenders, memberOccupations, memberStages, memberStatuses } from '@strata/contract';
import { PageFrame, Permitted, useAccess } from '@strata/ui';
import { ListTable, type SearchField, useListQuery } from '@strata/ui/list-page';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex, Input, Select, Switch, Tooltip } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ethnicityOptions } from '../common/domain-values';
import { UnitFilter } from '../common/unit-picker';
import { ImportMembersButton } from '../imports/import-members-button';
import { useTRPC, useTRPCClient } from '../trpc';
import { CreateMemberModal } from './create-member-modal';
import { memberExportColumns, memberPiiExportColumns, useMemberColumns } from './member-columns';
import { type Lookups, type RegistryFilters, registryListSpec, toMemberListInput } from './registry-list-spec';

const noLookups: Lookups = {};

/** The list's state: the URL's filters with the page's lookups, read and written as one (the kit's search form). */
function useRegistryQuery(unitId: number) {
  const list = useListQuery(registryListSpec, { scope: unitId });
  const { setFilters: setUrlFilters } = list;
  // Kept with the unit they were typed for: another unit in the switcher starts the list over, lookups included.
  const [typed, setTyped] = useState<{ unitId: number; lookups: Lookups }>({ unitId, lookups: {} });
  const lookups = typed.unitId === unitId ? typed.lookups : noLookups;
  const setFilters = useCallback(
    ({ idNumber, phone, ...filters }: RegistryFilters & Lookups) => {
      setTyped({ unitId, lookups: { ...(idNumber && { idNumber }), ...(phone && { phone }) } });
      setUrlFilters(filters);
    },
    [unitId, setUrlFilters],
  );
  const query = useMemo(
    () => ({ ...list.query, filters: { ...list.query.filters, ...lookups } }),
    [list.query, lookups],
  );
  return { list: { ...list, query, setFilters }, lookups };
}

export function RegistryListPage({ basePath, unitId }: { basePath: string; unitId: number }) {
  const { t, i18n } = useTranslation('members');
  const trpc = useTRPC();
  const client = useTRPCClient();
  const access = useAccess();
  const { list, lookups } = useRegistryQuery(unitId);
  const input = toMemberListInput(list.query, lookups, unitId);
  const result = useQuery({ ...trpc.members.registry.list.queryOptions(input), placeholderData: keepPreviousData });
  const columns = useMemberColumns(basePath);
  const [creating, setCreating] = useState(false);
  // In full only where the user may see personal data: the server masks every other row of the export.
  const mayExportPii = access.has('members.pii');
  const [withPii, setWithPii] = useState(false);
  const searchFields = useSearchFields(unitId);
  const language = i18n.language;

  const exporting =
    mayExportPii && withPii
      ? {
          fetchPage: (page: number, pageSize: number, signal?: AbortSignal) =>
            client.members.registry.exportPage.mutate({ ...input, page, pageSize }, { signal }),
          columns: memberPiiExportColumns(t, language),
          fileName: t('registry.export.fileNamePii'),
        }
      : {
          fetchPage: (page: number, pageSize: number, signal?: AbortSignal) =>
            client.members.registry.list.query({ ...input, page, pageSize }, { signal }),
          columns: memberExportColumns(t, language),
          fileName: t('registry.export.fileName'),
        };

  return (
    <PageFrame title={t('registry.title')} testId="registry-page">
      <ListTable
        listId="members.registry"
        label={t('registry.tableLabel')}
        userId={access.userId}
        testId="registry"
        list={list}
        rowKey="id"
        columns={columns}
        result={result}
        scrollX={1500}
        emptyText={t('registry.empty')}
        searchFields={searchFields}
        actions={
          <>
            <Permitted permission="members.edit" unitId={unitId}>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="registry-create"
              >
                {t('registry.create')}
              </Button>
            </Permitted>
            <ImportMembersButton unitId={unitId} />
            {mayExportPii && (
              <Tooltip title={t('registry.export.withPiiHint')}>
                <Flex align="center" gap={8}>
                  <Switch
                    id="registry-export-pii"
                    size="small"
                    checked={withPii}
                    onChange={setWithPii}
                    data-neutral
                    data-testid="registry-export-pii"
                  />
                  <label htmlFor="registry-export-pii">{t('registry.export.withPii')}</label>
                </Flex>
              </Tooltip>
            )}
          </>
        }
        exporting={exporting}
      />
      <CreateMemberModal unitId={unitId} open={creating} onClose={() => setCreating(false)} />
    </PageFrame>
  );
}

/** The labelled search form: the name, the exact lookups, the codes, and the unit within the current one. */
function useSearchFields(unitId: number): SearchField[] {
  const { t, i18n } = useTranslation('members');
  const any = t('common:listAny');
  const f = (key: string) => t(`registry.filters.${key}`);
  const codes = (name: 'stage' | 'gender' | 'education' | 'occupation', values: readonly string[]): SearchField => ({
    name,
    label: f(name),
    input: (
      <Select
        allowClear
        placeholder={any}
        options={values.map((value) => ({ value, label: t(`${name}.${value}`) }))}
        data-testid={`registry-filter-${name}`}
      />
    ),
  });
  return [
    {
      name: 'q',
      label: f('q'),
      input: <Input type="search" allowClear placeholder={f('qPlaceholder')} data-testid="registry-filter-q" />,
    },
    {
      name: 'status',
      label: f('status'),
      input: (
        <Select
          allowClear
          placeholder={t('statusFilter.current')}
          options={[
            { value: 'all', label: t('statusFilter.all') },
            ...memberStatuses.map((value) => ({ value, label: t(`status.${value}`) })),
          ]}
          data-testid="registry-filter-status"
        />
      ),
    },
    codes('stage', memberStages),
    {
      name: 'unitId',
      label: f('unit'),
      input: <UnitFilter rootUnitId={unitId} placeholder={any} testId="registry-filter-unit" />,
    },
    {
      name: 'idNumber',
      label: f('idNumber'),
      input: (
        <Input
          allowClear
          autoComplete="off"
          spellCheck={false}
          placeholder={f('idNumberPlaceholder')}
          data-testid="registry-filter-id-number"
        />
      ),
    },
    {
      name: 'phone',
      label: f('phone'),
      input: (
        <Input
          type="tel"
          inputMode="tel"
          allowClear
          autoComplete="off"
          placeholder={f('phonePlaceholder')}
          data-testid="registry-filter-phone"
        />
      ),
    },
    codes('gender', memberGenders),
    codes('education', memberEducations),
    codes('occupation', memberOccupations),
    {
      name: 'ethnicity',
      label: f('ethnicity'),
      input: (
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={any}
          options={ethnicityOptions(i18n.language)}
          data-testid="registry-filter-ethnicity"
        />
      ),
    },
  ];
}
