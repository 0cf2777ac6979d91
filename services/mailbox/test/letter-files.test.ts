// A public letter's attachments, over HTTP on both databases: the form posted as multipart without any script, the
// files checked from their bytes (count, size, type) with the typed values kept, nothing stored without a solved
// challenge, the files kept with the letter and read by those who hold the letter now (its township, the branch it
// is assigned to until it hands it back) and by nobody else (another township, a content editor of the same unit:
// the same 404 as a missing file), and `letters.get` listing them.

import { testProviders } from '@strata/db/testing';
import { docxBytes, elfBytes, jpegBytes, pdfBytes } from '@strata/files/testing';
import { demoPassword } from '@strata/gateway';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../tests/support/env';
import { uniqueName } from '../../../tests/support/factories';
import { type FilesServer, filesServer, multipart, type Part } from '../../../tests/support/file-uploads';
import { signInByInject } from '../../../tests/support/http-session';

describe.each(await testProviders())('a letter with attachments on %s', (provider) => {
  let env: TestEnv;
  let server: FilesServer;
  let address = 0;
  const mib = 1024 * 1024;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    server = await filesServer(env, { MAILBOX_CHALLENGE_COMPLEXITY: '2000' });
  });
  afterAll(async () => {
    await server?.app.close();
    await env?.drop();
  });

  async function solved() {
    const challenge = (await server.app.inject({ url: '/site/chengguan/mailbox/challenge' })).json();
    const solution = await solveChallenge({ challenge, deriveKey });
    return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
  }

  const typed = {
    kind: 'complaint',
    title: '小区门口积水严重',
    body: '幸福路小区门口下雨就积水，附上照片。',
    name: '孙八',
  };
  /** A multipart body posted from an address of its own. */
  const send = (url: string, parts: Part[]) => {
    const body = multipart(parts);
    return server.app.inject({
      method: 'POST',
      url,
      payload: body.payload,
      headers: { 'content-type': body.contentType },
      remoteAddress: `10.88.0.${++address}`,
    });
  };
  /** The form as a browser posts it: typed fields, the files, then the widget's solution. */
  const post = (files: { filename: string; bytes: Uint8Array }[], altcha: string, phone = '13812340000') =>
    send('/site/chengguan/mailbox', [
      ...Object.entries({ ...typed, phone }).map(([name, value]) => ({ name, value })),
      ...files.map((f) => ({ name: 'files', ...f })),
      { name: 'altcha', value: altcha },
    ]);
  const stored = async () => ({
    letters: await env.db.letter.count(),
    files: await env.db.file.count(),
    blobs: await env.db.blob.count(),
    links: await env.db.letterFile.count(),
  });

  it('takes files through the form with no script, and refuses too many, too large or a disguised type', async () => {
    const form = await server.app.inject({ url: '/site/chengguan/mailbox' });
    expect(form.body).toContain('enctype="multipart/form-data"');
    expect(form.body).toContain('<input type="file" id="files" name="files" multiple');
    const before = await stored();
    const pdf = { filename: '说明.pdf', bytes: pdfBytes() };

    const many = await post([pdf, pdf, pdf, pdf, pdf], await solved());
    expect(many.statusCode).toBe(400);
    expect(many.body).toContain('id="files-error"');
    expect(many.body).toContain('最多附上 3 个文件');
    // What was typed comes back; the files must be chosen again, and the form says so.
    expect(many.body).toContain('value="小区门口积水严重"');
    expect(many.body).toContain('幸福路小区门口下雨就积水');
    expect(many.body).toContain('请重新选择');

    const large = await post([{ filename: '大图.jpg', bytes: Buffer.alloc(mib + 1, 0xff) }], await solved());
    expect(large.statusCode).toBe(400);
    expect(large.body).toContain('“大图.jpg”超过 1 MB');

    // A program named as a picture is what its bytes say; so is a picture type the letter does not take (none here).
    const disguised = await post([pdf, { filename: '照片.jpg', bytes: elfBytes() }], await solved());
    expect(disguised.statusCode).toBe(400);
    expect(disguised.body).toContain('“照片.jpg”不能作为附件');
    expect(await stored()).toEqual(before);
    expect(server.filesOnDisk()).toEqual([]);
  });

  it('refuses a form past its hard limits before any page runs', async () => {
    const parts: Part[] = Array.from({ length: 40 }, (_, i) => ({ name: `f${i}`, value: 'x' }));
    expect((await send('/site/chengguan/mailbox', parts)).statusCode).toBe(413);
    // A page that takes no files refuses multipart outright; url-encoded forms still work everywhere.
    const follow = await send('/site/chengguan/mailbox/follow', [{ name: 'code', value: 'ABCD' }]);
    expect(follow.statusCode).toBe(415);
  });

  it('stores nothing when the challenge fails', async () => {
    const before = await stored();
    const res = await post([{ filename: '照片.jpg', bytes: await jpegBytes(400, 300) }], 'not-a-solution');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('人机验证未通过');
    expect(res.body).toContain('请重新选择');
    expect(await stored()).toEqual(before);
    expect(server.filesOnDisk()).toEqual([]);
  });

  it('keeps the files with the letter, for those who hold it now and nobody else', async () => {
    const photo = await jpegBytes(400, 300);
    const sent = await post(
      [
        { filename: '积水.jpg', bytes: photo },
        { filename: '情况说明.docx', bytes: await docxBytes() },
      ],
      await solved(),
    );
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain('<p class="code">');
    const letter = await env.db.letter.findFirstOrThrow({ orderBy: { id: 'desc' } });
    const township = await env.as('chengguan');
    const got = await township.mailbox.letters.get({ id: letter.id });
    expect(got.files.map((f) => [f.name, f.type])).toEqual([
      ['积水.jpg', 'image/jpeg'],
      ['情况说明.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ]);
    expect(got.files[0]!.size).toBe(photo.length);
    const url = got.files[0]!.url;

    const read = async (username: string) =>
      server.app.inject({
        url,
        headers: { cookie: (await signInByInject(server.app, username, demoPassword)).cookie },
      });
    const missing = (await read('donghu')).body;
    const byTownship = await read('chengguan');
    expect(byTownship.statusCode).toBe(200);
    expect(Buffer.compare(byTownship.rawPayload, photo)).toBe(0);
    expect(byTownship.headers['cache-control']).toBe('private, no-store');
    // Another township, a content editor of the receiving unit, no session: exactly a missing file's answer.
    const missingId = await server.app.inject({
      url: '/files/999999/x.jpg',
      headers: { cookie: (await signInByInject(server.app, 'donghu', demoPassword)).cookie },
    });
    for (const res of [await read('donghu'), await read('editor'), await server.app.inject({ url })]) {
      expect(res.statusCode).toBe(404);
      expect(res.body).toBe(missingId.body);
    }
    expect(missing).toBe(missingId.body);

    // Nor is a letter's file one of the content team's files: not in the receiving unit's library, not found by id,
    // not usable in an article, though the township may write content there.
    const fileId = Number(/\/files\/(\d+)\//.exec(url)?.[1]);
    const library = await township.content.files.list({ pageSize: 100 });
    expect(library.items.map((f) => f.id)).not.toContain(fileId);
    await expect(township.content.files.get({ id: fileId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(township.content.files.remove({ id: fileId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const column = await env.db.column.findFirstOrThrow({ where: { unitId: env.seed.townships.chengguan!.id } });
    await expect(
      township.content.articles.create({
        columnId: column.id,
        title: uniqueName('封面'),
        body: '<p>正文</p>',
        coverFileId: fileId,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });

    // Assigned down, the branch holding it reads its files; handed back up, the branch no longer does.
    const branch = env.seed.townships.chengguan!.branches[0]!;
    await township.mailbox.letters.accept({ id: letter.id });
    await township.mailbox.letters.assign({ id: letter.id, unitId: branch.id });
    expect((await read('secretary')).statusCode).toBe(200);
    const secretary = await env.as('secretary');
    expect((await secretary.mailbox.letters.get({ id: letter.id })).files).toHaveLength(2);
    await secretary.mailbox.letters.return({ id: letter.id, reason: '不属于本支部职责' });
    expect((await read('secretary')).statusCode).toBe(404);
    expect((await read('chengguan')).statusCode).toBe(200);

    // The holder of the query code never sees them, nor does the public letters page.
    const code = /<p class="code">([0-9A-Z-]+)<\/p>/.exec(sent.body)?.[1] ?? '';
    const followed = await server.app.inject({
      method: 'POST',
      url: '/site/chengguan/mailbox/follow',
      payload: new URLSearchParams({ code }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      remoteAddress: `10.88.1.${++address}`,
    });
    expect(followed.statusCode).toBe(200);
    expect(followed.body).not.toContain('/files/');
    expect(followed.body).not.toContain('积水.jpg');
  });

  it('still takes a letter without files, posted url-encoded', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/site/chengguan/mailbox',
      payload: new URLSearchParams({ ...typed, phone: '13812349999', altcha: await solved() }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      remoteAddress: `10.88.2.${++address}`,
    });
    expect(res.statusCode).toBe(200);
    const letter = await env.db.letter.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect((await (await env.as('chengguan')).mailbox.letters.get({ id: letter.id })).files).toEqual([]);
  });
});
