// The registry's columns: the name leading to the profile, the codes in the reader's words, the stage and status as
// tags, and the personal data masked as the server sends it. The export says the same in words, so the file reads
// without the console; the export with personal data adds the address and says, row by row, whether it is in full.
import { formatDateTime } from '@strata/i18n';
import { calendarDay, formatCalendarDay } from '@strata/i18n/days';
import type { ExportColumn, ListColumn } from '@strata/ui/list-page';
import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MemberExportRow, MemberRow } from '../common/api-types';
import { ethnicityName } from '../common/domain-values';
import { MemberStatusTag, StageTag } from '../common/member-tags';

/** Whole years from `birthDate` to `today` (both `YYYY-MM-DD`). */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

const tabular = { fontVariantNumeric: 'tabular-nums' } as const;

export function useMemberColumns(basePath: string): ListColumn<MemberRow>[] {
  const { t, i18n } = useTranslation('members');
  const language = i18n.language;
  const c = (key: string) => t(`registry.columns.${key}`);
  const day = (value: string | null) => (value ? formatCalendarDay(value, language) : '—');
  const today = calendarDay(new Date());
  return [
    {
      key: 'name',
      title: c('name'),
      width: 120,
      sorter: true,
      fixed: 'left',
      render: (_, row) => (
        <Link to={`${basePath}/registry/${row.id}`} data-testid={`member-link-${row.id}`}>
          {row.name}
        </Link>
      ),
    },
    { key: 'gender', title: c('gender'), width: 70, render: (_, row) => t(`gender.${row.gender}`) },
    {
      key: 'birthDate',
      title: c('birthDate'),
      width: 170,
      sorter: true,
      render: (_, row) => (
        <span style={tabular}>
          {day(row.birthDate)}
          <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
            {t('registry.age', { count: ageOn(row.birthDate, today) })}
          </Typography.Text>
        </span>
      ),
    },
    { key: 'stage', title: c('stage'), width: 130, render: (_, row) => <StageTag stage={row.stage} /> },
    { key: 'status', title: c('status'), width: 100, render: (_, row) => <MemberStatusTag status={row.status} /> },
    { key: 'unit', title: c('unit'), dataIndex: 'unitName', width: 170, ellipsis: true },
    {
      key: 'idNumber',
      title: c('idNumber'),
      width: 190,
      render: (_, row) => (
        <span style={tabular} data-testid={`member-id-number-${row.id}`}>
          {row.idNumber}
        </span>
      ),
    },
    {
      key: 'phone',
      title: c('phone'),
      width: 140,
      render: (_, row) => (
        <span style={tabular} data-testid={`member-phone-${row.id}`}>
          {row.phone || '—'}
        </span>
      ),
    },
    {
      key: 'probationaryOn',
      title: c('probationaryOn'),
      width: 140,
      sorter: true,
      render: (_, row) => day(row.probationaryOn),
    },
    { key: 'fullOn', title: c('fullOn'), width: 140, render: (_, row) => day(row.fullOn) },
    {
      key: 'ethnicity',
      title: c('ethnicity'),
      width: 100,
      hidden: true,
      render: (_, row) => ethnicityName(row.ethnicity, language),
    },
    {
      key: 'education',
      title: c('education'),
      width: 110,
      hidden: true,
      render: (_, row) => t(`education.${row.education}`),
    },
    {
      key: 'occupation',
      title: c('occupation'),
      width: 120,
      hidden: true,
      render: (_, row) => t(`occupation.${row.occupation}`),
    },
    {
      key: 'updatedAt',
      title: c('updatedAt'),
      width: 160,
      sorter: true,
      hidden: true,
      render: (_, row) => formatDateTime(row.updatedAt, language),
    },
  ];
}

/** The export's columns: what the table shows, in words (days as YYYY-MM-DD, which a sheet sorts). */
export function memberExportColumns(t: TFunction, language: string): ExportColumn<MemberRow>[] {
  const c = (key: string) => t(`members:registry.columns.${key}`);
  return [
    { title: c('name'), value: (r) => r.name },
    { title: c('gender'), value: (r) => t(`members:gender.${r.gender}`) },
    { title: c('birthDate'), value: (r) => r.birthDate },
    { title: c('ethnicity'), value: (r) => ethnicityName(r.ethnicity, language) },
    { title: c('education'), value: (r) => t(`members:education.${r.education}`) },
    { title: c('occupation'), value: (r) => t(`members:occupation.${r.occupation}`) },
    { title: c('stage'), value: (r) => t(`members:stage.${r.stage}`) },
    { title: c('status'), value: (r) => t(`members:status.${r.status}`) },
    { title: c('unit'), value: (r) => r.unitName },
    { title: c('idNumber'), value: (r) => r.idNumber },
    { title: c('phone'), value: (r) => r.phone },
    { title: c('probationaryOn'), value: (r) => r.probationaryOn ?? '' },
    { title: c('fullOn'), value: (r) => r.fullOn ?? '' },
  ];
}

/**
 * The export with personal data: the same columns, the address, and whether the row's personal data is in full. Typed
 * over the list's rows too, as the kit's export takes the table's row type; `exportPage` answers every row with both.
 */
export function memberPiiExportColumns(t: TFunction, language: string): ExportColumn<MemberRow | MemberExportRow>[] {
  const full = (row: MemberRow | MemberExportRow): row is MemberExportRow => 'revealed' in row;
  return [
    ...memberExportColumns(t, language),
    { title: t('members:registry.export.address'), value: (r) => (full(r) ? r.address : '') },
    {
      title: t('members:registry.export.revealed'),
      value: (r) =>
        t(full(r) && r.revealed ? 'members:registry.export.revealedYes' : 'members:registry.export.revealedNo'),
    },
  ];
}
