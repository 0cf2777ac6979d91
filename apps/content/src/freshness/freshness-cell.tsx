import { formatDateTime } from '@strata/i18n';
import { calendarDay, formatCalendarDay } from '@strata/i18n/days';
import { Dropdown, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { articlesOf } from './freshness-list-spec';
import { type BoardRow, type FreshnessCell as Cell, freshnessStates, stateColors } from './freshness-types';

/** What a column's tag says: its last publication's day (Shanghai's), and how late it is when overdue. */
function useCellWords() {
  const { t, i18n } = useTranslation('content');
  const lang = i18n.language;
  /** The tag's text: the last publication's day (Shanghai's), or that it never published. */
  const label = (cell: Cell) =>
    cell.lastPublishedAt ? calendarDay(new Date(cell.lastPublishedAt)) : t('freshness.cell.never');
  const stateText = (cell: Cell) =>
    cell.state === 'overdue'
      ? t('freshness.cell.overdueDays', { count: cell.daysOverdue })
      : t(`freshness.state.${cell.state}`);
  const details = (cell: Cell): ReactNode => (
    <div>
      <div>
        <strong>{cell.name}</strong> · {stateText(cell)}
      </div>
      <div>{t('freshness.cell.cadence', { cadence: t(`cadence.${cell.cadence}`) })}</div>
      {cell.hidden && <div>{t('freshness.cell.hidden')}</div>}
      <div>
        {cell.lastPublishedAt
          ? t('freshness.cell.lastPublished', { date: formatDateTime(cell.lastPublishedAt, lang) })
          : t('freshness.cell.never')}
      </div>
      {cell.dueOn && <div>{t('freshness.cell.dueOn', { date: formatCalendarDay(cell.dueOn, lang) })}</div>}
    </div>
  );
  return { label, stateText, details };
}

/** One column of a unit: a tag in its state's colour with its last publication; it opens the column's articles. */
export function FreshnessCell({ cell, row, basePath }: { cell: Cell | undefined; row: BoardRow; basePath: string }) {
  const { t } = useTranslation('content');
  const { label, stateText, details } = useCellWords();
  if (!cell) return <Typography.Text type="secondary">{t('freshness.cell.none')}</Typography.Text>;
  return (
    <Tooltip title={details(cell)}>
      <Link
        to={articlesOf(basePath, row.unitId, cell.columnId)}
        data-testid={`freshness-cell-${row.unitId}-${cell.columnId}`}
        data-state={cell.state}
        style={{ display: 'inline-flex', flexDirection: 'column', alignItems: 'flex-start', gap: 2 }}
      >
        <Tag color={stateColors[cell.state]} style={{ cursor: 'pointer', marginInlineEnd: 0 }}>
          {label(cell)}
        </Tag>
        {cell.state === 'overdue' && (
          <Typography.Text type="danger" style={{ fontSize: 12 }}>
            {stateText(cell)}
          </Typography.Text>
        )}
      </Link>
    </Tooltip>
  );
}

/** A unit's own columns in one cell: a tag in the worst one's colour; its menu opens each column's articles. */
export function OtherColumnsCell({ cells, row, basePath }: { cells: Cell[]; row: BoardRow; basePath: string }) {
  const { t } = useTranslation('content');
  const navigate = useNavigate();
  const { label, stateText } = useCellWords();
  if (cells.length === 0) return null;
  // The states are listed worst first.
  const worst = freshnessStates.find((s) => cells.some((c) => c.state === s)) ?? 'untracked';
  const overdue = cells.filter((c) => c.state === 'overdue').length;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: cells.map((cell) => ({
          key: String(cell.columnId),
          label: (
            <span data-neutral data-testid={`freshness-other-${row.unitId}-${cell.columnId}`}>
              <Tag color={stateColors[cell.state]}>{stateText(cell)}</Tag>
              {cell.name} · {label(cell)}
            </span>
          ),
        })),
        onClick: ({ key }) => navigate(articlesOf(basePath, row.unitId, Number(key))),
      }}
    >
      <Tag
        color={stateColors[worst]}
        style={{ cursor: 'pointer', marginInlineEnd: 0 }}
        role="button"
        tabIndex={0}
        data-neutral
        data-testid={`freshness-others-${row.unitId}`}
      >
        {overdue > 0
          ? t('freshness.cell.othersWorst', { count: cells.length, overdue })
          : t('freshness.cell.others', { count: cells.length })}
      </Tag>
    </Dropdown>
  );
}
