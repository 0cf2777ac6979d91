// Certificates of service hours on both databases: issued by a unit above the volunteer for the approved minutes of a
// period (every certifying unit's; none: refused), listed and found by number or name, revoked once; a volunteer reads
// their own. The public verification page shows valid / revoked / not found, with the holder's name masked and nothing
// else of them; a number that cannot be one answers exactly as an unknown one. A unit's site lists its published
// upcoming activities with a sign-up link.
import type { PublicPageDeps, SystemOperations } from '@strata/api';
import { testProviders } from '@strata/db/testing';
import { buildServer, loadConfig } from '@strata/gateway';
import { maskName } from '@strata/personal-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addAccount } from '../../../tests/support/factories';
import { volunteersPages } from '../src/portal/volunteers-pages';
import { addActivity, addHourEntry, addVolunteer } from './support/volunteers';

describe.each(await testProviders())('certificates on %s', (provider) => {
  let env: TestEnv;
  let admin: Caller;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    admin = await env.as('chengguan');
  });
  afterAll(() => env?.drop());

  /** A volunteer of a chengguan branch with approved hours at chengguan (March) and at another township (April). */
  async function served() {
    const township = env.seed.townships.chengguan!;
    const account = await addAccount(env, { unitId: township.id });
    const volunteer = await addVolunteer(env, township.branches[0]!.id, { accountId: account.id, name: '王小明' });
    const here = await addActivity(env, township.id);
    const there = await addActivity(env, env.seed.townships.donghu!.id);
    await addHourEntry(env, here.id, volunteer.id, { minutes: 120, status: 'approved', servedOn: '2026-03-14' });
    await addHourEntry(env, there.id, volunteer.id, { minutes: 90, status: 'approved', servedOn: '2026-04-02' });
    const pending = await addActivity(env, township.id);
    await addHourEntry(env, pending.id, volunteer.id, { minutes: 45, servedOn: '2026-04-20' });
    return { township, volunteer, mine: await env.as(account.username) };
  }

  it('issues for the approved minutes of the period at every unit, with a fresh number, audited', async () => {
    const { township, volunteer, mine } = await served();
    const all = await env.at('2026-05-01T10:00:00', () =>
      admin.volunteers.certificates.issue({
        unitId: township.id,
        volunteerId: volunteer.id,
        fromOn: '2026-01-01',
        toOn: '2026-12-31',
      }),
    );
    expect(all).toMatchObject({ minutes: 210, number: expect.stringMatching(/^VC-[A-HJ-NP-Z2-9]{12}$/) });
    const march = await admin.volunteers.certificates.issue({
      unitId: township.branches[0]!.id,
      volunteerId: volunteer.id,
      fromOn: '2026-03-01',
      toOn: '2026-03-31',
    });
    expect(march.minutes).toBe(120);
    expect(march.number).not.toBe(all.number);
    // No approved minutes in the period, or a period the wrong way round: refused, nothing issued.
    await expect(
      admin.volunteers.certificates.issue({
        unitId: township.id,
        volunteerId: volunteer.id,
        fromOn: '2026-04-10',
        toOn: '2026-04-30',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', key: 'volunteers.certificateNoHours' });
    await expect(
      admin.volunteers.certificates.issue({
        unitId: township.id,
        volunteerId: volunteer.id,
        fromOn: '2026-04-30',
        toOn: '2026-04-10',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', key: 'volunteers.periodInvalid' });
    // A unit whose subtree does not hold the volunteer (a sibling branch) cannot issue for them.
    await expect(
      admin.volunteers.certificates.issue({
        unitId: township.branches[1]!.id,
        volunteerId: volunteer.id,
        fromOn: '2026-01-01',
        toOn: '2026-12-31',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', key: 'volunteers.volunteerNotFound' });
    expect(await env.db.volunteerCertificate.count({ where: { volunteerId: volunteer.id } })).toBe(2);
    const audit = await env.db.auditLog.findFirstOrThrow({
      where: { action: 'certificate.issue', entityId: String(all.id) },
    });
    expect(audit).toMatchObject({ unitId: township.id });
    // Listed by number or by name; the volunteer's own list has both.
    const byNumber = await admin.volunteers.certificates.list({ unitId: township.id, q: all.number.toLowerCase() });
    expect(byNumber.items.map((c) => c.id)).toEqual([all.id]);
    const byName = await admin.volunteers.certificates.list({ unitId: township.id, q: '小明' });
    expect(byName.items.map((c) => c.id).sort()).toEqual([all.id, march.id].sort());
    expect((await mine.volunteers.certificates.mine({})).map((c) => [c.number, c.minutes, c.revoked])).toEqual(
      expect.arrayContaining([
        [all.number, 210, false],
        [march.number, 120, false],
      ]),
    );
    // Revoked once; a second time is refused.
    await admin.volunteers.certificates.revoke({ id: march.id, reason: '期间填写有误' });
    await expect(admin.volunteers.certificates.revoke({ id: march.id, reason: '再次作废' })).rejects.toMatchObject({
      key: 'volunteers.certificateRevoked',
    });
    expect(
      (await admin.volunteers.certificates.list({ unitId: township.id, q: march.number })).items[0]?.revokedAt,
    ).not.toBeNull();
  });

  describe('the public pages', () => {
    const frame = (code: string): ReturnType<PublicPageDeps['siteFrame']> =>
      Promise.resolve(
        code === 'chengguan-test'
          ? {
              unitId: env.seed.townships.chengguan!.id,
              name: '城关镇',
              code,
              home: `/site/${code}/`,
              render: ({ title, main }) => `<html><title>${title}</title><main>${main.text}</main></html>`,
            }
          : null,
      );
    const pages = () =>
      Object.fromEntries(
        volunteersPages({
          db: env.db,
          system: {} as SystemOperations,
          now: () => new Date('2026-03-01T00:00:00Z'),
          siteNav: [],
          siteFrame: frame,
        }).map((p) => [p.path, p]),
      );
    const get = (path: string, params: Record<string, string> = {}, query: Record<string, string> = {}) =>
      pages()[path]!.render({ params, query, origin: 'http://localhost', form: {}, address: '127.0.0.1' });

    it('verifies a number: valid, revoked, unknown and malformed alike', async () => {
      const { township, volunteer } = await served();
      const issued = await admin.volunteers.certificates.issue({
        unitId: township.id,
        volunteerId: volunteer.id,
        fromOn: '2026-01-01',
        toOn: '2026-06-30',
      });
      const valid = await get('/site/verify/volunteer/:number', { number: issued.number.toLowerCase() });
      expect(valid.status).toBe(200);
      expect(valid.body).toContain('该证明真实有效');
      expect(valid.body).toContain(maskName('王小明'));
      expect(valid.body).not.toContain('王小明');
      expect(valid.body).toContain('3.5 小时');
      expect(valid.body).toContain('2026-01-01 至 2026-06-30');
      expect(valid.body).toContain(township.name);
      // Nothing else of the holder: no ID number, no phone.
      expect(valid.body).not.toContain(volunteer.clear.idNumber);
      expect(valid.body).not.toContain(volunteer.clear.phone);
      // The form's GET answers the same.
      expect((await get('/site/verify/volunteer', {}, { number: issued.number })).body).toBe(valid.body);
      await admin.volunteers.certificates.revoke({ id: issued.id, reason: '重新出具' });
      const revoked = await get('/site/verify/volunteer/:number', { number: issued.number });
      expect(revoked.status).toBe(200);
      expect(revoked.body).toContain('该证明已作废');
      const unknown = await get('/site/verify/volunteer/:number', { number: 'VC-ABCDEFGHJKMN' });
      const malformed = await get('/site/verify/volunteer/:number', { number: '<script>1' });
      expect(unknown.status).toBe(404);
      expect(unknown.body).toContain('未找到');
      expect(malformed).toEqual(unknown);
      const empty = await get('/site/verify/volunteer');
      expect(empty.status).toBe(200);
      expect(empty.body).toContain('name="number"');
    });

    it("lists a site's published upcoming activities with a sign-up link", async () => {
      const unitId = env.seed.townships.chengguan!.id;
      const upcoming = await addActivity(env, unitId, { capacity: 8 });
      const draft = await addActivity(env, unitId, { status: 'draft' });
      const past = await addActivity(env, unitId, {
        startsAt: new Date('2026-02-01T01:00:00Z'),
        endsAt: new Date('2026-02-01T02:00:00Z'),
      });
      const answer = await get('/site/:code/volunteers', { code: 'chengguan-test' });
      expect(answer.status).toBe(200);
      expect(answer.body).toContain(upcoming.title);
      expect(answer.body).toContain(`/volunteers/join/${upcoming.id}`);
      expect(answer.body).toContain('剩余名额 8');
      expect(answer.body).toContain('2026/3/14 09:00');
      expect(answer.body).not.toContain(draft.title);
      expect(answer.body).not.toContain(past.title);
      expect((await get('/site/:code/volunteers', { code: 'no-such-site' })).status).toBe(404);
    });
  });

  // Served by the gateway once the registration names the pages (`publicPages: volunteersPages` in src/team.ts).
  it('serves the verification page through the gateway, without a session', async () => {
    const app = await buildServer(loadConfig({ DATABASE_URL: env.url, LOG_LEVEL: 'silent' }), env.db);
    try {
      const { township, volunteer } = await served();
      const issued = await admin.volunteers.certificates.issue({
        unitId: township.id,
        volunteerId: volunteer.id,
        fromOn: '2026-01-01',
        toOn: '2026-12-31',
      });
      const res = await app.inject({ url: `/site/verify/volunteer/${issued.number}` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body).toContain('该证明真实有效');
      expect(res.body).toContain(maskName(volunteer.name));
      const unknown = await app.inject({ url: '/site/verify/volunteer/VC-ABCDEFGHJKMN' });
      expect(unknown.statusCode).toBe(404);
      expect((await app.inject({ url: '/site/verify/volunteer/0' })).body).toBe(unknown.body);
      expect((await app.inject({ url: '/site/verify/volunteer' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
