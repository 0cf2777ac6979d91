// Scope cases of the working-day calendar. Everyone who reads units reads the whole calendar, with the same figures.
// Its rows belong to the top unit, where no caller of the suite holds a grant: each change is refused exactly like a
// missing id and changes nothing; the municipal admin's own call shows the allowed outcome, then puts back what it
// changed.
import { expect } from 'vitest';
import type { Caller, TestEnv } from '../../../../tests/support/env';
import { expectHidden, missing, type ScopeCase } from '../../../../tests/support/scope-test';

/** The calendar as stored, and how many audit entries there are: what a refused call must leave alone. */
async function state(env: TestEnv) {
  const days = await env.db.calendarDay.findMany({
    orderBy: { date: 'asc' },
    select: { id: true, unitId: true, date: true, kind: true, name: true },
  });
  return { days, entries: await env.db.auditLog.count() };
}

/** The calendar's content, whatever the rows' ids (a day removed and entered again is the same day). */
const content = async (env: TestEnv) => (await state(env)).days.map(({ id: _, ...day }) => day);

/** Refused as a unit that does not exist is; nothing changed. */
async function refusedAsMissing(env: TestEnv, a: Caller, call: () => Promise<unknown>) {
  const before = await state(env);
  await expectHidden(call(), a.identity.units.get({ id: missing }), ['NOT_FOUND']);
  expect(await state(env)).toEqual(before);
}

const topUnit = (env: TestEnv) => env.db.unit.findFirstOrThrow({ where: { parentId: null } });
const admin = (env: TestEnv) => env.as('admin');

export const scopeCases: Record<string, ScopeCase> = {
  'identity.calendar.list': async (t) => {
    const days = (
      await t.env.db.calendarDay.findMany({ where: { date: { startsWith: '2026-' } }, orderBy: { date: 'asc' } })
    ).map(({ date, kind, name }) => ({ date, kind, name }));
    expect(days).toHaveLength(39);
    // 2026 as the State Council announced it: 248 working days (packages/calendar counts them by hand).
    expect(await t.a.identity.calendar.list({ year: 2026 })).toEqual({
      year: 2026,
      covered: true,
      workingDays: 248,
      days,
    });
    // 2030, not entered: plain weeks. 1 January is a Tuesday: 52 weeks and one more Tuesday, 261 weekdays.
    expect(await t.a.identity.calendar.list({ year: 2030 })).toEqual({
      year: 2030,
      covered: false,
      workingDays: 261,
      days: [],
    });
  },

  'identity.calendar.set': async (t) => {
    // A new holiday on a Tuesday, and a change to an entered day: neither is the caller's to make.
    const added = { date: '2026-03-10', kind: 'holiday' as const, name: '越权假日' };
    const changed = { date: '2026-10-01', kind: 'holiday' as const, name: '越权改名' };
    await refusedAsMissing(t.env, t.a, () => t.a.identity.calendar.set(added));
    await refusedAsMissing(t.env, t.a, () => t.a.identity.calendar.set(changed));

    const before = await content(t.env);
    const top = await topUnit(t.env);
    const a = await admin(t.env);
    await expect(a.identity.calendar.set(added)).resolves.toEqual(added);
    await expect(a.identity.calendar.set(changed)).resolves.toEqual(changed);
    const after = await content(t.env);
    expect(after).toContainEqual({ unitId: top.id, ...added });
    expect(after).toContainEqual({ unitId: top.id, ...changed });
    await a.identity.calendar.remove({ date: added.date });
    await a.identity.calendar.set({ date: changed.date, kind: 'holiday', name: '国庆节' });
    expect(await content(t.env)).toEqual(before);
  },

  'identity.calendar.remove': async (t) => {
    // An entered day, and a date with none: refused alike.
    await refusedAsMissing(t.env, t.a, () => t.a.identity.calendar.remove({ date: '2026-10-01' }));
    await refusedAsMissing(t.env, t.a, () => t.a.identity.calendar.remove({ date: '2026-03-10' }));

    const before = await content(t.env);
    const a = await admin(t.env);
    const removed = { date: '2026-10-10', kind: 'workday', name: '国庆节调休上班' };
    await expect(a.identity.calendar.remove({ date: removed.date })).resolves.toEqual(removed);
    expect((await content(t.env)).map((d) => d.date)).not.toContain(removed.date);
    // What the admin removes is missing for the admin too.
    await expect(a.identity.calendar.remove({ date: removed.date })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await a.identity.calendar.set({ date: removed.date, kind: 'workday', name: removed.name });
    expect(await content(t.env)).toEqual(before);
  },

  'identity.calendar.importOfficial': async (t) => {
    // 2026, entered, and 2027, not: refused alike, before anything about the year is said.
    await refusedAsMissing(t.env, t.a, () => t.a.identity.calendar.importOfficial({ year: 2026 }));
    await refusedAsMissing(t.env, t.a, () => t.a.identity.calendar.importOfficial({ year: 2027 }));

    const before = await content(t.env);
    const a = await admin(t.env);
    // The admin: refused over a year entered, and a year with no official schedule shipped...
    await expect(a.identity.calendar.importOfficial({ year: 2026 })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(a.identity.calendar.importOfficial({ year: 2027 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await content(t.env)).toEqual(before);
    // ...and allowed for 2026 once its entries are gone, which puts them back as they were.
    await t.env.db.calendarDay.deleteMany({ where: { date: { startsWith: '2026-' } } });
    const imported = await a.identity.calendar.importOfficial({ year: 2026 });
    expect([imported.covered, imported.workingDays, imported.days.length]).toEqual([true, 248, 39]);
    expect(await content(t.env)).toEqual(before);
  },
};
