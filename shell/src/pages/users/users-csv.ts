import { formatDateTime } from '@strata/i18n';
import type { ExportColumn } from '@strata/ui/list-page';
import type { TFunction } from 'i18next';
import type { UserRow } from '../../api-types';

/** The status the list shows: disabled wins over locked (a disabled account cannot sign in anyway). */
export const userStatus = (row: UserRow) => (row.disabled ? 'disabled' : row.locked ? 'locked' : 'active');

/** The users export's columns (XLSX and CSV), labelled in the user's language. */
export function userExportColumns(t: TFunction, locale: string): ExportColumn<UserRow>[] {
  return [
    { title: t('shell:users.username'), value: (row) => row.username },
    { title: t('shell:users.displayName'), value: (row) => row.displayName },
    { title: t('shell:users.unit'), value: (row) => row.unitName },
    { title: t('shell:users.status'), value: (row) => t(`shell:users.statusOf.${userStatus(row)}`) },
    {
      title: t('shell:users.lastSignInAt'),
      value: (row) => (row.lastSignInAt ? formatDateTime(row.lastSignInAt, locale) : ''),
    },
    {
      title: t('shell:users.grants'),
      value: (row) =>
        row.grants.map((g) => `${t(`domain:role.${g.role}`, { defaultValue: g.role })}@${g.unitName}`).join('; '),
    },
  ];
}
