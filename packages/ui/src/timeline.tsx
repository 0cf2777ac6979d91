import { formatDateTimeSeconds } from '@strata/i18n';
import { Timeline as AntTimeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One event on a timeline: when (ISO), what, and optionally more and who. */
export type TimelineEvent = {
  key: string | number;
  at: string;
  title: ReactNode;
  description?: ReactNode;
  /** antd's colours (`blue`, `green`, `red`, `gray`) or any CSS colour. */
  color?: string;
  /** The event the page is showing: marked so the reader sees where it stands. */
  current?: boolean;
};

type Props = { events: readonly TimelineEvent[]; testId?: string; emptyText?: ReactNode };

/**
 * Events of one thing in order, each with its time to the second in the organisation's zone: an object's
 * audit history now, a letter's or a ledger's steps later.
 */
export function Timeline({ events, testId, emptyText }: Props) {
  const { t, i18n } = useTranslation('common');
  if (events.length === 0) return <Typography.Text type="secondary">{emptyText ?? t('empty')}</Typography.Text>;
  return (
    <AntTimeline
      data-testid={testId}
      items={events.map((event) => ({
        key: event.key,
        color: event.color ?? (event.current ? 'blue' : 'gray'),
        content: (
          <div data-testid={testId ? `${testId}-item` : undefined} aria-current={event.current || undefined}>
            <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatDateTimeSeconds(event.at, i18n.language)}
            </Typography.Text>
            <div>{event.current ? <Typography.Text strong>{event.title}</Typography.Text> : event.title}</div>
            {event.description && <Typography.Text type="secondary">{event.description}</Typography.Text>}
          </div>
        ),
      }))}
    />
  );
}
