// A letter's steps in order: what was done, between which units, by whom, with what words, when (to the second, in
// the organisation's zone: @strata/ui's Timeline formats it with @strata/i18n).
import { Timeline, type TimelineEvent } from '@strata/ui';
import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { LetterEvent } from '../common/api-types';
import { ratings } from '../common/domain-values';

const colors: Record<string, string> = {
  rejected: 'var(--ant-color-error)',
  replied: 'var(--ant-color-success)',
  closed: 'var(--ant-color-success)',
  extensionAsked: 'var(--ant-color-warning)',
  reopened: 'var(--ant-color-warning)',
  note: 'var(--ant-color-text-quaternary)',
};

/** A rating's text as stored (`satisfied: 很好`) in the reader's words. */
export function ratingText(text: string, t: TFunction): string {
  const match = /^(\w+)(?::\s?([\s\S]*))?$/.exec(text);
  const rating = match?.[1];
  if (!rating || !(ratings as readonly string[]).includes(rating)) return text;
  const label = t(`mailbox:rating.${rating}`);
  return match[2] ? t('mailbox:letter.timeline.rated', { rating: label, comment: match[2] }) : label;
}

export function toTimelineEvents(events: readonly LetterEvent[], t: TFunction): TimelineEvent[] {
  return events.map((event, index) => {
    const route =
      event.byUnitName && event.toUnitName
        ? t('mailbox:letter.timeline.route', { by: event.byUnitName, to: event.toUnitName })
        : (event.byUnitName ?? event.toUnitName);
    const text = event.kind === 'rated' ? ratingText(event.text, t) : event.text;
    return {
      key: event.id,
      at: event.at,
      current: index === events.length - 1,
      ...(colors[event.kind] && index !== events.length - 1 ? { color: colors[event.kind] } : {}),
      title: (
        <>
          {t(`mailbox:event.${event.kind}`, { defaultValue: event.kind })}
          {route && (
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontWeight: 'normal' }}>
              {route}
            </Typography.Text>
          )}
        </>
      ),
      description: (event.actorName || text) && (
        <>
          {event.actorName && <div>{t('mailbox:letter.timeline.actor', { name: event.actorName })}</div>}
          {text && <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{text}</div>}
        </>
      ),
    };
  });
}

export function LetterTimeline({ events }: { events: readonly LetterEvent[] }) {
  const { t } = useTranslation('mailbox');
  return (
    <Timeline events={toTimelineEvents(events, t)} testId="letter-timeline" emptyText={t('letter.timeline.empty')} />
  );
}
