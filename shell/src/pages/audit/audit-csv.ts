import { formatDateTime } from '@strata/i18n';
import type { CsvColumn } from '@strata/ui';
import type { TFunction } from 'i18next';
import type { AuditRow } from '../../api-types';

/** The audit export's columns, labelled and dated in the user's language, as the table shows them. */
export function auditCsvColumns(t: TFunction, language: string): CsvColumn<AuditRow>[] {
  return [
    { title: t('shell:audit.at'), value: (row) => formatDateTime(row.at, language) },
    { title: t('shell:audit.actor'), value: (row) => row.actorName },
    { title: t('shell:audit.unit'), value: (row) => row.unitName },
    {
      title: t('shell:audit.action'),
      value: (row) => t(`domain:auditAction.${row.action}`, { defaultValue: row.action }),
    },
    { title: t('shell:audit.entity'), value: (row) => `${row.entity} #${row.entityId}` },
  ];
}
