// POST /api/files over HTTP: an upload in the caller's scope is kept (bytes once per content, a File row, an audit
// entry without the name); one to a unit outside it answers as a missing unit; no session, no CSRF header, a
// program, an SVG, an oversized file, a bad name or a truncated image is refused with a 4xx naming the problem,
// and nothing of it is kept. On SQLite the bytes go to disk, on PostgreSQL into the database (the defaults).
import { testProviders } from '@strata/db/testing';
import {
  elfBytes,
  jpegBytes,
  machOBytes,
  mp4Bytes,
  pdfBytes,
  peBytes,
  pngBytes,
  shellScriptBytes,
  svgWithScriptBytes,
  truncated,
} from '@strata/files/testing';
import { demoPassword } from '@strata/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../support/env';
import { addAccount } from '../support/factories';
import { type FilesServer, filesServer, multipart, type Part, upload } from '../support/file-uploads';
import { type SessionHeaders, signInByInject } from '../support/http-session';
import { missing } from '../support/scope-test';

type Answer = {
  file?: { id: number; unitId: number; kind: string; name: string; mime: string; size: number } & Record<
    string,
    unknown
  >;
  error?: { code: string; message: string; field?: string };
};

describe.each(await testProviders())('uploads over HTTP on %s', (provider) => {
  let env: TestEnv;
  let server: FilesServer;
  let chengguan: SessionHeaders;
  const store = provider === 'postgresql' ? 'database' : 'disk';
  const branch = () => env.seed.townships.chengguan!.branches[0]!;
  const send = async (
    unitId: number | string,
    name: string,
    bytes: Uint8Array,
    headers: Partial<SessionHeaders> & Record<string, string> = chengguan,
  ) => {
    const res = await upload(server.app, headers, unitId, name, bytes);
    return { status: res.statusCode, body: res.json() as Answer, headers: res.headers };
  };
  /** What uploads leave behind: rows and bytes. */
  const kept = async () => ({
    files: await env.db.file.count(),
    blobs: await env.db.blob.count(),
    chunks: await env.db.blobChunk.count(),
    onDisk: server.filesOnDisk().length,
  });

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    // Small limits, so oversized uploads stay small: images 100 KiB, video 200 KiB.
    server = await filesServer(env, { FILES_MAX_IMAGE_MB: '0.1', FILES_MAX_VIDEO_MB: '0.2' });
    chengguan = await signInByInject(server.app, 'chengguan', demoPassword);
  });
  afterAll(async () => {
    await server?.app.close();
    await env?.drop();
  });

  it('keeps an image in scope: the File, its bytes and preview, an audit entry without the name', async () => {
    const bytes = await pngBytes(900, 300);
    const { status, body, headers } = await send(branch().id, '党员活动照片 2026.png', bytes);
    expect(status).toBe(201);
    expect(headers['cache-control']).toBe('no-store');
    const file = body.file!;
    expect(file).toEqual({
      id: expect.any(Number),
      unitId: branch().id,
      kind: 'image',
      name: '党员活动照片 2026.png',
      mime: 'image/png',
      size: bytes.length,
      width: 900,
      height: 300,
      url: `/files/${file.id}/${encodeURIComponent('党员活动照片 2026.png')}`,
      previewUrl: `/files/${file.id}/preview`,
      createdAt: expect.any(String),
    });
    const row = await env.db.file.findUniqueOrThrow({ where: { id: file.id }, include: { blob: true, preview: true } });
    expect(row).toMatchObject({ uploadedById: env.seed.users.chengguan, blob: { store, size: bytes.length } });
    expect(row.preview).toMatchObject({ mime: 'image/webp', store });
    const entry = await env.db.auditLog.findFirstOrThrow({
      where: { action: 'file.upload', entityId: String(file.id) },
    });
    expect(entry).toMatchObject({
      unitId: branch().id,
      actorId: env.seed.users.chengguan,
      entity: 'File',
      entityLabel: `#${file.id} image/png`,
      clientAddress: '127.0.0.1',
    });
    expect(JSON.stringify(entry)).not.toContain('党员活动照片');
  });

  it('keeps the same bytes once however often they are uploaded', async () => {
    const bytes = pdfBytes();
    const first = await send(branch().id, '通知.pdf', bytes);
    const before = await kept();
    const second = await send(env.seed.townships.chengguan!.branches[1]!.id, '通知（副本）.pdf', bytes);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.file!.id).not.toBe(first.body.file!.id);
    expect(await kept()).toEqual({ ...before, files: before.files + 1 });
    const rows = await env.db.file.findMany({ where: { id: { in: [first.body.file!.id, second.body.file!.id] } } });
    expect(new Set(rows.map((r) => r.sha256)).size).toBe(1);
  });

  it('answers a unit outside the scope exactly as a missing one, and keeps nothing', async () => {
    const before = await kept();
    const foreign = await send(env.seed.townships.donghu!.branches[0]!.id, 'a.png', await pngBytes());
    const absent = await send(missing, 'a.png', await pngBytes());
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual(absent.body);
    expect(foreign.body.error?.code).toBe('not-found');
    expect(await kept()).toEqual(before);
  });

  it('needs a session and, as every change does, the CSRF header', async () => {
    const before = await kept();
    const bytes = await pngBytes();
    const anonymous = await send(branch().id, 'a.png', bytes, { 'x-csrf-token': 'x' });
    expect([anonymous.status, anonymous.body.error?.code]).toEqual([401, 'unauthorized']);
    const { 'x-csrf-token': _csrf, ...noCsrf } = chengguan;
    const forged = await send(branch().id, 'a.png', bytes, noCsrf);
    expect([forged.status, forged.body.error?.code]).toEqual([403, 'csrf']);
    const wrongToken = await send(branch().id, 'a.png', bytes, { ...chengguan, 'x-csrf-token': 'guess' });
    expect(wrongToken.status).toBe(403);
    expect(await kept()).toEqual(before);
  });

  it('answers an account without content.write with 403 (a member reads, never uploads)', async () => {
    const member = await signInByInject(server.app, 'member', demoPassword);
    const res = await send(branch().id, 'a.png', await pngBytes(), member);
    expect([res.status, res.body.error?.code]).toEqual([403, 'forbidden']);
  });

  it.each([
    ['a Linux program named as a picture', 'photo.jpg', elfBytes, 415, 'type-not-allowed', /ELF/],
    ['a Windows program named as a document', '报告.pdf', peBytes, 415, 'type-not-allowed', /EXE/],
    ['a macOS program', 'notes.txt', machOBytes, 415, 'type-not-allowed', /MACHO/],
    ['a shell script named as text', 'readme.txt', shellScriptBytes, 415, 'type-not-allowed', /脚本/],
    ['an SVG with a script', 'logo.svg', svgWithScriptBytes, 415, 'type-not-allowed', /SVG/],
    ['an image over its limit', 'big.jpg', () => jpegBytes(1000, 750), 413, 'too-large', /图片文件不能超过 0\.1 MB/],
    ['a video over its limit', 'clip.mp4', () => mp4Bytes(300 * 1024), 413, 'too-large', /视频文件不能超过 0\.2 MB/],
    ['a name climbing out with ../', '../../etc/passwd.png', () => pngBytes(), 400, 'bad-name', /\//],
    ['a name with a backslash', '..\\a.png', () => pngBytes(), 400, 'bad-name', /\\/],
    ['a name with NUL', 'a\u0000.png', () => pngBytes(), 400, 'bad-name', /控制字符/],
    ['a truncated PNG', 'cut.png', async () => truncated(await pngBytes(300, 300)), 400, 'damaged-image', /损坏/],
    ['a truncated JPEG', 'cut.jpg', async () => truncated(await jpegBytes(200, 150)), 400, 'damaged-image', /损坏/],
    ['an empty file', 'empty.pdf', () => Buffer.alloc(0), 400, 'empty', /空/],
  ])('refuses %s with a 4xx naming the problem, and keeps nothing', async (_what, name, make, status, code, words) => {
    const before = await kept();
    const res = await send(branch().id, name, await make());
    expect([res.status, res.body.error?.code, res.body.error?.field]).toEqual([status, code, 'file']);
    expect(res.body.error?.message).toMatch(words);
    expect(await kept()).toEqual(before);
  });

  it('answers in English when asked, with the problem named', async () => {
    const res = await send(branch().id, 'photo.jpg', elfBytes(), { ...chengguan, 'x-strata-locale': 'en-US' });
    expect(res.body.error?.message).toBe('Programs and scripts (ELF) are not accepted, whatever the file is called');
  });

  it('removes a file nothing uses with content.files.remove, its bytes after the commit; refuses one in use', async () => {
    const remove = (id: number) =>
      server.app.inject({ method: 'POST', url: '/trpc/content.files.remove', payload: { id }, headers: chengguan });
    const before = await kept();
    const { body } = await send(branch().id, '临时.jpg', await jpegBytes(240, 180));
    const file = await env.db.file.findUniqueOrThrow({ where: { id: body.file!.id } });
    const column = await env.db.column.findFirstOrThrow({ where: { unitId: branch().id } });
    const article = await env.db.article.create({
      data: { unitId: branch().id, columnId: column.id, title: '用了图的文章', body: '正文', coverFileId: file.id },
    });
    const refused = await remove(file.id);
    expect([refused.statusCode, refused.json().error.data.code]).toEqual([409, 'CONFLICT']);
    expect(refused.json().error.message).toMatch(/仍在使用中（1 篇文章、0 份文档/);
    await env.db.article.delete({ where: { id: article.id } });
    expect((await remove(file.id)).statusCode).toBe(200);
    expect(await env.db.blob.count({ where: { sha256: { in: [file.sha256, file.previewSha256!] } } })).toBe(0);
    expect(await kept()).toEqual(before);
    const entry = await env.db.auditLog.findFirstOrThrow({
      where: { action: 'file.remove', entityId: String(file.id) },
    });
    expect(entry.entityLabel).toBe(`#${file.id} image/jpeg`);
  });

  describe('what an upload is for decides the permission it needs', () => {
    /** Uploads a short video with the given purpose field (none when undefined) as `headers`. */
    const sendFor = async (
      purpose: string | undefined,
      unitId: number,
      headers: Partial<SessionHeaders> & Record<string, string>,
    ) => {
      const parts: Part[] = [{ name: 'unitId', value: String(unitId) }];
      if (purpose !== undefined) parts.push({ name: 'purpose', value: purpose });
      parts.push({ name: 'file', filename: '第一课.mp4', bytes: mp4Bytes(8192 + Math.floor(Math.random() * 1000)) });
      const body = multipart(parts);
      const { 'content-type': _json, ...rest } = headers;
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/files',
        payload: body.payload,
        headers: { ...rest, 'content-type': body.contentType },
      });
      return { status: res.statusCode, body: res.json() as Answer };
    };
    /** A trainer of the branch: training.manage and training.teach there, no content.write anywhere. */
    const trainerOf = async (unitId: number) => {
      const account = await addAccount(env, { unitId, grants: [{ role: 'trainer', unitId }] });
      return signInByInject(server.app, account.username, demoPassword);
    };

    it('lets a trainer upload a lesson’s file as training (training.manage at the unit), never as content', async () => {
      const trainer = await trainerOf(branch().id);
      const before = await kept();
      const kept201 = await sendFor('training', branch().id, trainer);
      expect([kept201.status, kept201.body.file?.unitId, kept201.body.file?.kind]).toEqual([201, branch().id, 'video']);
      const entry = await env.db.auditLog.findFirstOrThrow({
        where: { action: 'file.upload', entityId: String(kept201.body.file!.id) },
      });
      expect(entry.unitId).toBe(branch().id);
      const afterKept = await kept();
      for (const purpose of [undefined, 'content']) {
        const refused = await sendFor(purpose, branch().id, trainer);
        expect([refused.status, refused.body.error?.code], String(purpose)).toEqual([403, 'forbidden']);
      }
      expect(await kept()).toEqual(afterKept);
      expect(afterKept.files).toBe(before.files + 1);
    });

    it('answers a trainer’s upload to a unit outside their training.manage exactly as a missing unit', async () => {
      const trainer = await trainerOf(env.seed.townships.chengguan!.branches[1]!.id);
      const before = await kept();
      const foreign = await sendFor('training', branch().id, trainer);
      const absent = await sendFor('training', missing, trainer);
      expect([foreign.status, foreign.body]).toEqual([404, absent.body]);
      expect(foreign.body.error?.code).toBe('not-found');
      expect(await kept()).toEqual(before);
    });

    it('keeps content uploads to content.write: an editor uploads content, and is refused as a trainer', async () => {
      const editor = await signInByInject(server.app, 'editor', demoPassword);
      expect((await sendFor('content', branch().id, editor)).status).toBe(201);
      expect((await sendFor(undefined, branch().id, editor)).status).toBe(201);
      const refused = await sendFor('training', branch().id, editor);
      expect([refused.status, refused.body.error?.code]).toEqual([403, 'forbidden']);
      // An account holding both uploads either way.
      expect((await sendFor('training', branch().id, chengguan)).status).toBe(201);
    });

    it('refuses a purpose it does not know, naming the field, in the caller’s language', async () => {
      const before = await kept();
      for (const purpose of ['', 'lessons', 'TRAINING']) {
        const res = await sendFor(purpose, branch().id, chengguan);
        expect([res.status, res.body.error?.code, res.body.error?.field], purpose).toEqual([
          400,
          'bad-purpose',
          'purpose',
        ]);
        expect(res.body.error?.message).toBe('上传用途只能是 content（内容）或 training（培训）');
      }
      const english = await sendFor('x', branch().id, { ...chengguan, 'x-strata-locale': 'en-US' });
      expect(english.body.error?.message).toBe('The upload’s purpose must be content or training');
      expect(await kept()).toEqual(before);
    });
  });

  it('leaves no temporary file behind, kept or refused', async () => {
    for (const [name, bytes] of [
      ['ok.pdf', Buffer.concat([pdfBytes(), Buffer.from('% temporary')])],
      ['big.mp4', mp4Bytes(300 * 1024)],
      ['prog.jpg', elfBytes()],
    ] as const)
      await send(branch().id, name, bytes);
    expect(server.filesOnDisk().filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a form without a file, or without a valid unit before the file', async () => {
    const noUnit = await send('one', 'a.png', await pngBytes());
    expect([noUnit.status, noUnit.body.error?.code, noUnit.body.error?.field]).toEqual([400, 'bad-unit', 'unitId']);
    const json = await server.app.inject({
      method: 'POST',
      url: '/api/files',
      payload: { unitId: 1 },
      headers: chengguan,
    });
    expect(json.statusCode).toBeGreaterThanOrEqual(400);
    expect(json.statusCode).toBeLessThan(500);
  });

  it('receives one upload at a time when so configured: a refused one frees its place, and a crowd past the waiting list is told to come back', async () => {
    const gated = await filesServer(env, { FILES_UPLOADS_AT_ONCE: '1' });
    try {
      const session = await signInByInject(gated.app, 'chengguan', demoPassword);
      const sendTo = async (name: string, bytes: Uint8Array) => {
        const res = await upload(gated.app, session, branch().id, name, bytes);
        return { status: res.statusCode, code: (res.json() as Answer).error?.code, retry: res.headers['retry-after'] };
      };
      // In turn: each answer frees the one place for the next (a leaked place would leave the next waiting for ever).
      expect(await sendTo('a.exe', peBytes())).toMatchObject({ status: 415 });
      expect(await sendTo('b.png', truncated(await pngBytes()))).toMatchObject({ status: 400 });
      expect(await sendTo('c.png', await pngBytes(40, 40))).toMatchObject({ status: 201 });
      // Twelve at once, one place and four waiting: each is kept or told "busy" with when to try again, nothing else.
      const before = await env.db.file.count();
      const crowd = await Promise.all(
        Array.from({ length: 12 }, async (_, i) => sendTo(`crowd-${i}.png`, await pngBytes(20 + i, 20))),
      );
      for (const answer of crowd) expect([201, 503]).toContain(answer.status);
      for (const busy of crowd.filter((a) => a.status === 503))
        expect(busy).toEqual({ status: 503, code: 'busy', retry: '5' });
      expect(await env.db.file.count()).toBe(before + crowd.filter((a) => a.status === 201).length);
      expect(await sendTo('after.png', await pngBytes(41, 41))).toMatchObject({ status: 201 });
    } finally {
      await gated.app.close();
    }
  });
});
