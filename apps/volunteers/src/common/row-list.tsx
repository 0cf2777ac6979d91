// A plain list of rows (a phone reads it as well as a desktop): each row a block of lines, an empty state, and a
// "more" button when the server has more pages.
import { Button, Empty, Flex, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props<Row> = {
  rows: Row[] | undefined;
  rowKey: (row: Row) => string | number;
  render: (row: Row) => ReactNode;
  empty: string;
  /** Shown when more rows wait on the server. */
  onMore?: () => void;
  testId: string;
};

export function RowList<Row>({ rows, rowKey, render, empty, onMore, testId }: Props<Row>) {
  const { t } = useTranslation('volunteers');
  if (rows === undefined) return <Skeleton active />;
  if (rows.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} data-testid={`${testId}-empty`} />;
  return (
    <Flex vertical data-testid={testId}>
      {rows.map((row, index) => (
        <div
          key={rowKey(row)}
          style={{
            padding: '12px 0',
            borderTop: index === 0 ? undefined : '1px solid var(--ant-color-split, rgba(5, 5, 5, 0.06))',
          }}
        >
          {render(row)}
        </div>
      ))}
      {onMore && (
        <Button type="link" onClick={onMore} data-neutral data-testid={`${testId}-more`}>
          {t('more')}
        </Button>
      )}
    </Flex>
  );
}
