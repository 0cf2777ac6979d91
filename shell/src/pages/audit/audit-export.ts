import { formatDateTimeSeconds } from '@strata/i18n';
import { describeChange, parseImage } from '@strata/ui';
import type { ExportColumn } from '@strata/ui/list-page';
import type { AuditRow } from '../../api-types';
import { actionLabel, changeWords, entityKindLabel, objectName } from './audit-words';

type Translator = Parameters<typeof objectName>[0];

/** The audit export's columns (XLSX and CSV): what the table and the details drawer show, in the user's language. */
export function auditExportColumns(tr: Translator, language: string): ExportColumn<AuditRow>[] {
  const t = tr.t;
  const words = changeWords(tr, language);
  return [
    { title: t('shell:audit.at'), value: (row) => formatDateTimeSeconds(row.at, language) },
    { title: t('shell:audit.actor'), value: (row) => row.actorName },
    { title: t('shell:audit.unit'), value: (row) => row.unitName },
    { title: t('shell:audit.action'), value: (row) => actionLabel(tr, row.action) },
    { title: t('shell:audit.objectKind'), value: (row) => entityKindLabel(tr, row.entity) },
    { title: t('shell:audit.objectName'), value: (row) => objectName(tr, row) },
    {
      title: t('shell:audit.changes'),
      // One line per entry: a long text's own line breaks become spaces.
      value: (row) =>
        describeChange(parseImage(row.before), parseImage(row.after), words).replace(/\s*[\r\n]+\s*/g, ' '),
    },
    { title: t('shell:audit.clientAddress'), value: (row) => row.clientAddress },
    { title: t('shell:audit.userAgent'), value: (row) => row.userAgent },
  ];
}
