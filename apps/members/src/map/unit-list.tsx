// The map's units as a list, in the tree's order (each unit followed by those below it), with the figure the map
// shows and a mark on those not on the map: the page without the map (a browser that cannot draw it), and the way to
// a unit by keyboard.
import { Button, Table, type TableColumnsType, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapFigure, MapUnit } from '../common/api-types';
import { treeOrder } from './map-view';

type Row = { unit: MapUnit; depth: number };

const pageSize = 20;

export function UnitList({
  units,
  figure,
  selectedId,
  onSelect,
}: {
  units: readonly MapUnit[];
  figure: MapFigure;
  selectedId: number | undefined;
  onSelect: (unitId: number) => void;
}) {
  const { t } = useTranslation('members');
  const rows = useMemo(() => treeOrder(units), [units]);
  const [page, setPage] = useState(1);
  // A unit picked on the map is shown in the list: its page is turned to.
  useEffect(() => {
    const at = rows.findIndex((row) => row.unit.id === selectedId);
    if (at >= 0) setPage(Math.floor(at / pageSize) + 1);
  }, [rows, selectedId]);
  const columns: TableColumnsType<Row> = [
    {
      key: 'unit',
      title: t('map.column.unit'),
      render: (_, { unit, depth }) => (
        <Button
          type="link"
          size="small"
          // Indented by its depth below the top unit shown, as in the organisation's tree.
          style={{
            padding: 0,
            paddingInlineStart: depth * 16,
            height: 'auto',
            whiteSpace: 'normal',
            textAlign: 'start',
          }}
          onClick={() => onSelect(unit.id)}
          aria-current={unit.id === selectedId ? 'true' : undefined}
          data-testid={`map-list-unit-${unit.id}`}
          data-neutral
        >
          {unit.name}
          {/* Not on the map: only here. */}
          {(unit.latitude === null || unit.longitude === null) && (
            <Tag style={{ marginInlineStart: 8 }} data-testid={`map-list-unplaced-${unit.id}`}>
              {t('map.noPlace')}
            </Tag>
          )}
        </Button>
      ),
    },
    {
      key: 'kind',
      title: t('map.column.kind'),
      responsive: ['sm'],
      render: (_, { unit }) => t(`kind.${unit.kind}`, { defaultValue: unit.kind }),
    },
    {
      key: 'value',
      title: t('map.column.value', { figure: t(`figure.${figure}`) }),
      align: 'right',
      sorter: (a, b) => a.unit.figures[figure] - b.unit.figures[figure],
      render: (_, { unit }) => (
        <span data-testid={`map-list-value-${unit.id}`}>{unit.figures[figure].toLocaleString()}</span>
      ),
    },
  ];
  return (
    <Table<Row>
      size="small"
      rowKey={(row) => row.unit.id}
      columns={columns}
      dataSource={rows}
      pagination={{ current: page, onChange: setPage, pageSize, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: t('map.empty') }}
      rowClassName={(row) => (row.unit.id === selectedId ? 'ant-table-row-selected' : '')}
      data-testid="map-list"
    />
  );
}
