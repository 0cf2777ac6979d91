// The volunteers remote's cards on the user's own page (listed by services/volunteers/src/team.ts with `home: 'own'`):
// data the shell draws, built into one file of its own like widgets.ts, importing nothing (remoteViteConfig), and
// fetched only when that page is shown.
import { isNotFound, type WidgetContext, type WidgetData, type WidgetModule, widgetWords } from '@strata/contract';
import { defaultTimeZone, zonedTimeOf } from '@strata/i18n/days';
import type { RouterOutputs } from './trpc';
import { hours } from './widget-parts';

type ServiceRecord = RouterOutputs['volunteers']['records']['mine'];
type MySignup = RouterOutputs['volunteers']['signups']['mine'][number];

/** The card's words, as 我的志愿服务 says them. */
const words = {
  'zh-CN': {
    myHours: '今年已确认时长',
    served: '今年参加活动',
    upcoming: '报名的活动',
    noneUpcoming: '近期没有报名的活动',
    mine: '查看我的志愿服务',
  },
  'en-US': {
    myHours: 'Approved hours this year',
    served: 'Activities this year',
    upcoming: 'Activities signed up for',
    noneUpcoming: 'No upcoming activities signed up for',
    mine: 'Open my volunteering',
  },
};

/** The day (YYYY-MM-DD) an instant falls on in the organisation's zone. */
const dayOf = (iso: string) => zonedTimeOf(iso).slice(0, 10);

/** A sign-up still holding or asking for a place, at an activity that has not been cancelled or closed. */
const holding = (s: MySignup) =>
  s.activityStatus === 'published' && ['pending', 'confirmed', 'waitlisted'].includes(s.status);

/**
 * The caller's own volunteering, from their service record this year (records.mine: approved hours, the activities
 * served with hours approved) and their sign-ups (signups.mine): the activities they signed up for that have not
 * ended, soonest first, those on today marked. Null when the account has no volunteer profile (the services' not
 * found); any other error fails the card.
 */
async function mine({ locale, today, query }: WidgetContext): Promise<WidgetData | null> {
  const w = widgetWords(words, locale);
  let record: ServiceRecord;
  let signups: MySignup[];
  try {
    [record, signups] = (await Promise.all([
      query('volunteers.records.mine', { year: Number(today.slice(0, 4)) }),
      query('volunteers.signups.mine', undefined),
    ])) as [ServiceRecord, MySignup[]];
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
  const when = new Intl.DateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: defaultTimeZone,
  });
  return {
    figures: [
      { label: w.myHours, value: hours(record.totals.approvedMinutes), format: 'hours' },
      { label: w.served, value: record.totals.activities, format: 'count' },
    ],
    list: {
      label: w.upcoming,
      items: signups
        .filter((s) => holding(s) && dayOf(s.endsAt) >= today)
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
        .slice(0, 5)
        .map((s) => ({
          title: s.title,
          path: `/volunteers/join/${s.activityId}`,
          meta: `${when.format(new Date(s.startsAt))} · ${s.place}`,
          ...(dayOf(s.startsAt) <= today && { tone: 'warning' as const }),
        })),
      empty: w.noneUpcoming,
    },
    link: { label: w.mine, path: '/volunteers/mine' },
  };
}

export const widgets: WidgetModule['widgets'] = { mine: { load: mine } };
