// The working-day calendar kept by the municipality's admins, on both databases: a day entered or removed is counted
// at once by every team's calendar (workingCalendar, kept while the data is unchanged), a make-up working day on a
// weekday is a field error in either language, a year's official schedule is imported once, and each change leaves
// one audit entry.
import { workingCalendar } from '@strata/api';
import { testProviders } from '@strata/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, type TestEnv } from '../../../tests/support/env';
import { signInByInject } from '../../../tests/support/http-session';
import { testServer } from '../../../tests/support/test-server';

/** Working days in 2026 by the calendar every team reads. */
const workingDaysIn2026 = async (env: TestEnv) => {
  const calendar = await workingCalendar(env.db);
  return calendar.workingDaysBetween(calendar.startOfDay('2025-12-31'), calendar.startOfDay('2026-12-31'));
};

describe.each(await testProviders())('the working-day calendar on %s', (provider) => {
  let env: TestEnv;
  let admin: Caller;
  const entries = (action: string) =>
    env.db.auditLog.findMany({ where: { action, entity: 'CalendarDay' }, orderBy: { id: 'asc' } });

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    admin = await env.as('admin');
  });
  afterAll(() => env?.drop());

  it('counts a holiday entered on a weekday, and its removal, at once', async () => {
    const kept = await workingCalendar(env.db);
    // Kept while nothing changes (on PostgreSQL, while nothing commits anywhere on the server: other files' tests may).
    if (provider === 'sqlite') expect(await workingCalendar(env.db)).toBe(kept);
    expect(await workingDaysIn2026(env)).toBe(248);

    // Tuesday 10 March becomes a holiday.
    const day = { date: '2026-03-10', kind: 'holiday' as const, name: '临时假日' };
    await expect(admin.identity.calendar.set(day)).resolves.toEqual(day);
    const changed = await workingCalendar(env.db);
    expect(changed.kindOf('2026-03-10')).toBe('holiday');
    expect(changed.addWorkingDays('2026-03-09', 1)).toBe('2026-03-11');
    expect(await workingDaysIn2026(env)).toBe(247);
    const listed = await admin.identity.calendar.list({ year: 2026 });
    expect([listed.covered, listed.workingDays, listed.days.length]).toEqual([true, 247, 40]);
    expect(listed.days).toContainEqual(day);

    // Renamed: the same day, changed in place.
    await admin.identity.calendar.set({ ...day, name: '临时假日（改）' });
    expect(await env.db.calendarDay.count({ where: { date: day.date } })).toBe(1);

    await expect(admin.identity.calendar.remove({ date: day.date })).resolves.toEqual({
      ...day,
      name: '临时假日（改）',
    });
    expect((await workingCalendar(env.db)).kindOf('2026-03-10')).toBe('workday');
    expect(await workingDaysIn2026(env)).toBe(248);
    await expect(admin.identity.calendar.remove({ date: day.date })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // One entry per change, naming the day, at the top unit, by the admin.
    const top = await env.db.unit.findFirstOrThrow({ where: { parentId: null } });
    const shape = (e: { actorId: number | null; unitId: number; entityId: string; entityLabel: string | null }) => ({
      actorId: e.actorId,
      unitId: e.unitId,
      entityId: e.entityId,
      entityLabel: e.entityLabel,
    });
    const base = { actorId: env.seed.users.admin, unitId: top.id, entityId: '2026-03-10' };
    const set = await entries('calendar.set');
    expect(set.map(shape)).toEqual([
      { ...base, entityLabel: '2026-03-10 临时假日' },
      { ...base, entityLabel: '2026-03-10 临时假日（改）' },
    ]);
    expect(set.map((e) => [e.before, e.after])).toEqual([
      [null, '{"date":"2026-03-10","kind":"holiday","name":"临时假日"}'],
      ['{"kind":"holiday","name":"临时假日"}', '{"date":"2026-03-10","kind":"holiday","name":"临时假日（改）"}'],
    ]);
    const removed = await entries('calendar.remove');
    expect(removed.map(shape)).toEqual([{ ...base, entityLabel: '2026-03-10 临时假日（改）' }]);
    expect(removed[0]!.before).toBe('{"date":"2026-03-10","kind":"holiday","name":"临时假日（改）"}');
  });

  describe('over HTTP', () => {
    let app: FastifyInstance;
    beforeAll(async () => {
      app = await testServer(env);
    });
    afterAll(() => app?.close());

    it('refuses a make-up working day on a Tuesday, and a date that does not exist, as field errors in either language', async () => {
      const headers = await signInByInject(app, 'admin', 'Strata#2026');
      const set = (payload: object, locale: string) =>
        app.inject({
          method: 'POST',
          url: '/trpc/identity.calendar.set',
          payload,
          headers: { ...headers, 'x-strata-locale': locale },
        });
      const before = await env.db.calendarDay.count();
      const fieldErrors = async (payload: object, locale: string) => {
        const res = await set(payload, locale);
        expect(res.statusCode).toBe(400);
        return res.json().error.data.fieldErrors;
      };
      const tuesday = { date: '2026-03-10', kind: 'workday', name: '调休上班' };
      expect(await fieldErrors(tuesday, 'zh-CN')).toEqual({ date: ['调休上班日只能是周六或周日'] });
      expect(await fieldErrors(tuesday, 'en-US')).toEqual({
        date: ['A make-up working day can only be a Saturday or a Sunday'],
      });
      const notADay = { date: '2026-02-29', kind: 'holiday', name: '不存在' };
      expect(await fieldErrors(notADay, 'zh-CN')).toEqual({ date: ['请填写存在的日期，格式为 YYYY-MM-DD'] });
      expect(await fieldErrors(notADay, 'en-US')).toEqual({ date: ['Enter a date that exists, as YYYY-MM-DD'] });
      expect(await env.db.calendarDay.count()).toBe(before);
      // The same day on a Saturday is one.
      const saturday = await set({ ...tuesday, date: '2026-03-14' }, 'zh-CN');
      expect(saturday.statusCode).toBe(200);
      await admin.identity.calendar.remove({ date: '2026-03-14' });
    });
  });

  it("imports a year's official schedule into a year without entries, once", async () => {
    const english = await env.as('admin', { locale: 'en-US' });
    await expect(english.identity.calendar.importOfficial({ year: 2026 })).rejects.toMatchObject({
      code: 'CONFLICT',
      field: 'year',
      message: '2026 already has calendar days: the official schedule cannot be imported over them',
    });
    await expect(english.identity.calendar.importOfficial({ year: 2027 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      field: 'year',
      message: 'There is no official schedule for 2027 to import',
    });
    expect(await entries('calendar.importOfficial')).toEqual([]);

    const official = await env.db.calendarDay.findMany({
      where: { date: { startsWith: '2026-' } },
      orderBy: { date: 'asc' },
    });
    await env.db.calendarDay.deleteMany({ where: { date: { startsWith: '2026-' } } });
    expect(await workingDaysIn2026(env)).toBe(261); // plain weeks
    expect(await admin.identity.calendar.list({ year: 2026 })).toEqual({
      year: 2026,
      covered: false,
      workingDays: 261,
      days: [],
    });

    const imported = await admin.identity.calendar.importOfficial({ year: 2026 });
    const days = official.map(({ date, kind, name }) => ({ date, kind, name }));
    expect(imported).toEqual({ year: 2026, covered: true, workingDays: 248, days });
    expect(await workingDaysIn2026(env)).toBe(248);
    const top = await env.db.unit.findFirstOrThrow({ where: { parentId: null } });
    expect(
      (await env.db.calendarDay.findMany({ where: { date: { startsWith: '2026-' } }, orderBy: { date: 'asc' } })).map(
        ({ unitId, date, kind, name }) => ({ unitId, date, kind, name }),
      ),
    ).toEqual(days.map((day) => ({ unitId: top.id, ...day })));
    const audited = await entries('calendar.importOfficial');
    expect(audited.map((e) => [e.actorId, e.unitId, e.entityId, e.entityLabel, e.after])).toEqual([
      [env.seed.users.admin, top.id, '2026', '2026', '{"year":2026,"entries":39}'],
    ]);
    await expect(admin.identity.calendar.importOfficial({ year: 2026 })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
