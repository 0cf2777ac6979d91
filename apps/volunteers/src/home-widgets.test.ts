import { describe, expect, it } from 'vitest';
import { widgets } from './home-widgets';
import type { RouterOutputs } from './trpc';

type ServiceRecord = RouterOutputs['volunteers']['records']['mine'];
type MySignup = RouterOutputs['volunteers']['signups']['mine'][number];

const record: ServiceRecord = {
  volunteer: { id: 5, name: '林晓燕', unitName: '城关镇机关支部', joinedOn: '2025-10-25', skills: ['it'] },
  totals: { approvedMinutes: 330, pendingMinutes: 320, activities: 2 },
  byYear: [{ year: 2026, minutes: 330 }],
  byTeam: [],
  activities: [],
  awards: [],
  evaluations: [],
  certificates: [],
};

const signup = (
  activityId: number,
  startsAt: string,
  endsAt: string,
  status: MySignup['status'] = 'confirmed',
  activityStatus = 'published',
): MySignup => ({
  id: activityId * 10,
  activityId,
  title: `活动${activityId}`,
  unitName: '城关镇',
  place: `地点${activityId}`,
  startsAt,
  endsAt,
  activityStatus,
  status,
  position: status === 'waitlisted' ? 2 : null,
  createdAt: '2026-11-01T02:00:00.000Z',
});

// As signups.mine answers on 2026-11-29 at 10:00 in Shanghai (02:00 UTC): those not ended yet, soonest first, then the
// past ones, latest first.
const signups: MySignup[] = [
  // Started at 09:30 this morning, under way.
  signup(1, '2026-11-29T01:30:00.000Z', '2026-11-29T04:30:00.000Z'),
  // Tonight at 19:00 in Shanghai (11:00 UTC): today's still.
  signup(2, '2026-11-29T11:00:00.000Z', '2026-11-29T13:00:00.000Z', 'pending'),
  signup(3, '2026-11-30T16:30:00.000Z', '2026-11-30T20:00:00.000Z', 'withdrawn'),
  signup(4, '2026-12-03T01:00:00.000Z', '2026-12-03T04:00:00.000Z', 'waitlisted'),
  signup(5, '2026-12-05T01:00:00.000Z', '2026-12-05T04:00:00.000Z', 'confirmed', 'cancelled'),
  signup(6, '2026-12-06T01:00:00.000Z', '2026-12-06T04:00:00.000Z', 'declined'),
  signup(7, '2026-12-08T01:00:00.000Z', '2026-12-08T04:00:00.000Z'),
  signup(8, '2026-12-10T01:00:00.000Z', '2026-12-10T04:00:00.000Z'),
  signup(9, '2026-12-12T01:00:00.000Z', '2026-12-12T04:00:00.000Z'),
  signup(10, '2026-11-20T01:00:00.000Z', '2026-11-20T05:00:00.000Z', 'confirmed', 'closed'),
];

// A tRPC client error as the shell's query throws it: the server's code in `data`.
const clientError = (code: string, httpStatus: number, path: string) =>
  Object.assign(new Error('请先登记为志愿者'), { shape: { code: -32004 }, data: { code, httpStatus, path } });

describe('the volunteer’s own card', () => {
  it('shows this year’s approved hours and activities, and the activities signed up for, soonest first', async () => {
    const asked: unknown[] = [];
    const data = await widgets.mine?.load({
      unitId: 1,
      locale: 'zh-CN',
      today: '2026-11-29',
      query: async (path, input) => {
        asked.push([path, input]);
        return path === 'volunteers.records.mine' ? record : signups;
      },
    });
    // The caller's own, by their account: no id goes with either.
    expect(asked).toEqual([
      ['volunteers.records.mine', { year: 2026 }],
      ['volunteers.signups.mine', undefined],
    ]);
    expect(data?.figures).toEqual([
      { label: '今年已确认时长', value: 5.5, format: 'hours' },
      { label: '今年参加活动', value: 2, format: 'count' },
    ]);
    expect(data?.list?.label).toBe('报名的活动');
    // Withdrawn, declined, cancelled and past ones left out; at most five; today's marked.
    expect(data?.list?.items).toEqual([
      { title: '活动1', path: '/volunteers/join/1', meta: '11月29日 09:30 · 地点1', tone: 'warning' },
      { title: '活动2', path: '/volunteers/join/2', meta: '11月29日 19:00 · 地点2', tone: 'warning' },
      { title: '活动4', path: '/volunteers/join/4', meta: '12月3日 09:00 · 地点4' },
      { title: '活动7', path: '/volunteers/join/7', meta: '12月8日 09:00 · 地点7' },
      { title: '活动8', path: '/volunteers/join/8', meta: '12月10日 09:00 · 地点8' },
    ]);
    expect(data?.link).toEqual({ label: '查看我的志愿服务', path: '/volunteers/mine' });
  });

  it('dates by the day in Shanghai: an activity at 00:30 there is tomorrow’s, not today’s', async () => {
    const data = await widgets.mine?.load({
      unitId: 1,
      locale: 'en-US',
      today: '2026-11-29',
      query: async (path) =>
        path === 'volunteers.records.mine'
          ? record
          : [signup(3, '2026-11-29T16:30:00.000Z', '2026-11-29T18:00:00.000Z', 'confirmed')],
    });
    expect(data?.figures.map((f) => f.label)).toEqual(['Approved hours this year', 'Activities this year']);
    expect(data?.list?.items).toEqual([{ title: '活动3', path: '/volunteers/join/3', meta: 'Nov 30, 00:30 · 地点3' }]);
  });

  it('with nothing ahead shows the card with its empty sentence', async () => {
    const data = await widgets.mine?.load({
      unitId: 1,
      locale: 'zh-CN',
      today: '2026-11-29',
      query: async (path) =>
        path === 'volunteers.records.mine'
          ? { ...record, totals: { approvedMinutes: 0, pendingMinutes: 0, activities: 0 } }
          : [signups[9]],
    });
    expect(data?.figures.map((f) => f.value)).toEqual([0, 0]);
    expect(data?.list).toEqual({ label: '报名的活动', items: [], empty: '近期没有报名的活动' });
  });

  it('answers null for an account without a volunteer profile (the services’ not found)', async () => {
    const data = await widgets.mine?.load({
      unitId: 1,
      locale: 'zh-CN',
      today: '2026-11-29',
      query: (path) => Promise.reject(clientError('NOT_FOUND', 404, path)),
    });
    expect(data).toBeNull();
  });

  it('passes any other error on, for the card’s own fallback', async () => {
    const failed = clientError('INTERNAL_SERVER_ERROR', 500, 'volunteers.signups.mine');
    await expect(
      widgets.mine?.load({
        unitId: 1,
        locale: 'zh-CN',
        today: '2026-11-29',
        query: async (path) => {
          if (path === 'volunteers.records.mine') return record;
          throw failed;
        },
      }),
    ).rejects.toBe(failed);
    const down = new Error('down');
    await expect(
      widgets.mine?.load({ unitId: 1, locale: 'zh-CN', today: '2026-11-29', query: () => Promise.reject(down) }),
    ).rejects.toBe(down);
  });
});
