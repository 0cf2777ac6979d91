import { type CsvColumn, downloadCsv, toCsv } from '@strata/ui';
import type { TFunction } from 'i18next';
import type { UserRow } from '../../api-types';

/** The rows on screen (current page and filter) as a CSV file Excel opens correctly. */
export function exportUsersCsv(rows: readonly UserRow[], t: TFunction): void {
  const status = (row: UserRow) =>
    row.disabled ? t('shell:users.disabled') : row.locked ? t('shell:users.locked') : t('shell:users.enabled');
  const columns: CsvColumn<UserRow>[] = [
    { title: t('shell:users.username'), value: (row) => row.username },
    { title: t('shell:users.displayName'), value: (row) => row.displayName },
    { title: t('shell:users.unit'), value: (row) => row.unitName },
    { title: t('shell:users.status'), value: status },
    {
      title: t('shell:users.grants'),
      value: (row) =>
        row.grants.map((g) => `${t(`domain:role.${g.role}`, { defaultValue: g.role })}@${g.unitName}`).join('; '),
    },
  ];
  const stamp = new Date().toISOString().slice(0, 10);
  downloadCsv(`${t('shell:users.csvFile')}-${stamp}.csv`, toCsv(columns, rows));
}
