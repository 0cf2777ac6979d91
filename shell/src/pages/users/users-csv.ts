import type { CsvColumn } from '@strata/ui';
import type { TFunction } from 'i18next';
import type { UserRow } from '../../api-types';

/** The users export's columns, labelled in the user's language. */
export function userCsvColumns(t: TFunction): CsvColumn<UserRow>[] {
  const status = (row: UserRow) =>
    row.disabled ? t('shell:users.disabled') : row.locked ? t('shell:users.locked') : t('shell:users.enabled');
  return [
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
}
