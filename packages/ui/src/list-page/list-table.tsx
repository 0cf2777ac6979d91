import { Alert, Button, Empty, Flex, Grid, Space, Table, type TableColumnType, type TableProps, Tooltip } from 'antd';
import { type Key, type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../error-alert';
import type { FetchPage } from '../fetch-all-pages';
import { useScrollRegion } from '../scroll-region';
import { applyColumnSettings, type ColumnDefault, pinActions } from './column-settings';
import { ExportButton } from './export-button';
import type { ExportColumn } from './export-rows';
import { type FilterShape, hasFilters, listPageSizes } from './list-query';
import { ListToolbar } from './list-toolbar';
import { type SearchField, SearchForm } from './search-form';
import { useColumnSettings } from './use-column-settings';
import type { ListQueryState } from './use-list-query';

/** A list column: `key` is required (settings and sort use it); `ellipsis` cells truncate with a tooltip. */
export type ListColumn<Row> = TableColumnType<Row> & { key: string; hidden?: boolean };

type Props<Row, F extends FilterShape, S extends string> = {
  /** Names the list in column settings (kept per user and list). */
  listId: string;
  /** What the table holds, for screen readers (and the name of its scrolling region). */
  label: string;
  /**
   * The signed-in user, whose column settings these are. Passed in: a remote bundles the kit, so the kit cannot
   * read the shell's access context itself (a second copy of it would be empty).
   */
  userId: number;
  list: ListQueryState<F, S>;
  columns: ListColumn<Row>[];
  /** The page the server answered, and how it went. */
  result: {
    data?: { items: Row[]; total: number; totalIsBound?: boolean };
    isFetching: boolean;
    error: unknown;
    refetch: () => unknown;
  };
  rowKey: keyof Row & string;
  searchFields?: SearchField[];
  /** Buttons on the toolbar's left (create, import), each wrapped in `Permitted`. */
  actions?: ReactNode;
  exporting?: { fetchPage: FetchPage<Row>; columns: ExportColumn<Row>[]; fileName: string };
  /** With it, rows can be selected; it draws the batch actions for the selection. */
  batchActions?: (selected: Row[], clear: () => void) => ReactNode;
  testId: string;
  /** Wider than the screen scrolls inside the table (the actions column stays in view). */
  scrollX?: number;
  /** What an empty, unfiltered list says (a filtered one says nothing matched and offers to clear). */
  emptyText?: string;
};

const truncated = <Row,>(column: ListColumn<Row>): ListColumn<Row> => {
  if (!column.ellipsis) return column;
  const render = column.render;
  return {
    ...column,
    ellipsis: { showTitle: false },
    render: (value, row, index) => {
      const shown = render ? render(value, row, index) : value;
      const text = typeof shown === 'string' || typeof shown === 'number' ? String(shown) : undefined;
      return text === undefined ? (
        (shown as ReactNode)
      ) : (
        <Tooltip placement="topLeft" title={text}>
          <span>{text}</span>
        </Tooltip>
      );
    },
  };
};

/**
 * The list page's body (ProTable on antd): search form, toolbar (actions, export, refresh, density, columns),
 * batch actions for selected rows, and the table with paging and sort on the server, all kept in the URL.
 */
export function ListTable<Row, F extends FilterShape, S extends string>(props: Props<Row, F, S>) {
  const { listId, label, userId, list, columns, result, rowKey, searchFields, actions, exporting, batchActions } =
    props;
  const { testId } = props;
  const { t, i18n } = useTranslation('common');
  const { query } = list;
  const defaults: ColumnDefault[] = useMemo(() => columns.map((c) => ({ key: c.key, hidden: c.hidden })), [columns]);
  const { settings, save, reset } = useColumnSettings(userId, listId, defaults);
  const [selected, setSelected] = useState<{ keys: Key[]; rows: Row[] }>({ keys: [], rows: [] });
  const clear = () => setSelected({ keys: [], rows: [] });
  const filtered = hasFilters(query.filters);

  const phone = Grid.useBreakpoint().sm === false;
  const visible = applyColumnSettings(columns, settings);
  const pinned = pinActions(visible, phone);
  const shown = visible.map((column) => ({
    ...truncated(column),
    ...(column.key === 'actions' && pinned ? { fixed: 'right' as const } : {}),
    ...(column.sorter
      ? { sortOrder: query.sort === column.key ? (query.order === 'desc' ? 'descend' : 'ascend') : null }
      : {}),
  })) as ListColumn<Row>[];
  const onChange: TableProps<Row>['onChange'] = (_p, _f, sorter, extra) => {
    if (extra.action !== 'sort') return;
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = String(one?.columnKey ?? '') as S;
    clear();
    list.setSort(one?.order ? { sort: key, order: one.order === 'ascend' ? 'asc' : 'desc' } : undefined);
  };
  const titles = new Map(columns.map((c) => [c.key, c.title as ReactNode]));
  const tableBox = useScrollRegion(label);

  return (
    <div data-testid={testId}>
      {searchFields && searchFields.length > 0 && (
        <SearchForm
          fields={searchFields}
          values={query.filters as Record<string, unknown>}
          onSearch={(values) => {
            clear();
            list.setFilters(values as typeof query.filters);
          }}
          testId={testId}
        />
      )}
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Space wrap>{actions}</Space>
        <Space wrap>
          {exporting && <ExportButton {...exporting} testId={`${testId}-export`} />}
          <ListToolbar
            testId={testId}
            titles={titles}
            settings={settings}
            onSettings={save}
            onResetSettings={reset}
            onRefresh={() => void result.refetch()}
            refreshing={result.isFetching}
          />
        </Space>
      </Flex>
      {batchActions && selected.keys.length > 0 && (
        <Alert
          style={{ marginBottom: 12 }}
          data-testid={`${testId}-selection`}
          title={
            <Flex justify="space-between" align="center" wrap gap={8}>
              <Space wrap>
                {t('listSelected', { count: selected.keys.length })}
                <Button type="link" size="small" onClick={clear} data-neutral>
                  {t('listClearSelection')}
                </Button>
              </Space>
              <Space wrap>{batchActions(selected.rows, clear)}</Space>
            </Flex>
          }
        />
      )}
      {result.error ? <ErrorAlert error={result.error} onRetry={() => void result.refetch()} /> : null}
      <div ref={tableBox}>
        <Table<Row>
          rowKey={rowKey}
          aria-label={label}
          data-testid={`${testId}-table`}
          size={settings.density}
          columns={shown}
          dataSource={result.data?.items ?? []}
          loading={result.isFetching}
          onChange={onChange}
          scroll={{ x: props.scrollX ?? 900 }}
          rowSelection={
            batchActions
              ? {
                  selectedRowKeys: selected.keys,
                  onChange: (keys, rows) => setSelected({ keys, rows }),
                  preserveSelectedRowKeys: true,
                }
              : undefined
          }
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={filtered ? t('listNoMatch') : (props.emptyText ?? t('empty'))}
                data-testid={`${testId}-empty`}
              >
                {filtered && (
                  <Button size="small" onClick={() => list.setFilters({})} data-neutral>
                    {t('listClearFilters')}
                  </Button>
                )}
              </Empty>
            ),
          }}
          pagination={{
            current: query.page,
            pageSize: query.pageSize,
            total: result.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [...listPageSizes],
            // Digits grouped as the language writes them: "10,000+", not "10000+".
            showTotal: (count) =>
              t(result.data?.totalIsBound ? 'totalAtLeast' : 'total', { total: count.toLocaleString(i18n.language) }),
            onChange: (page, pageSize) => list.setPage(page, pageSize),
          }}
        />
      </div>
    </div>
  );
}
