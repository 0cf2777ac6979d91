// Hours that can be trusted, on both databases: the database itself refuses to delete an hour entry, to change what
// it records (who, what, when, how long), to take its decision anywhere but pending -> approved | declined,
// declined -> appealed (once, with the appeal's instant) -> approved | declined, and to change or delete a step of its
// trail. Each refusal is set beside the step that is allowed, so a trigger that refused everything would fail too.
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addActivity, addHourEntry, addVolunteer } from './support/volunteers';

describe.each(await testProviders())('hour entries are append-only on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
  });
  afterAll(() => env?.drop());

  async function entry(status: 'pending' | 'approved' | 'declined' = 'pending') {
    const unitId = env.seed.townships.chengguan!.id;
    const activity = await addActivity(env, unitId);
    const volunteer = await addVolunteer(env, unitId);
    return addHourEntry(env, activity.id, volunteer.id, { status });
  }
  const run = (sql: string) => env.db.$executeRawUnsafe(sql);
  const rowOf = (id: number) => env.db.hourEntry.findUniqueOrThrow({ where: { id } });

  it('refuses to delete an entry through SQL, and through the client', async () => {
    const { id } = await entry();
    await expect(run(`DELETE FROM "HourEntry" WHERE "id" = ${id}`)).rejects.toThrow(/never deleted/);
    await expect(env.db.hourEntry.delete({ where: { id } })).rejects.toThrow();
    await expect(env.db.hourEntry.deleteMany({ where: { id } })).rejects.toThrow();
    expect(await env.db.hourEntry.count({ where: { id } })).toBe(1);
  });

  it('refuses to change what an entry records, and lets its decision move', async () => {
    const { id } = await entry();
    await expect(run(`UPDATE "HourEntry" SET "minutes" = 999 WHERE "id" = ${id}`)).rejects.toThrow(
      /only its decision may change/,
    );
    await expect(run(`UPDATE "HourEntry" SET "servedOn" = '2026-03-15' WHERE "id" = ${id}`)).rejects.toThrow();
    await expect(run(`UPDATE "HourEntry" SET "volunteerId" = "volunteerId" + 1 WHERE "id" = ${id}`)).rejects.toThrow();
    expect(await rowOf(id)).toMatchObject({ minutes: 180, servedOn: '2026-03-14' });
    // The decision may move (and the reason beside it).
    expect(await run(`UPDATE "HourEntry" SET "status" = 'declined', "reason" = '未到岗' WHERE "id" = ${id}`)).toBe(1);
    expect(await rowOf(id)).toMatchObject({ status: 'declined', reason: '未到岗', minutes: 180 });
  });

  it('refuses an approved entry going back to pending or to declined', async () => {
    const { id } = await entry('approved');
    await expect(run(`UPDATE "HourEntry" SET "status" = 'pending' WHERE "id" = ${id}`)).rejects.toThrow(
      /decision refused/,
    );
    await expect(run(`UPDATE "HourEntry" SET "status" = 'declined' WHERE "id" = ${id}`)).rejects.toThrow(
      /decision refused/,
    );
    expect((await rowOf(id)).status).toBe('approved');
    // pending -> approved is the step allowed.
    const pending = await entry();
    expect(await run(`UPDATE "HourEntry" SET "status" = 'approved' WHERE "id" = ${pending.id}`)).toBe(1);
  });

  it('takes one appeal, with its instant in the same update, and refuses a second', async () => {
    const { id } = await entry('declined');
    // Appealed without its instant: refused.
    await expect(run(`UPDATE "HourEntry" SET "status" = 'appealed' WHERE "id" = ${id}`)).rejects.toThrow(
      /decision refused/,
    );
    await env.db.hourEntry.update({
      where: { id },
      data: { status: 'appealed', appealedAt: new Date('2026-03-20T02:00:00Z'), appeal: '我全程在岗' },
    });
    // The appeal as written stays.
    await expect(env.db.hourEntry.update({ where: { id }, data: { appeal: '改过的申诉' } })).rejects.toThrow();
    await expect(env.db.hourEntry.update({ where: { id }, data: { appealedAt: null } })).rejects.toThrow();
    // Declined on appeal is final: a second appeal is refused, even with a new instant.
    await env.db.hourEntry.update({ where: { id }, data: { status: 'declined', reason: '复核后仍不予认定' } });
    await expect(
      env.db.hourEntry.update({
        where: { id },
        data: { status: 'appealed', appealedAt: new Date('2026-03-25T02:00:00Z'), appeal: '再次申诉' },
      }),
    ).rejects.toThrow();
    await expect(run(`UPDATE "HourEntry" SET "status" = 'appealed' WHERE "id" = ${id}`)).rejects.toThrow(
      /decision refused/,
    );
    expect(await rowOf(id)).toMatchObject({ status: 'declined', appeal: '我全程在岗', reason: '复核后仍不予认定' });
  });

  it("keeps the decisions' trail append-only", async () => {
    const { id } = await entry();
    const decision = await env.db.hourDecision.create({
      data: { hourEntryId: id, action: 'declined', reason: '未签退' },
    });
    await expect(run(`UPDATE "HourDecision" SET "reason" = '改写' WHERE "id" = ${decision.id}`)).rejects.toThrow(
      /append-only/,
    );
    await expect(run(`DELETE FROM "HourDecision" WHERE "id" = ${decision.id}`)).rejects.toThrow(/append-only/);
    expect(await env.db.hourDecision.findUniqueOrThrow({ where: { id: decision.id } })).toMatchObject({
      reason: '未签退',
    });
    // A further step is a new row.
    await env.db.hourDecision.create({ data: { hourEntryId: id, action: 'appealed', reason: '有签到记录' } });
    expect(await env.db.hourDecision.count({ where: { hourEntryId: id } })).toBe(2);
  });
});
