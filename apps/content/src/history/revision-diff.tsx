import { Card, Empty, Grid, Tag, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../common/api-types';

type Field = Comparison['fields'][number];
type Part = NonNullable<Field['rows'][number]['left']>[number];

const partStyle: Record<Part['change'], CSSProperties> = {
  same: {},
  removed: {
    background: 'var(--ant-color-error-bg, #fff1f0)',
    color: 'var(--ant-color-error-text, #a8071a)',
    textDecoration: 'line-through',
  },
  added: { background: 'var(--ant-color-success-bg, #f6ffed)', color: 'var(--ant-color-success-text, #135200)' },
};

/** Parts keyed by where each starts in its line: a diff's lines never reorder, so the offset is a stable key. */
function keyed(parts: Part[]) {
  let at = 0;
  return parts.map((part) => {
    const key = `${part.change}@${at}`;
    at += part.text.length;
    return { part, key };
  });
}

/** Rows keyed by their place: a comparison's rows are fixed once made and never reordered. */
function numbered(rows: Comparison['fields'][number]['rows']) {
  const keyedRows: { row: (typeof rows)[number]; key: string }[] = [];
  for (const row of rows) keyedRows.push({ row, key: `line-${keyedRows.length}` });
  return keyedRows;
}

function Line({ parts, side }: { parts: Part[] | null; side: 'left' | 'right' }) {
  const { t } = useTranslation('content');
  const changed = parts?.some((p) => p.change !== 'same');
  const tint = changed
    ? side === 'left'
      ? 'var(--ant-color-error-bg, #fff1f0)'
      : 'var(--ant-color-success-bg, #f6ffed)'
    : undefined;
  return (
    <div
      style={{
        padding: '2px 8px',
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-word',
        minHeight: 24,
        background: parts ? undefined : 'var(--ant-color-fill-quaternary, #fafafa)',
        borderLeft: tint ? `3px solid ${tint}` : '3px solid transparent',
      }}
      title={parts ? undefined : t('history.noLine')}
    >
      {keyed(parts ?? []).map(({ part: p, key }) =>
        p.change === 'same' ? (
          <span key={key}>{p.text}</span>
        ) : p.change === 'removed' ? (
          <del key={key} style={partStyle.removed}>
            {p.text}
          </del>
        ) : (
          <ins key={key} style={partStyle.added}>
            {p.text}
          </ins>
        ),
      )}
    </div>
  );
}

/**
 * Two revisions side by side, field by field: each line of the older on the left and of the newer on the right,
 * changed characters struck through (removed) or underlined in green (added). On a phone the two sides stack.
 */
export function RevisionDiff({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation('content');
  const screens = Grid.useBreakpoint();
  const stacked = !screens.md;
  const changed = comparison.fields.filter((f) => f.changed);
  if (!changed.length) return <Empty description={t('history.noChanges')} />;
  return (
    <div data-testid="revision-diff">
      {changed.map((field) => (
        <Card
          key={field.field}
          size="small"
          title={t(`history.fields.${field.field}`)}
          style={{ marginBottom: 12 }}
          data-testid={`diff-${field.field}`}
        >
          {!stacked && (
            <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8, marginBottom: 4 }}>
              <Typography.Text type="secondary">
                {t('history.revision', { number: comparison.from.number })}
              </Typography.Text>
              <Typography.Text type="secondary">
                {t('history.revision', { number: comparison.to.number })}
              </Typography.Text>
            </div>
          )}
          {numbered(field.rows).map(({ row, key: i }) =>
            stacked ? (
              row.changed ? (
                <div key={i} style={{ marginBottom: 6 }}>
                  {row.left && <Line parts={row.left} side="left" />}
                  {row.right && <Line parts={row.right} side="right" />}
                </div>
              ) : (
                <Line key={i} parts={row.left} side="left" />
              )
            ) : (
              <div key={i} style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8 }}>
                <Line parts={row.left} side="left" />
                <Line parts={row.right} side="right" />
              </div>
            ),
          )}
        </Card>
      ))}
      {stacked && (
        <Typography.Paragraph type="secondary">
          <Tag color="red">{t('history.removed')}</Tag>
          <Tag color="green">{t('history.added')}</Tag>
        </Typography.Paragraph>
      )}
    </div>
  );
}
