// Capacity under a crowd, on both databases: 50 volunteers (each signed in with their own account and profile) sign up
// for an activity with 5 places at the same moment. Exactly 5 are confirmed and 45 waitlisted at positions 1..45, no
// gap, no repeat, and no place is left. On PostgreSQL the calls run on separate connections at once (the test sees
// transactions waiting on the activity's lock while the crowd signs up). A confirmed withdrawal gives its place to the
// first on the waitlist, and the others move up one.
import type { Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addAccount, addUnit } from '../../../tests/support/factories';
import { addActivity, addVolunteer } from './support/volunteers';

const when = '2026-03-10T10:00:00';

/** Samples, every few milliseconds while `work` runs, how many of the database's sessions wait on a lock. */
async function lockWaitsDuring<T>(url: string, work: () => Promise<T>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let most = 0;
  let running = true;
  const sampling = (async () => {
    while (running) {
      const { rows } = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      most = Math.max(most, Number(rows[0]?.n ?? 0));
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  })();
  try {
    return { result: await work(), most: () => most };
  } finally {
    running = false;
    await sampling;
    await client.end();
  }
}

describe.each(await testProviders())('places under a crowd on %s', (provider) => {
  let env: TestEnv;
  let branch: Unit;
  let crowd: { caller: Caller; volunteerId: number }[];

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    branch = await addUnit(env, env.seed.townships.chengguan!, { kind: 'branch' });
    crowd = [];
    for (let i = 0; i < 50; i++) {
      const account = await addAccount(env, { unitId: branch.id });
      const volunteer = await addVolunteer(env, branch.id, { accountId: account.id });
      crowd.push({ caller: await env.as(account.username), volunteerId: volunteer.id });
    }
  });
  afterAll(() => env?.drop());

  it('confirms exactly the places left and waitlists the rest at positions 1..45, all at once', async () => {
    const activity = await addActivity(env, branch.id, { capacity: 5 });
    const signUpAll = () =>
      env.at(when, () =>
        Promise.all(crowd.map(({ caller }) => caller.volunteers.signups.signUp({ activityId: activity.id }))),
      );
    const answers =
      provider === 'postgresql'
        ? await (async () => {
            const { result, most } = await lockWaitsDuring(env.url, signUpAll);
            // Concurrent for real: some sign-ups waited for another's lock on the activity.
            expect(most()).toBeGreaterThan(0);
            return result;
          })()
        : await signUpAll();

    expect(answers.filter((a) => a.status === 'confirmed')).toHaveLength(5);
    expect(answers.filter((a) => a.status === 'confirmed').every((a) => a.position === null)).toBe(true);
    const positions = answers
      .filter((a) => a.status === 'waitlisted')
      .map((a) => a.position)
      .sort((x, y) => (x ?? 0) - (y ?? 0));
    expect(positions).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
    expect(await env.db.activity.findUniqueOrThrow({ where: { id: activity.id } })).toMatchObject({ placesLeft: 0 });
    expect(await env.db.activitySignup.count({ where: { activityId: activity.id, status: 'confirmed' } })).toBe(5);
    expect(await env.db.activitySignup.count({ where: { activityId: activity.id, status: 'waitlisted' } })).toBe(45);
    // Each answer is what its row says (the positions read back in queue order).
    const queue = await env.db.activitySignup.findMany({
      where: { activityId: activity.id, status: 'waitlisted' },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    const answered = new Map(answers.map((a) => [a.id, a.position]));
    expect(queue.map((row) => answered.get(row.id))).toEqual(positions);
    // One audit entry per sign-up.
    expect(
      await env.db.auditLog.count({
        where: { action: 'signup.create', unitId: branch.id, entityId: { in: answers.map((a) => String(a.id)) } },
      }),
    ).toBe(50);
  });

  it('gives a withdrawn place to the first waitlisted, and moves the queue up', async () => {
    const activity = await addActivity(env, branch.id, { capacity: 2 });
    const [a, b, c, d] = crowd;
    const order = [a!, b!, c!, d!];
    const answers = [];
    for (const v of order)
      answers.push(await env.at(when, () => v.caller.volunteers.signups.signUp({ activityId: activity.id })));
    expect(answers.map((x) => [x.status, x.position])).toEqual([
      ['confirmed', null],
      ['confirmed', null],
      ['waitlisted', 1],
      ['waitlisted', 2],
    ]);
    const withdrawn = await env.at('2026-03-11T10:00:00', () =>
      b!.caller.volunteers.signups.withdraw({ activityId: activity.id }),
    );
    expect(withdrawn).toEqual({ id: answers[1]!.id, promotedId: answers[2]!.id });
    const status = async (id: number) => (await env.db.activitySignup.findUniqueOrThrow({ where: { id } })).status;
    expect([await status(answers[1]!.id), await status(answers[2]!.id), await status(answers[3]!.id)]).toEqual([
      'withdrawn',
      'confirmed',
      'waitlisted',
    ]);
    expect((await env.db.activity.findUniqueOrThrow({ where: { id: activity.id } })).placesLeft).toBe(0);
    const mine = await env.at('2026-03-11T10:00:00', () => d!.caller.volunteers.signups.mine());
    expect(mine.find((m) => m.activityId === activity.id)).toMatchObject({ status: 'waitlisted', position: 1 });

    // A waitlisted withdrawal frees nothing; a confirmed one with nobody waiting gives the place back.
    await env.at('2026-03-11T10:00:00', () => d!.caller.volunteers.signups.withdraw({ activityId: activity.id }));
    expect((await env.db.activity.findUniqueOrThrow({ where: { id: activity.id } })).placesLeft).toBe(0);
    const last = await env.at('2026-03-11T10:00:00', () =>
      a!.caller.volunteers.signups.withdraw({ activityId: activity.id }),
    );
    expect(last.promotedId).toBeNull();
    expect((await env.db.activity.findUniqueOrThrow({ where: { id: activity.id } })).placesLeft).toBe(1);
  });
});
