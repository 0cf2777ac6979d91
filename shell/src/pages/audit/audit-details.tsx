// One audit entry in full: who, where, when to the second, the object as it was, the change field by field,
// where the request came from, and the object's other entries on a timeline.
import { formatDateTimeSeconds } from '@strata/i18n';
import { ChangeTable, parseImage, Timeline } from '@strata/ui';
import { useQuery } from '@tanstack/react-query';
import { Descriptions, Drawer, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditRow } from '../../api-types';
import { useTRPC } from '../../trpc';
import { actionLabel, entityKindLabel, fieldLabel, objectName, valueLabel } from './audit-words';

type Props = { row: AuditRow | undefined; unitId: number | undefined; onClose: () => void };

export function AuditDetails({ row, unitId, onClose }: Props) {
  const { t, i18n } = useTranslation('shell');
  const tr = { t, exists: (key: string) => i18n.exists(key) };
  const trpc = useTRPC();
  const history = useQuery({
    ...trpc.identity.audit.list.queryOptions({
      unitId,
      entity: row?.entity,
      entityId: row?.entityId,
      pageSize: 20,
    }),
    enabled: row !== undefined && !row.labelWithheld,
  });
  const unknown = <Typography.Text type="secondary">{t('audit.unknown')}</Typography.Text>;
  return (
    <Drawer open={row !== undefined} onClose={onClose} title={t('audit.detailsTitle')} size="large" destroyOnHidden>
      {row && (
        <div data-testid="audit-details">
          <Descriptions
            column={1}
            size="small"
            bordered
            items={[
              { key: 'at', label: t('audit.at'), children: formatDateTimeSeconds(row.at, i18n.language) },
              { key: 'actor', label: t('audit.actor'), children: row.actorName ?? '—' },
              { key: 'unit', label: t('audit.unit'), children: row.unitName },
              { key: 'action', label: t('audit.action'), children: actionLabel(tr, row.action) },
              {
                key: 'object',
                label: t('audit.entity'),
                children: `${entityKindLabel(tr, row.entity)} · ${objectName(tr, row)}`,
              },
              {
                key: 'address',
                label: t('audit.clientAddress'),
                children: <span data-testid="audit-client-address">{row.clientAddress ?? unknown}</span>,
              },
              {
                key: 'agent',
                label: t('audit.userAgent'),
                children: (
                  <span data-testid="audit-user-agent" style={{ wordBreak: 'break-all' }}>
                    {row.userAgent ?? unknown}
                  </span>
                ),
              },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('audit.changes')}
          </Typography.Title>
          <ChangeTable
            before={parseImage(row.before)}
            after={parseImage(row.after)}
            fieldLabel={fieldLabel(tr)}
            valueLabel={valueLabel(tr)}
            testId="audit-change-table"
          />
          {!row.labelWithheld && (
            <>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t('audit.history')}
              </Typography.Title>
              <Timeline
                testId="audit-history"
                events={(history.data?.items ?? []).map((entry) => ({
                  key: entry.id,
                  at: entry.at,
                  title: actionLabel(tr, entry.action),
                  description: entry.actorName ?? undefined,
                  current: entry.id === row.id,
                }))}
              />
            </>
          )}
        </div>
      )}
    </Drawer>
  );
}
