// A member's history, newest first: what happened (a stage reached, a status, a transfer...), the day it took effect
// and the unit, who recorded it and the note, in the reader's words (@strata/ui's Timeline adds when it was recorded,
// to the second, in the organisation's zone).
import { formatCalendarDay } from '@strata/i18n/days';
import { Timeline, type TimelineEvent } from '@strata/ui';
import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MemberEvent } from '../common/api-types';
import { memberEventKinds } from '../common/domain-values';

const colors: Record<string, string> = {
  stage: 'var(--ant-color-primary)',
  status: 'var(--ant-color-error)',
  candidacyCancelled: 'var(--ant-color-error)',
  probationExtended: 'var(--ant-color-warning)',
  transferReturned: 'var(--ant-color-warning)',
  transferConfirmed: 'var(--ant-color-success)',
};

/** The entry's heading: its kind in words, with the stage or status it reached. */
export function eventTitle(event: MemberEvent, t: TFunction): string {
  if (!(memberEventKinds as readonly string[]).includes(event.kind)) return event.kind;
  const value =
    event.kind === 'stage'
      ? t(`members:stage.${event.value}`, { defaultValue: event.value })
      : event.kind === 'status'
        ? t(`members:status.${event.value}`, { defaultValue: event.value })
        : event.value;
  return t(`members:event.${event.kind}`, { value });
}

export function toTimelineEvents(events: readonly MemberEvent[], t: TFunction, language: string): TimelineEvent[] {
  return events.map((event, index) => ({
    key: event.id,
    at: event.at,
    current: index === 0,
    ...(colors[event.kind] && index !== 0 ? { color: colors[event.kind] } : {}),
    title: (
      <>
        {eventTitle(event, t)}
        <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontWeight: 'normal' }}>
          {t('members:member.timelineWhere', { day: formatCalendarDay(event.on, language), unit: event.atUnitName })}
        </Typography.Text>
      </>
    ),
    description: (event.actorName || event.note) && (
      <>
        {event.actorName && <div>{t('members:member.timelineActor', { name: event.actorName })}</div>}
        {event.note && <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{event.note}</div>}
      </>
    ),
  }));
}

export function MemberTimeline({ events }: { events: readonly MemberEvent[] }) {
  const { t, i18n } = useTranslation('members');
  return (
    <Timeline
      events={toTimelineEvents(events, t, i18n.language)}
      testId="member-timeline"
      emptyText={t('member.timelineEmpty')}
    />
  );
}
