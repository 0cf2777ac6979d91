import { describe, expect, it } from 'vitest';
import { widgets } from './home-widgets';
import type { RouterOutputs } from './trpc';

type Teaching = RouterOutputs['training']['reports']['teaching'];
type Mine = RouterOutputs['training']['learning']['mine'];
type Certificates = RouterOutputs['training']['certificates']['mine'];
type Upcoming = RouterOutputs['training']['sessions']['upcoming'];

describe('the training cards', () => {
  describe('teaching', () => {
    const today = '2026-11-29';
    const session = (id: number, startsAt: string, booked: number, capacity: number) => ({
      id,
      courseId: 7,
      courseTitle: '网络安全与保密',
      title: `面授课${id}`,
      place: '市委党校',
      startsAt,
      endsAt: startsAt,
      capacity,
      booked,
    });
    const classes: Teaching = {
      courses: 3,
      enrolled: 40,
      completed: 10,
      completionRate: 25,
      sessions: [
        // 09:00 today in Shanghai; 00:30 tomorrow there (still the 29th in UTC); 14:30 tomorrow; in the new year.
        session(1, '2026-11-29T01:00:00.000Z', 3, 40),
        session(2, '2026-11-29T16:30:00.000Z', 0, 20),
        session(3, '2026-11-30T06:30:00.000Z', 12, 12),
        session(4, '2027-01-05T01:00:00.000Z', 1, 30),
      ],
    };

    it('asks reports.teaching for the unit: the classes, and the next sessions with their day, clock and seats', async () => {
      const asked: unknown[] = [];
      const query = async (path: string, input: unknown) => {
        asked.push([path, input]);
        return classes;
      };
      const data = await widgets.teaching?.load({ unitId: 5, locale: 'zh-CN', today, query });
      expect(asked).toEqual([['training.reports.teaching', { unitId: 5 }]]);
      expect(data?.figures).toEqual([
        { label: '在教课程', value: 3, format: 'count' },
        { label: '学员', value: 40, format: 'count' },
        { label: '结业率', value: 25, format: 'percent' },
      ]);
      expect(data?.list?.label).toBe('我的面授课');
      expect(data?.list?.items).toEqual([
        { title: '面授课1', path: '/training/sessions/1', meta: '今天 09:00 · 已预约 3/40', tone: 'warning' },
        { title: '面授课2', path: '/training/sessions/2', meta: '11月30日 00:30 · 已预约 0/20' },
        { title: '面授课3', path: '/training/sessions/3', meta: '11月30日 14:30 · 已预约 12/12' },
        { title: '面授课4', path: '/training/sessions/4', meta: '1月5日 09:00 · 已预约 1/30' },
      ]);
      expect(data?.link?.path).toBe('/training/courses');
      const english = await widgets.teaching?.load({ unitId: 5, locale: 'en-US', today, query });
      expect(english?.figures.map((f) => f.label)).toEqual(['Courses taught', 'Learners', 'Completion rate']);
      expect(english?.list?.items.map((i) => i.meta)).toEqual([
        'today 09:00 · Booked 3/40',
        '11/30 00:30 · Booked 0/20',
        '11/30 14:30 · Booked 12/12',
        '1/5 09:00 · Booked 1/30',
      ]);
    });

    it('shows a trainer with no learners and no session ahead: no share, and why the list is empty', async () => {
      const none: Teaching = { courses: 1, enrolled: 0, completed: 0, completionRate: null, sessions: [] };
      const data = await widgets.teaching?.load({ unitId: 5, locale: 'zh-CN', today, query: async () => none });
      expect(data?.figures.map((f) => f.value)).toEqual([1, 0, null]);
      expect(data?.list).toEqual({ label: '我的面授课', items: [], empty: '近期没有您主讲的面授课' });
    });
  });

  describe('learning', () => {
    const today = '2026-11-29';
    type Row = Mine['items'][number];
    const enrolment = (courseId: number, status: Row['status'], dueOn: string | null): Row => ({
      id: courseId * 10,
      courseId,
      courseTitle: `课程${courseId}`,
      category: 'site',
      courseUnitName: '江城市',
      status,
      progress: status === 'completed' ? 100 : 0,
      source: dueOn ? 'assigned' : 'self',
      dueOn,
      overdue: dueOn !== null && dueOn < today && status !== 'completed' && status !== 'withdrawn',
      enrolledAt: '2026-10-01T02:00:00.000Z',
      completedAt: status === 'completed' ? '2026-11-01T02:00:00.000Z' : null,
      certificateNumber: status === 'completed' ? `TC-${courseId}` : null,
    });
    type Slot = Upcoming['items'][number];
    const slot = (id: number, startsAt: string, seat: 'booked' | 'cancelled' | null, status: Slot['status']): Slot => ({
      id,
      courseId: id + 100,
      courseTitle: `课程${id + 100}`,
      title: `面授课${id}`,
      place: `教室${id}`,
      startsAt,
      endsAt: startsAt,
      status,
      trainerName: '讲师',
      capacity: 30,
      placesLeft: 10,
      mySeat: seat && { id: id * 10, status: seat, attendedAt: null, late: false },
    });
    const certificate = (id: number, revoked: boolean): Certificates[number] => ({
      id,
      number: `TC-${id}`,
      courseId: id,
      courseTitle: `课程${id}`,
      courseUnitName: '江城市',
      issuedAt: '2026-11-01T02:00:00.000Z',
      revoked,
    });
    const page = <T>(items: T[], total = items.length) => ({ items, total, totalIsBound: false });
    const answers = (mine: Mine, certificates: Certificates, upcoming: Upcoming) => {
      const asked: unknown[] = [];
      const byPath: Record<string, unknown> = {
        'training.learning.mine': mine,
        'training.certificates.mine': certificates,
        'training.sessions.upcoming': upcoming,
      };
      const query = async (path: string, input: unknown) => {
        asked.push([path, input]);
        return byPath[path];
      };
      return { asked, query };
    };

    // Newest first, as learning.mine answers.
    const mine = page([
      enrolment(1, 'in_progress', '2026-11-20'), // overdue
      enrolment(2, 'enrolled', '2026-12-06'), // due in 7 days
      enrolment(3, 'in_progress', '2026-12-07'), // due in 8 days
      enrolment(4, 'enrolled', '2026-11-29'), // due today
      enrolment(5, 'in_progress', null), // my own choice: nothing due
      enrolment(6, 'completed', '2026-11-01'), // done
      enrolment(7, 'withdrawn', '2026-11-10'), // left
    ]);
    const upcoming = page([
      slot(1, '2026-12-02T01:00:00.000Z', 'booked', 'scheduled'),
      slot(2, '2026-12-03T01:00:00.000Z', null, 'scheduled'), // not booked
      slot(3, '2026-12-04T01:00:00.000Z', 'cancelled', 'cancelled'), // cancelled
      slot(4, '2026-12-05T01:00:00.000Z', 'booked', 'scheduled'), // past the list's five
    ]);

    it("reads the caller's own courses, certificates and sessions: the assignments due first, then the seats booked", async () => {
      const { asked, query } = answers(mine, [certificate(6, false), certificate(8, true)], upcoming);
      const data = await widgets.learning?.load({ unitId: 1, locale: 'zh-CN', today, query });
      expect(asked).toEqual([
        ['training.learning.mine', { pageSize: 100 }],
        ['training.certificates.mine', {}],
        ['training.sessions.upcoming', { pageSize: 100 }],
      ]);
      // In progress: started or not, neither completed nor withdrawn; certificates not revoked.
      expect(data?.figures).toEqual([
        { label: '在学课程', value: 5, format: 'count' },
        { label: '已结业', value: 1, format: 'count' },
        { label: '证书', value: 1, format: 'count' },
      ]);
      expect(data?.list?.items).toEqual([
        { title: '课程1', path: '/training/learn/1', meta: '已逾期 · 截止 11月20日', tone: 'danger' },
        { title: '课程4', path: '/training/learn/4', meta: '截止 今天', tone: 'warning' },
        { title: '课程2', path: '/training/learn/2', meta: '截止 12月6日', tone: 'warning' },
        { title: '课程3', path: '/training/learn/3', meta: '截止 12月7日' },
        { title: '面授课1', path: '/training/learn/101', meta: '12月2日 09:00 · 教室1' },
      ]);
      expect(data?.link).toEqual({ label: '我的学习', path: '/training/learn' });
      const english = await widgets.learning?.load({ unitId: 1, locale: 'en-US', today, query });
      expect(english?.figures.map((f) => f.label)).toEqual(['Courses in progress', 'Completed', 'Certificates']);
      expect(english?.list?.items.map((i) => i.meta)).toEqual([
        'Overdue · Due 11/20',
        'Due today',
        'Due 12/6',
        'Due 12/7',
        '12/2 09:00 · 教室1',
      ]);
    });

    it('marks a session booked for today', async () => {
      const { query } = answers(
        page([enrolment(1, 'in_progress', null)]),
        [],
        page([slot(1, '2026-11-29T06:00:00.000Z', 'booked', 'scheduled')]),
      );
      const data = await widgets.learning?.load({ unitId: 1, locale: 'zh-CN', today, query });
      expect(data?.figures.map((f) => f.value)).toEqual([1, 0, 0]);
      expect(data?.list?.items).toEqual([
        { title: '面授课1', path: '/training/learn/101', meta: '今天 14:00 · 教室1', tone: 'warning' },
      ]);
    });

    it('still shows a learner with everything done, and leaves out an account that never learned anything', async () => {
      const done = answers(page([enrolment(6, 'completed', null)]), [certificate(6, false)], page([]));
      const data = await widgets.learning?.load({ unitId: 1, locale: 'zh-CN', today, query: done.query });
      expect(data?.figures.map((f) => f.value)).toEqual([0, 1, 1]);
      expect(data?.list).toEqual({
        label: '待办的课程和面授课',
        items: [],
        empty: '没有待办的课程和面授课',
      });
      const never = answers(page([]), [], page([]));
      expect(await widgets.learning?.load({ unitId: 1, locale: 'zh-CN', today, query: never.query })).toBeNull();
      // A certificate alone, or a session ahead alone, is learning of theirs.
      const certified = answers(page([]), [certificate(9, false)], page([]));
      expect(
        await widgets.learning?.load({ unitId: 1, locale: 'zh-CN', today, query: certified.query }),
      ).not.toBeNull();
    });

    it('passes the service’s refusal on', async () => {
      const refused = new Error('UNAUTHORIZED');
      await expect(
        widgets.learning?.load({ unitId: 1, locale: 'zh-CN', today, query: () => Promise.reject(refused) }),
      ).rejects.toBe(refused);
    });
  });
});
