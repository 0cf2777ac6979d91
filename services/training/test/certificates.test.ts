// Training certificates on both databases: a learner's own (issued when their course completes); the list either side
// of its learners reads (the learners' units' admins, the courses' trainers), by number, name, course or revocation;
// revoking one (training.manage at the course's unit, with a reason: kept in the audit entry; once); and the public
// verification on the portal: valid, revoked, unknown and malformed alike, the holder's name masked, nothing else of
// them, served by the gateway without a session.
import type { PublicPageDeps, SystemOperations } from '@strata/api';
import { testProviders } from '@strata/db/testing';
import { buildServer, loadConfig } from '@strata/gateway';
import { maskName } from '@strata/personal-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, shanghai, type TestEnv } from '../../../tests/support/env';
import { addAccount, uniqueName } from '../../../tests/support/factories';
import { trainingVerifyPages } from '../src/certificates/verify-pages';
import { addCertificate, learnerWithCaller } from './support/learning';
import { addCourse, addEnrolment, addLearner } from './support/training';

const missing = 999_999;

describe.each(await testProviders())('training certificates on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    env.setNow(shanghai('2026-05-01T10:00:00'));
  });
  afterAll(() => env?.drop());

  const township = () => env.seed.townships.chengguan!;
  const branch = (i = 0) => township().branches[i]!;
  const donghu = () => env.seed.townships.donghu!;
  const refusal = async (call: Promise<unknown>) => {
    const error = (await call.then(
      () => null,
      (e: unknown) => e,
    )) as { code?: string; message?: string } | null;
    expect(error, 'the call must be refused').not.toBeNull();
    return { code: error?.code, message: error?.message };
  };
  async function staff(role: string, unitId: number) {
    const account = await addAccount(env, { unitId, grants: [{ role, unitId }] });
    return { account, caller: await env.as(account.username) };
  }
  /** A completed enrolment of `learner` in a new course of `unitId`, and its certificate. */
  async function certified(unitId: number, learner: Parameters<typeof addEnrolment>[2], revoked = false) {
    const course = await addCourse(env, unitId, { lessons: 1, title: uniqueName('结业课') });
    const enrolment = await addEnrolment(env, course, learner);
    return { course, enrolment, certificate: await addCertificate(env, course, enrolment, { revoked }) };
  }

  it('gives a learner their own certificates, the one their last lesson earned included', async () => {
    const { learner, own } = await learnerWithCaller(env, branch(0).id);
    const course = await addCourse(env, township().id, { lessons: 1 });
    await addEnrolment(env, course, learner);
    const { certificateNumber } = await own.training.learning.completeLesson({ lessonId: course.lessons[0]!.id });
    const older = await certified(donghu().id, learner, true);
    const theirs = await certified(township().id, await addLearner(env, branch(0).id));
    const mine = await own.training.certificates.mine({});
    expect(mine.map((c) => c.number).sort()).toEqual([certificateNumber, older.certificate.number].sort());
    expect(mine.find((c) => c.number === certificateNumber)).toMatchObject({
      courseId: course.course.id,
      courseTitle: course.course.title,
      courseUnitName: township().name,
      revoked: false,
    });
    expect(mine.find((c) => c.number === older.certificate.number)?.revoked).toBe(true);
    expect(mine.map((c) => c.id)).not.toContain(theirs.certificate.id);
  });

  it('lists certificates for either side of their learners, by number, name, course and revocation', async () => {
    const ours = await addLearner(env, branch(1).id);
    const theirs = await addLearner(env, donghu().id);
    const a = await certified(township().id, ours);
    // Our learner in a course 东湖街道 runs, and 东湖街道's learner in ours.
    const b = await certified(donghu().id, ours, true);
    const c = await certified(township().id, theirs);
    const d = await certified(donghu().id, theirs);
    const officer = await staff('training_officer', township().id);
    const trainer = await staff('trainer', township().id);
    const ids = async (caller: typeof officer.caller, filter: object = {}) =>
      (await caller.training.certificates.list({ pageSize: 200, ...filter })).items.map((r) => r.id);

    // The officer: their people's certificates, whoever runs the course.
    expect(await ids(officer.caller)).toEqual(expect.arrayContaining([a.certificate.id, b.certificate.id]));
    expect(await ids(officer.caller)).not.toContain(c.certificate.id);
    // The trainer: their courses' learners, whatever their unit.
    expect(await ids(trainer.caller)).toEqual(expect.arrayContaining([a.certificate.id, c.certificate.id]));
    expect(await ids(trainer.caller)).not.toContain(b.certificate.id);
    for (const caller of [officer.caller, trainer.caller]) expect(await ids(caller)).not.toContain(d.certificate.id);

    expect(await ids(officer.caller, { q: b.certificate.number.toLowerCase() })).toEqual([b.certificate.id]);
    expect(await ids(trainer.caller, { q: theirs.displayName })).toEqual([c.certificate.id]);
    expect(await ids(trainer.caller, { courseId: c.course.course.id })).toEqual([c.certificate.id]);
    expect(await ids(officer.caller, { revoked: true, q: ours.displayName })).toEqual([b.certificate.id]);
    expect(await ids(officer.caller, { revoked: false, q: ours.displayName })).toEqual([a.certificate.id]);
    expect(await ids(officer.caller, { unitId: branch(1).id, q: ours.displayName })).toEqual([
      b.certificate.id,
      a.certificate.id,
    ]);
    const row = (await officer.caller.training.certificates.list({ q: a.certificate.number })).items[0];
    expect(row).toEqual({
      id: a.certificate.id,
      number: a.certificate.number,
      learnerName: ours.displayName,
      courseTitle: a.course.course.title,
      unitName: branch(1).name,
      courseId: a.course.course.id,
      courseUnitId: township().id,
      courseUnitName: township().name,
      issuedAt: a.certificate.issuedAt.toISOString(),
      revokedAt: null,
    });
    expect(await refusal(officer.caller.training.certificates.list({ unitId: donghu().id }))).toEqual(
      await refusal(officer.caller.training.certificates.list({ unitId: missing })),
    );
    await expect((await env.as('editor')).training.certificates.list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('revokes a certificate of a course the unit runs, with its reason, once', async () => {
    const learner = await addLearner(env, donghu().id);
    const { certificate, course } = await certified(township().id, learner);
    const trainer = await staff('trainer', township().id);
    await expect(
      trainer.caller.training.certificates.revoke({ id: certificate.id, reason: ' ' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    // The learner's unit's admin does not run the course: as if there were none.
    const donghuAdmin = await env.as('donghu');
    expect(await refusal(donghuAdmin.training.certificates.revoke({ id: certificate.id, reason: '成绩有误' }))).toEqual(
      await refusal(donghuAdmin.training.certificates.revoke({ id: missing, reason: '成绩有误' })),
    );
    // An officer holds no training.manage at all.
    const officer = await staff('training_officer', donghu().id);
    await expect(
      officer.caller.training.certificates.revoke({ id: certificate.id, reason: '成绩有误' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(
      (await env.db.trainingCertificate.findUniqueOrThrow({ where: { id: certificate.id } })).revokedAt,
    ).toBeNull();

    const revoked = await trainer.caller.training.certificates.revoke({ id: certificate.id, reason: '成绩有误' });
    expect(revoked).toEqual({ id: certificate.id, revokedAt: shanghai('2026-05-01T10:00:00').toISOString() });
    const entry = await env.db.auditLog.findFirstOrThrow({
      where: { action: 'trainingCertificate.revoke', entityId: String(certificate.id) },
    });
    expect(entry).toMatchObject({ unitId: township().id, actorId: trainer.account.id });
    expect(JSON.parse(entry.after ?? 'null')).toMatchObject({ reason: '成绩有误' });
    expect(entry.entityLabel).toContain(course.course.title);
    await expect(
      trainer.caller.training.certificates.revoke({ id: certificate.id, reason: '再次' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'training.trainingCertificateRevoked',
    });
  });

  describe('the public verification', () => {
    const pages = () =>
      Object.fromEntries(
        trainingVerifyPages({
          db: env.db,
          system: {} as SystemOperations,
          now: () => new Date('2026-05-01T00:00:00Z'),
          siteNav: [],
          siteFrame: async () => null,
        } satisfies PublicPageDeps).map((p) => [p.path, p]),
      );
    const get = (path: string, params: Record<string, string> = {}, query: Record<string, string> = {}) =>
      pages()[path]!.render({ params, query, origin: 'http://localhost', form: {}, address: '127.0.0.1' });

    it('verifies a number: valid, revoked, unknown and malformed alike, the holder’s name masked', async () => {
      const learner = await addLearner(env, branch(0).id);
      await env.db.user.update({ where: { id: learner.id }, data: { displayName: '李学文' } });
      const { certificate, course } = await certified(township().id, { ...learner, displayName: '李学文' });
      const valid = await get('/site/verify/training/:number', { number: ` ${certificate.number.toLowerCase()} ` });
      expect(valid.status).toBe(200);
      expect(valid.body).toContain('该证书真实有效');
      expect(valid.body).toContain(maskName('李学文'));
      expect(valid.body).not.toContain('李学文');
      expect(valid.body).not.toContain(learner.username);
      expect(valid.body).toContain(course.course.title);
      expect(valid.body).toContain(township().name);
      expect(valid.body).toContain(certificate.number);
      expect((await get('/site/verify/training', {}, { number: certificate.number })).body).toBe(valid.body);

      await env.db.trainingCertificate.update({ where: { id: certificate.id }, data: { revokedAt: new Date() } });
      const revoked = await get('/site/verify/training/:number', { number: certificate.number });
      expect(revoked.status).toBe(200);
      expect(revoked.body).toContain('该证书已作废');
      const unknown = await get('/site/verify/training/:number', { number: 'TC-ABCDEFGHJKMN' });
      expect(unknown.status).toBe(404);
      expect(unknown.body).toContain('未找到该编号的培训结业证书');
      // A volunteers' number, or something that cannot be a number, answers the same.
      expect(await get('/site/verify/training/:number', { number: 'VC-ABCDEFGHJKMN' })).toEqual(unknown);
      expect(await get('/site/verify/training/:number', { number: '<script>1' })).toEqual(unknown);
      const form = await get('/site/verify/training');
      expect(form.status).toBe(200);
      expect(form.body).toContain('name="number"');
      expect(form.body).toContain('action="/site/verify/training"');
    });

    it('is served by the gateway, without a session', async () => {
      const app = await buildServer(loadConfig({ DATABASE_URL: env.url, LOG_LEVEL: 'silent' }), env.db);
      try {
        const { certificate } = await certified(township().id, await addLearner(env, branch(0).id));
        const res = await app.inject({ url: `/site/verify/training/${certificate.number}` });
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toContain('text/html');
        expect(res.body).toContain('该证书真实有效');
        const unknown = await app.inject({ url: '/site/verify/training/TC-ABCDEFGHJKMN' });
        expect(unknown.statusCode).toBe(404);
        expect((await app.inject({ url: '/site/verify/training/0' })).body).toBe(unknown.body);
        expect((await app.inject({ url: '/site/verify/training' })).statusCode).toBe(200);
      } finally {
        await app.close();
      }
    });
  });
});
