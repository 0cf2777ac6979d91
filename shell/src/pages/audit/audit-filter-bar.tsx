// The audit page's filters: days (Shanghai), actor, kind of object, action and the object's name; each
// change goes to the address (audit-filters.ts). None of them changes anything on the server.
import { baseResources } from '@strata/i18n';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRemoteManifest } from '../../federation/use-remote-manifest';
import { useTRPC } from '../../trpc';
import { useCurrentUnit } from '../../unit/current-unit';
import type { AuditFilters } from './audit-filters';
import { actionLabel, entityKindLabel } from './audit-words';

const coreLabels = baseResources['zh-CN'].domain;

type Props = { filters: AuditFilters; onChange: (change: Partial<AuditFilters>) => void; onReset: () => void };

export function AuditFilterBar({ filters, onChange, onReset }: Props) {
  const { t, i18n } = useTranslation('shell');
  const tr = { t, exists: (key: string) => i18n.exists(key) };
  const trpc = useTRPC();
  const { unitId } = useCurrentUnit();
  const manifest = useRemoteManifest();
  const [actorSearch, setActorSearch] = useState('');
  const [searchText, setSearchText] = useState(filters.search ?? '');
  const actors = useQuery({
    ...trpc.identity.audit.actors.queryOptions({ unitId, search: actorSearch || undefined }),
    placeholderData: keepPreviousData,
  });
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
  const actorOptions = (actors.data ?? []).map((a) => ({ value: a.id, label: a.displayName }));
  return (
    // The filters narrow the list and change nothing on the server (the per-role walk reads this mark).
    <Space wrap style={{ marginBottom: 16 }} role="search" data-testid="audit-filters" data-neutral>
      <Input
        type="date"
        aria-label={t('audit.from')}
        data-testid="audit-from"
        style={{ width: 160 }}
        value={filters.from ?? ''}
        max={filters.to}
        onChange={(e) => onChange({ from: e.target.value || undefined })}
      />
      <Input
        type="date"
        aria-label={t('audit.to')}
        data-testid="audit-to"
        style={{ width: 160 }}
        value={filters.to ?? ''}
        min={filters.from}
        onChange={(e) => onChange({ to: e.target.value || undefined })}
      />
      <Select
        allowClear
        showSearch={{ filterOption: false, onSearch: setActorSearch }}
        placeholder={t('audit.actorFilter')}
        aria-label={t('audit.actor')}
        data-testid="audit-actor-filter"
        style={{ width: 180 }}
        value={filters.actorId}
        options={actorOptions}
        loading={actors.isFetching}
        onChange={(value?: number) => {
          setActorSearch('');
          onChange({ actorId: value });
        }}
      />
      <Select
        allowClear
        placeholder={t('audit.entityFilter')}
        aria-label={t('audit.objectKind')}
        data-testid="audit-entity-filter"
        style={{ width: 150 }}
        value={filters.entity}
        options={entityOptions}
        onChange={(value?: string) => onChange({ entity: value })}
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('audit.actionFilter')}
        aria-label={t('audit.action')}
        data-testid="audit-action-filter"
        style={{ width: 200 }}
        value={filters.action}
        options={actionOptions}
        onChange={(value?: string) => onChange({ action: value })}
      />
      <Input.Search
        allowClear
        placeholder={t('audit.search')}
        aria-label={t('audit.search')}
        data-testid="audit-search"
        style={{ width: 220 }}
        maxLength={100}
        value={searchText}
        onChange={(e) => setSearchText(e.target.value)}
        onSearch={(value) => onChange({ search: value.trim() || undefined })}
      />
      <Button
        data-neutral
        data-testid="audit-reset"
        onClick={() => {
          setSearchText('');
          onReset();
        }}
      >
        {t('audit.reset')}
      </Button>
    </Space>
  );
}
