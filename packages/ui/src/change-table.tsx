import { Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ChangeRow, type ChangeWords, changeRows, fieldName, formatValue } from './change-rows';

type Props = {
  /** The images as recorded: parsed values (see `parseImage`), null when a side has none. */
  before: unknown;
  after: unknown;
  /** A field's translated name (e.g. from `domain:auditField`); unregistered keys are made readable. */
  fieldLabel: (key: string) => string | undefined;
  /** Words for values that need more than their text (a role code, a unit kind). */
  valueLabel?: ChangeWords['valueLabel'];
  testId?: string;
};

/** The words a change is read with, in the user's language (common namespace). */
function useChangeWords(fieldLabel: ChangeWords['fieldLabel'], valueLabel?: ChangeWords['valueLabel']): ChangeWords {
  const { t, i18n } = useTranslation('common');
  return {
    locale: i18n.language,
    fieldLabel,
    ...(valueLabel ? { valueLabel } : {}),
    yes: t('yes'),
    no: t('no'),
    blank: t('change.blank'),
    outsideScope: t('change.outsideScope'),
    separator: t('change.separator'),
  };
}

const cellStyle = { whiteSpace: 'pre-wrap', wordBreak: 'break-word' } as const;

/** A recorded change field by field: translated field names, the value before and after, in words. */
export default function ChangeTable({ before, after, fieldLabel, valueLabel, testId }: Props) {
  const { t } = useTranslation('common');
  const words = useChangeWords(fieldLabel, valueLabel);
  const rows = changeRows(before, after);
  const value = (row: ChangeRow, side: 'before' | 'after') => {
    const v = row[side];
    // A side that does not record the field (a creation's before) shows nothing rather than a false "empty".
    if (v === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
    return (
      <Typography.Paragraph style={{ ...cellStyle, margin: 0 }} ellipsis={{ rows: 4, expandable: true }}>
        {formatValue(v, words, row.field)}
      </Typography.Paragraph>
    );
  };
  const columns: TableColumnsType<ChangeRow> = [
    {
      title: t('change.field'),
      dataIndex: 'field',
      width: '24%',
      render: (field: string) => (field ? fieldName(field, words) : ''),
    },
    { title: t('change.before'), key: 'before', render: (_, row) => value(row, 'before') },
    { title: t('change.after'), key: 'after', render: (_, row) => value(row, 'after') },
  ];
  return (
    <Table<ChangeRow>
      data-testid={testId}
      size="small"
      rowKey={(row) => row.field || '-'}
      columns={columns}
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: t('change.noChanges') }}
    />
  );
}
