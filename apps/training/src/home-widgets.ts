// The training remote's cards on the user's own page (those services/training/src/team.ts marks with a `home`): data
// the shell draws. Nothing is imported at run time (the build stops on any import): built alone like widgets.ts, it
// is fetched only when that page is shown.
import { type WidgetContext, type WidgetData, type WidgetItem, type WidgetModule, widgetWords } from '@strata/contract';
import { zonedTimeOf } from '@strata/i18n/days';
import type { RouterOutputs } from './trpc';

type Training = RouterOutputs['training'];

/** The cards' words, as 培训统计 and 我的学习 say them. */
const words = {
  'zh-CN': {
    taught: '在教课程',
    learners: '学员',
    rate: '结业率',
    next: '我的面授课',
    noNext: '近期没有您主讲的面授课',
    booked: '已预约',
    courses: '课程管理',
    going: '在学课程',
    completed: '已结业',
    certificates: '证书',
    todo: '待办的课程和面授课',
    nothing: '没有待办的课程和面授课',
    due: '截止',
    overdue: '已逾期 · ',
    learn: '我的学习',
    today: '今天',
    day: (m: number, d: number) => `${m}月${d}日`,
  },
  'en-US': {
    taught: 'Courses taught',
    learners: 'Learners',
    rate: 'Completion rate',
    next: 'My sessions',
    noNext: 'No session of yours ahead',
    booked: 'Booked',
    courses: 'Courses',
    going: 'Courses in progress',
    completed: 'Completed',
    certificates: 'Certificates',
    todo: 'Courses due, sessions booked',
    nothing: 'Nothing due, no session booked',
    due: 'Due',
    overdue: 'Overdue · ',
    learn: 'My learning',
    today: 'today',
    day: (m: number, d: number) => `${m}/${d}`,
  },
};
type Words = (typeof words)['zh-CN'];

/** A day (`YYYY-MM-DD`) in the locale's words, today as such; no year (what a card names lies around today). */
const dayText = (w: Words, day: string, today: string) =>
  day === today ? w.today : w.day(+day.slice(5, 7), +day.slice(8, 10));

/**
 * A session's start (its day and clock in the organisation's zone), and whether it is today, as a list item's meta and
 * tone.
 */
function startText(w: Words, iso: string, today: string, more: string): Pick<WidgetItem, 'meta' | 'tone'> {
  const at = zonedTimeOf(iso);
  const day = at.slice(0, 10);
  return {
    meta: `${dayText(w, day, today)} ${at.slice(11)} · ${more}`,
    ...(day === today && { tone: 'warning' }),
  };
}

/**
 * The trainer's classes (reports.teaching, the running courses they teach in the unit's subtree): how many, their
 * learners, the share who completed, and the next sessions the trainer leads (today's marked), each to its page.
 */
async function teaching({ unitId, locale, today, query }: WidgetContext): Promise<WidgetData> {
  const w = widgetWords(words, locale);
  const classes = (await query('training.reports.teaching', { unitId })) as Training['reports']['teaching'];
  return {
    figures: [
      { label: w.taught, value: classes.courses, format: 'count' },
      { label: w.learners, value: classes.enrolled, format: 'count' },
      { label: w.rate, value: classes.completionRate, format: 'percent' },
    ],
    list: {
      label: w.next,
      items: classes.sessions.map((s) => ({
        title: s.title,
        path: `/training/sessions/${s.id}`,
        ...startText(w, s.startsAt, today, `${w.booked} ${s.booked}/${s.capacity}`),
      })),
      empty: w.noNext,
    },
    link: { label: w.courses, path: '/training/courses' },
  };
}

/**
 * The caller's own learning (learning.mine, certificates.mine, sessions.upcoming): courses in progress, completed,
 * certificates held; their assignments not completed by due day (overdue in red, due within a week in amber), then
 * the sessions they booked. Null for an account that never enrolled, holds no certificate and has no session ahead.
 */
async function learning({ locale, today, query }: WidgetContext): Promise<WidgetData | null> {
  const w = widgetWords(words, locale);
  const [mine, certificates, upcoming] = (await Promise.all([
    query('training.learning.mine', { pageSize: 100 }),
    query('training.certificates.mine', {}),
    query('training.sessions.upcoming', { pageSize: 100 }),
  ])) as [Training['learning']['mine'], Training['certificates']['mine'], Training['sessions']['upcoming']];
  if (!mine.total && !certificates.length && !upcoming.total) return null;
  // The newest 100 enrolments (a page's most): far more than the courses open to anyone.
  const going = mine.items.filter((e) => e.status === 'enrolled' || e.status === 'in_progress');
  const items: WidgetItem[] = [
    ...going
      .filter((e) => e.dueOn)
      .sort((a, b) => (a.dueOn as string).localeCompare(b.dueOn as string))
      .map((e) => {
        const days = (Date.parse(e.dueOn as string) - Date.parse(today)) / 864e5;
        return {
          title: e.courseTitle,
          path: `/training/learn/${e.courseId}`,
          meta: `${days < 0 ? w.overdue : ''}${w.due} ${dayText(w, e.dueOn as string, today)}`,
          ...(days <= 7 && { tone: days < 0 ? ('danger' as const) : ('warning' as const) }),
        };
      }),
    ...upcoming.items
      // A cancelled session's seats are cancelled with it.
      .filter((s) => s.mySeat?.status === 'booked')
      .map((s) => ({
        title: s.title,
        path: `/training/learn/${s.courseId}`,
        ...startText(w, s.startsAt, today, s.place),
      })),
  ];
  return {
    figures: [
      { label: w.going, value: going.length, format: 'count' },
      { label: w.completed, value: mine.items.filter((e) => e.status === 'completed').length, format: 'count' },
      { label: w.certificates, value: certificates.filter((c) => !c.revoked).length, format: 'count' },
    ],
    list: { label: w.todo, items: items.slice(0, 5), empty: w.nothing },
    link: { label: w.learn, path: '/training/learn' },
  };
}

export const widgets: WidgetModule['widgets'] = {
  teaching: { load: teaching },
  learning: { load: learning },
};
