import { formatDateTimeSeconds } from '@strata/i18n';
import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One event on a timeline: when (ISO), what, and optionally more and who. */
export type TimelineEvent = {
  key: string | number;
  at: string;
  title: ReactNode;
  description?: ReactNode;
  /** Any CSS colour for the event's dot (the primary colour marks the current event, grey the others). */
  color?: string;
  /** The event the page is showing: marked so the reader sees where it stands. */
  current?: boolean;
};

export type TimelineProps = { events: readonly TimelineEvent[]; testId?: string; emptyText?: ReactNode };

/**
 * Events of one thing in order, each with its time to the second in the organisation's zone: an object's
 * audit history now, a letter's or a ledger's steps later. A plain list with a dot and a line per event,
 * drawn with the theme's CSS variables (antd's Timeline would add ~7 KB to the shared antd every first visit
 * loads, for a component only detail drawers use).
 */
export function Timeline({ events, testId, emptyText }: TimelineProps) {
  const { t, i18n } = useTranslation('common');
  if (events.length === 0)
    return (
      <Typography.Text type="secondary" data-testid={testId ? `${testId}-empty` : undefined}>
        {emptyText ?? t('empty')}
      </Typography.Text>
    );
  return (
    <ol data-testid={testId} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {events.map((event, index) => {
        const color = event.color ?? (event.current ? 'var(--ant-color-primary)' : 'var(--ant-color-text-quaternary)');
        return (
          <li key={event.key} style={{ position: 'relative', paddingInlineStart: 24, paddingBottom: 16 }}>
            {index < events.length - 1 && (
              <span
                aria-hidden
                style={{
                  position: 'absolute',
                  insetInlineStart: 4,
                  top: 14,
                  bottom: 0,
                  borderInlineStart: '2px solid var(--ant-color-split)',
                }}
              />
            )}
            <span
              aria-hidden
              style={{
                position: 'absolute',
                insetInlineStart: 0,
                top: 5,
                width: 10,
                height: 10,
                borderRadius: '50%',
                border: `2px solid ${color}`,
                background: event.current ? color : 'var(--ant-color-bg-container)',
              }}
            />
            <div data-testid={testId ? `${testId}-item` : undefined} aria-current={event.current || undefined}>
              <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatDateTimeSeconds(event.at, i18n.language)}
              </Typography.Text>
              <div>{event.current ? <Typography.Text strong>{event.title}</Typography.Text> : event.title}</div>
              {event.description && <Typography.Text type="secondary">{event.description}</Typography.Text>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
