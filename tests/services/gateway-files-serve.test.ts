// GET /files/... over HTTP: who may read a file (public when a live article, a public document or a lesson of a
// public course's current version uses it, else a session whose scope covers its unit, or, for a lesson's file,
// an enrolment in its version or a trainer's grant at the course's unit; anyone else meets the same 404 as a
// missing id), and how it is served (ETag and 304, ranges and 416, the headers that keep its bytes inert). Public
// means now, by the gateway's clock: a draft's, a scheduled article's before its time, an ended or binned one's
// files are not public.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { testProviders } from '@strata/db/testing';
import { docxBytes, jpegBytes, mp4Bytes, pdfBytes } from '@strata/files/testing';
import { demoPassword } from '@strata/gateway';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addCourse, addEnrolment, addLearner, type CourseBundle } from '../../services/training/test/support/training';
import { createTestEnv, type TestEnv } from '../support/env';
import { addAccount, addArticle } from '../support/factories';
import { type FilesServer, filesServer, upload } from '../support/file-uploads';
import { type SessionHeaders, signInByInject } from '../support/http-session';

describe.each(await testProviders())('serving files over HTTP on %s', (provider) => {
  let env: TestEnv;
  let server: FilesServer;
  let chengguan: SessionHeaders;
  let donghu: SessionHeaders;
  let photo: { id: number; url: string; previewUrl: string; size: number };
  let bytes: Buffer;
  const branch = () => env.seed.townships.chengguan!.branches[0]!;
  const get = (url: string, headers: Record<string, string> = {}) => server.app.inject({ method: 'GET', url, headers });
  const now = new Date('2026-12-01T08:00:00Z');

  const uploaded = async (name: string, content: Uint8Array) => {
    const res = await upload(server.app, chengguan, branch().id, name, content);
    expect(res.statusCode).toBe(201);
    return res.json().file as { id: number; url: string; previewUrl: string; size: number };
  };
  /** An article of the file's unit that uses the file in its body, in the given state. */
  const usedBy = async (fileId: number, data: Record<string, unknown>) => {
    const article = await env.db.article.update({
      where: { id: (await addArticle(env, branch().id, 'published')).id },
      data,
    });
    await env.db.articleFile.create({ data: { articleId: article.id, fileId } });
    return article;
  };

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    server = await filesServer(env);
    chengguan = await signInByInject(server.app, 'chengguan', demoPassword);
    donghu = await signInByInject(server.app, 'donghu', demoPassword);
    bytes = await jpegBytes(1000, 750);
    photo = await uploaded('会场全景.jpg', bytes);
  });
  beforeEach(() => server.setNow(now));
  afterAll(async () => {
    await server?.app.close();
    await env?.drop();
  });

  it('serves a private file to its unit, with headers that keep it inert', async () => {
    const res = await get(photo.url, { cookie: chengguan.cookie });
    expect(res.statusCode).toBe(200);
    expect(Buffer.compare(res.rawPayload, bytes)).toBe(0);
    expect(res.headers).toMatchObject({
      'content-type': 'image/jpeg',
      'content-length': String(bytes.length),
      'cache-control': 'private, no-store',
      'accept-ranges': 'bytes',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "sandbox; default-src 'none'",
      'content-disposition': `inline; filename="____.jpg"; filename*=UTF-8''${encodeURIComponent('会场全景.jpg')}`,
    });
    const file = await env.db.file.findUniqueOrThrow({ where: { id: photo.id } });
    expect(res.headers.etag).toBe(`"${file.sha256}"`);
  });

  it('answers an anonymous or foreign reader of a private file exactly as a missing id', async () => {
    const absent = await get('/files/999999/x.jpg');
    expect(absent.statusCode).toBe(404);
    for (const headers of [{}, { cookie: donghu.cookie }] as Record<string, string>[]) {
      const res = await get(photo.url, headers);
      expect([res.statusCode, res.json(), res.headers['cache-control']]).toEqual([
        404,
        absent.json(),
        absent.headers['cache-control'],
      ]);
    }
    for (const url of ['/files/abc/x', '/files/0/x', '/files/99999999999/x', `/files/${photo.id}`])
      expect((await get(url)).statusCode).toBe(404);
  });

  it('takes the id, not the name, and serves the preview as WebP without the camera position', async () => {
    expect((await get(`/files/${photo.id}/anything.png`, { cookie: chengguan.cookie })).statusCode).toBe(200);
    const preview = await get(photo.previewUrl, { cookie: chengguan.cookie });
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['content-type']).toBe('image/webp');
    const meta = await sharp(preview.rawPayload).metadata();
    expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(['webp', 800, 600, undefined]);
    expect((await sharp(bytes).metadata()).exif).toBeDefined();
  });

  it('answers a matching If-None-Match with 304', async () => {
    const { etag } = (await get(photo.url, { cookie: chengguan.cookie })).headers;
    const res = await get(photo.url, { cookie: chengguan.cookie, 'if-none-match': `W/"x", ${etag}` });
    expect([res.statusCode, res.rawPayload.length, res.headers.etag]).toEqual([304, 0, etag]);
    expect((await get(photo.url, { cookie: chengguan.cookie, 'if-none-match': '"other"' })).statusCode).toBe(200);
    // Only to a reader who may see it: a foreign session's validator does not confirm the file.
    expect((await get(photo.url, { cookie: donghu.cookie, 'if-none-match': etag as string })).statusCode).toBe(404);
  });

  it.each([
    ['bytes=0-9', 0, 9],
    ['bytes=100-', 100, -1],
    ['bytes=-500', -500, -1],
    ['bytes=10-99999999', 10, -1],
  ])('serves the range %s with 206 and Content-Range', async (range, from, to) => {
    const start = from < 0 ? bytes.length + from : from;
    const end = to < 0 ? bytes.length - 1 : to;
    const res = await get(photo.url, { cookie: chengguan.cookie, range });
    expect(res.statusCode).toBe(206);
    expect(res.headers['content-range']).toBe(`bytes ${start}-${end}/${bytes.length}`);
    expect(res.headers['content-length']).toBe(String(end - start + 1));
    expect(Buffer.compare(res.rawPayload, bytes.subarray(start, end + 1))).toBe(0);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await server.app.inject({ method: 'HEAD', url: photo.url, headers: { cookie: chengguan.cookie } });
    expect([res.statusCode, res.headers['content-length'], res.rawPayload.length]).toEqual([
      200,
      String(bytes.length),
      0,
    ]);
  });

  it('answers a range past the end with 416, and an If-Range for another version with the whole file', async () => {
    const past = await get(photo.url, { cookie: chengguan.cookie, range: `bytes=${bytes.length}-` });
    expect([past.statusCode, past.headers['content-range']]).toEqual([416, `bytes */${bytes.length}`]);
    const stale = await get(photo.url, { cookie: chengguan.cookie, range: 'bytes=0-9', 'if-range': '"old"' });
    expect([stale.statusCode, stale.rawPayload.length]).toEqual([200, bytes.length]);
  });

  it('makes a file public while a published article in its window uses it, by the clock at read time', async () => {
    const file = await uploaded('窗口.jpg', await jpegBytes(320, 240));
    const article = await usedBy(file.id, {
      status: 'draft',
      publishedAt: null,
      publishAt: new Date('2026-12-02T00:00:00Z'),
      unpublishAt: new Date('2026-12-10T00:00:00Z'),
    });
    const anonymous = () => get(file.url).then((r) => r.statusCode);
    expect(await anonymous()).toBe(404); // a draft's
    await env.db.article.update({ where: { id: article.id }, data: { status: 'published', publishedAt: now } });
    expect(await anonymous()).toBe(404); // scheduled, not yet
    server.setNow(new Date('2026-12-02T00:00:00Z'));
    const live = await get(file.url);
    expect([live.statusCode, live.headers['cache-control']]).toEqual([200, 'public, max-age=300']);
    expect((await get(file.previewUrl)).statusCode).toBe(200);
    server.setNow(new Date('2026-12-10T00:00:00Z'));
    expect(await anonymous()).toBe(404); // ended
    server.setNow(new Date('2026-12-05T00:00:00Z'));
    await env.db.article.update({ where: { id: article.id }, data: { deletedAt: now } });
    expect(await anonymous()).toBe(404); // in the recycle bin
    await env.db.article.update({ where: { id: article.id }, data: { deletedAt: null, status: 'archived' } });
    expect(await anonymous()).toBe(404); // withdrawn
  });

  it('makes a published article’s cover public, and the current version of a public document', async () => {
    const cover = await uploaded('封面.jpg', await jpegBytes(300, 200));
    const article = await addArticle(env, branch().id, 'published');
    expect((await get(cover.url)).statusCode).toBe(404);
    await env.db.article.update({ where: { id: article.id }, data: { coverFileId: cover.id } });
    expect((await get(cover.url)).statusCode).toBe(200);

    const [v1, v2] = [await uploaded('制度 v1.pdf', pdfBytes()), await uploaded('制度 v2.docx', docxBytes())];
    const document = await env.db.document.create({
      data: { unitId: branch().id, title: '制度汇编', category: '规章制度', visibility: 'internal', version: 2 },
    });
    await env.db.documentVersion.createMany({
      data: [
        { documentId: document.id, number: 1, fileId: v1.id },
        { documentId: document.id, number: 2, fileId: v2.id },
      ],
    });
    expect((await get(v2.url)).statusCode).toBe(404); // internal
    await env.db.document.update({ where: { id: document.id }, data: { visibility: 'public' } });
    const current = await get(v2.url);
    expect(current.statusCode).toBe(200);
    expect(current.headers['content-disposition']).toMatch(/^attachment; /);
    expect((await get(v1.url)).statusCode).toBe(404); // an old version stays internal
    const pdf = await get(v1.url, { cookie: chengguan.cookie });
    expect([pdf.headers['content-type'], pdf.headers['content-disposition']]).toEqual([
      'application/pdf',
      expect.stringMatching(/^inline; /),
    ]);
  });

  it('answers bytes gone from their store with a plain 500, not half a file', async () => {
    const lost = await uploaded('丢失.pdf', Buffer.concat([pdfBytes(), Buffer.from('% lost')]));
    const row = await env.db.file.findUniqueOrThrow({ where: { id: lost.id }, include: { blob: true } });
    await env.db.blobChunk.deleteMany({ where: { sha256: row.sha256 } });
    await rm(join(server.dir, row.sha256.slice(0, 2), row.sha256.slice(2, 4), row.sha256), { force: true });
    const res = await get(lost.url, { cookie: chengguan.cookie });
    expect([res.statusCode, res.headers['content-type'], res.json().error.code]).toEqual([
      500,
      'application/json; charset=utf-8',
      'internal',
    ]);
    expect(res.headers.etag).toBeUndefined();
  });

  it('lets a reader of a unit above read it (the grant covers the subtree)', async () => {
    const admin = await signInByInject(server.app, 'admin', demoPassword);
    expect((await get(photo.url, { cookie: admin.cookie })).statusCode).toBe(200);
    const member = await signInByInject(server.app, 'member', demoPassword);
    expect((await get(photo.url, { cookie: member.cookie })).statusCode).toBe(200);
  });

  describe('a lesson’s file', () => {
    /** A course of the branch whose first lesson plays a fresh video, and the video. */
    const courseWithVideo = async (opts: Parameters<typeof addCourse>[2] = {}) => {
      const video = await uploaded('第一课.mp4', mp4Bytes(20_000 + Math.floor(Math.random() * 10_000)));
      const bundle = await addCourse(env, branch().id, opts);
      await env.db.lesson.update({
        where: { id: bundle.lessons[0]!.id },
        data: { kind: 'video', fileId: video.id },
      });
      return { bundle, video };
    };
    const status = async (url: string, cookie?: string) => (await get(url, cookie ? { cookie } : {})).statusCode;
    /** An account at home in a Donghu branch: no grant over the course's unit, content.read included. */
    const outsider = async (grants?: { role: string; unitId: number }[]) => {
      const unitId = env.seed.townships.donghu!.branches[0]!.id;
      const account = await addLearner(env, unitId, grants ? { grants } : {});
      return { account, session: await signInByInject(server.app, account.username, demoPassword) };
    };
    /** Makes version 2 the course's current one (its lessons without the video). */
    const publishSecondVersion = async ({ course }: CourseBundle) => {
      const v2 = await env.db.courseVersion.create({
        data: { courseId: course.id, unitId: course.unitId, number: 2, status: 'published', publishedAt: now },
      });
      await env.db.course.update({ where: { id: course.id }, data: { currentVersionId: v2.id } });
      return v2;
    };

    it('is public while a lesson of the current version of a published public course plays it', async () => {
      const { bundle, video } = await courseWithVideo({ isPublic: true });
      const open = await get(video.url);
      expect([open.statusCode, open.headers['cache-control']]).toEqual([200, 'public, max-age=300']);
      const ranged = await get(video.url, { range: 'bytes=0-99' });
      expect([ranged.statusCode, ranged.rawPayload.length]).toEqual([206, 100]);
      const absent = await get('/files/999999/x.mp4');
      const course = { id: bundle.course.id };
      // Not on the portal: the same 404 as a missing id, for each reason.
      await env.db.course.update({ where: course, data: { isPublic: false } });
      const hidden = await get(video.url);
      expect([hidden.statusCode, hidden.json()]).toEqual([404, absent.json()]);
      await env.db.course.update({ where: course, data: { isPublic: true, status: 'archived' } });
      expect(await status(video.url)).toBe(404);
      await env.db.course.update({ where: course, data: { status: 'draft' } });
      expect(await status(video.url)).toBe(404);
      await env.db.course.update({ where: course, data: { status: 'published' } });
      expect(await status(video.url)).toBe(200);
      // A new version without the video: the old version's lessons are no longer on the portal.
      await publishSecondVersion(bundle);
      expect(await status(video.url)).toBe(404);
    });

    it('is read by a learner enrolled in its version, not withdrawn; not by one of another version or none', async () => {
      const { bundle, video } = await courseWithVideo();
      const { account, session } = await outsider();
      expect(await status(video.url, session.cookie)).toBe(404);
      const enrolment = await addEnrolment(env, bundle, account);
      const read = await get(video.url, { cookie: session.cookie });
      expect([read.statusCode, read.headers['cache-control']]).toEqual([200, 'private, no-store']);
      expect(await status(video.url)).toBe(404); // not public: a private course
      await env.db.enrolment.update({ where: { id: enrolment.id }, data: { status: 'withdrawn' } });
      expect(await status(video.url, session.cookie)).toBe(404);
      await env.db.enrolment.update({ where: { id: enrolment.id }, data: { status: 'completed' } });
      expect(await status(video.url, session.cookie)).toBe(200);

      // Enrolled in version 2, whose lessons do not use the video.
      const other = await outsider();
      const v2 = await publishSecondVersion(bundle);
      await addEnrolment(env, { ...bundle, course: { ...bundle.course, currentVersionId: v2.id } }, other.account);
      expect(await status(video.url, other.session.cookie)).toBe(404);
      // The first learner keeps their version's video.
      expect(await status(video.url, session.cookie)).toBe(200);
    });

    it('is read by a trainer of the course’s unit, not by one elsewhere nor by a training officer', async () => {
      const { video } = await courseWithVideo();
      const courseUnit = branch().id;
      const trainer = await addAccount(env, {
        unitId: courseUnit,
        grants: [{ role: 'trainer', unitId: courseUnit }],
      });
      const here = await signInByInject(server.app, trainer.username, demoPassword);
      expect(await status(video.url, here.cookie)).toBe(200);
      const donghu = env.seed.townships.donghu!.branches[0]!.id;
      const elsewhere = await outsider([{ role: 'trainer', unitId: donghu }]);
      expect(await status(video.url, elsewhere.session.cookie)).toBe(404);
      // Training permissions that are not a trainer's: reading people's training, assigning courses.
      const officer = await outsider([{ role: 'training_officer', unitId: courseUnit }]);
      expect(await status(video.url, officer.session.cookie)).toBe(404);
    });

    it('gives a trainer nothing of a file no lesson uses', async () => {
      const file = await uploaded('无课.pdf', Buffer.concat([pdfBytes(), Buffer.from('% no lesson')]));
      const trainer = await outsider([{ role: 'trainer', unitId: branch().id }]);
      expect(await status(file.url, trainer.session.cookie)).toBe(404);
    });
  });
});
