// A table of figures (beside a chart, or one of the annual tables) as an antd table: the same columns the workbook
// writes, numbers aligned right, a grouped column's equal cells merged. It scrolls inside its own box on a phone.
import { useScrollRegion } from '@strata/ui';
import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { type AnyReportTable, cellText, groupSpan } from './stats-view';

type Props = { table: AnyReportTable; empty?: string; caption?: boolean; testId: string };

export function ReportTableView({ table, empty, caption = false, testId }: Props) {
  const { i18n } = useTranslation();
  const columns: TableColumnsType<unknown> = table.columns.map((column) => ({
    key: column.key,
    title: column.title,
    align: column.numeric ? ('right' as const) : undefined,
    render: (_: unknown, row: unknown) => cellText(column, row, i18n.language),
    ...(column.grouped && {
      onCell: (_: unknown, index?: number) => ({ rowSpan: groupSpan(column, table.rows, index ?? 0) }),
    }),
  }));
  // Its scrolling box takes the keyboard's focus, named by the table, for a phone's sideways scroll.
  const box = useScrollRegion(table.title);
  return (
    <div ref={box}>
      <Table<unknown>
        size="small"
        columns={columns}
        dataSource={table.rows}
        rowKey={(row) => table.rowKey(row)}
        pagination={table.rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        title={caption ? () => table.title : undefined}
        locale={empty ? { emptyText: empty } : undefined}
        data-testid={testId}
      />
    </div>
  );
}
