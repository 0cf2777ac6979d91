// Rows of figures (the child units' ranking, the kinds), each column sortable. The ranking also shows each unit's
// members' board beside its letters, the two under their own headings.
import { Button, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  type BoardFigures,
  type BoardKey,
  boardKeys,
  type FigureKey,
  type Figures,
  figureKeys,
  figureText,
  isRate,
} from './stats-view';

export type FiguresRow = { key: number | string; name: string; figures: Figures; board?: BoardFigures };

const nameWidth = 140;
const width = (key: FigureKey | BoardKey) => (isRate(key) ? 120 : 110);

/** A rate or average that is missing sorts below every value. */
const sortValue = (value: number | null | undefined) => value ?? -1;

/**
 * `withBoard`: the rows carry the board's figures, shown in columns of their own (a row without any shows dashes).
 * `onOpen`: the names open that unit.
 */
export function FiguresTable({
  rows,
  nameTitle,
  withBoard = false,
  onOpen,
  empty,
  testId,
}: {
  rows: FiguresRow[];
  nameTitle: string;
  withBoard?: boolean;
  onOpen?: (unitId: number) => void;
  empty?: string;
  testId: string;
}) {
  const { t } = useTranslation('mailbox');
  const letterColumns: TableColumnsType<FiguresRow> = figureKeys.map((key) => ({
    key,
    title: t(`stats.figure.${key}`),
    align: 'right' as const,
    width: width(key),
    sorter: (a, b) => sortValue(a.figures[key]) - sortValue(b.figures[key]),
    render: (_, row) => figureText(row.figures, key),
  }));
  const boardColumns: TableColumnsType<FiguresRow> = boardKeys.map((key) => ({
    key: `board.${key}`,
    title: t(`stats.board.figure.${key}`),
    align: 'right' as const,
    width: width(key),
    sorter: (a, b) => sortValue(a.board?.[key]) - sortValue(b.board?.[key]),
    render: (_, row) => (row.board ? figureText(row.board, key) : '—'),
  }));
  const columns: TableColumnsType<FiguresRow> = [
    {
      key: 'name',
      title: nameTitle,
      fixed: 'left',
      width: nameWidth,
      render: (_, row) =>
        onOpen && typeof row.key === 'number' ? (
          <Button
            type="link"
            size="small"
            style={{ padding: 0 }}
            onClick={() => onOpen(row.key as number)}
            data-neutral
          >
            {row.name}
          </Button>
        ) : (
          row.name
        ),
    },
    ...(withBoard
      ? [
          { key: 'letters', title: t('stats.letters'), children: letterColumns },
          { key: 'board', title: t('stats.board.title'), children: boardColumns },
        ]
      : letterColumns),
  ];
  const shown = withBoard ? [...figureKeys, ...boardKeys] : figureKeys;
  return (
    <Table<FiguresRow>
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      // Wide enough for every column at its width: a phone scrolls the table, the names stay.
      scroll={{ x: shown.reduce((sum, key) => sum + width(key), nameWidth) }}
      locale={empty ? { emptyText: empty } : undefined}
      data-testid={testId}
    />
  );
}
