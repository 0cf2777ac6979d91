// The learning corner on the portal, through the gateway's HTTP and without a session, on both databases: a unit's site
// lists its own published courses marked public (never a draft, an archived or non-public course, nor another unit's),
// shows a course's current version with its modules and lessons, and each lesson as its kind says (the text's
// sanitised HTML, a document to download, a video to play from /files, a link). A lesson of a retired version or of a
// draft, and any course not shown, answer exactly as a page that does not exist.
import { testProviders } from '@strata/db/testing';
import { buildServer, loadConfig } from '@strata/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addFileRow, addUnit, uniqueName } from '../../../tests/support/factories';
import { addCourse } from './support/training';

describe.each(await testProviders())('the learning corner on %s', (provider) => {
  let env: TestEnv;
  let admin: Caller;
  let app: Awaited<ReturnType<typeof buildServer>>;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    admin = await env.as('chengguan');
    app = await buildServer(loadConfig({ DATABASE_URL: env.url, LOG_LEVEL: 'silent' }), env.db);
  });
  afterAll(async () => {
    await app?.close();
    await env?.drop();
  });

  const chengguan = () => env.seed.townships.chengguan!;
  const get = (url: string) => app.inject({ url });
  /** The site's code of a unit (townships by pinyin, branches `<township>-<n>`). */
  const codeOf = async (unitId: number) =>
    (await env.db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { siteCode: true } })).siteCode!;

  it("lists a site's own published public courses, without a session", async () => {
    const township = chengguan();
    const shown = await addCourse(env, township.id, { title: uniqueName('公开课'), isPublic: true, lessons: 2 });
    const draft = await addCourse(env, township.id, { title: uniqueName('草稿课'), isPublic: true, status: 'draft' });
    const closed = await addCourse(env, township.id, { title: uniqueName('内部课'), isPublic: false });
    const archived = await addCourse(env, township.id, {
      title: uniqueName('归档课'),
      isPublic: true,
      status: 'archived',
    });
    const branchCourse = await addCourse(env, township.branches[0]!.id, {
      title: uniqueName('支部课'),
      isPublic: true,
    });
    const res = await get('/site/chengguan/learning');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['content-security-policy']).toContain("media-src 'self'");
    expect(res.body).toContain('学习园地');
    expect(res.body).toContain(shown.course.title);
    expect(res.body).toContain(`href="/site/chengguan/learning/${shown.course.id}"`);
    expect(res.body).toContain('共 2 课时');
    for (const hidden of [draft, closed, archived, branchCourse]) expect(res.body).not.toContain(hidden.course.title);
    const branchSite = await get(`/site/${await codeOf(township.branches[0]!.id)}/learning`);
    expect(branchSite.body).toContain(branchCourse.course.title);
    expect(branchSite.body).not.toContain(shown.course.title);
    // Every site's navigation leads here.
    expect((await get('/site/chengguan/')).body).toContain('href="/site/chengguan/learning"');
    expect((await get('/site/no-such-site/learning')).statusCode).toBe(404);
    expect((await get('/site/chengguan/learning?page=abc')).statusCode).toBe(400);
    expect((await get('/site/chengguan/learning?page=99')).statusCode).toBe(404);
  });

  it("shows a public course's current version; anything else answers as a missing page", async () => {
    const township = chengguan();
    const shown = await addCourse(env, township.id, { title: uniqueName('公开课'), isPublic: true, lessons: 3 });
    await env.db.courseModule.update({ where: { id: shown.module.id }, data: { title: '基础知识' } });
    const res = await get(`/site/chengguan/learning/${shown.course.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(shown.course.title);
    expect(res.body).toContain('基础知识');
    for (const lesson of shown.lessons) {
      expect(res.body).toContain(lesson.title);
      expect(res.body).toContain(`href="/site/chengguan/learning/${shown.course.id}/${lesson.id}"`);
    }
    const missing = await get('/site/chengguan/learning/999999');
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('页面不存在');
    const draft = await addCourse(env, township.id, { isPublic: true, status: 'draft' });
    const closed = await addCourse(env, township.id, { isPublic: false });
    const archived = await addCourse(env, township.id, { isPublic: true, status: 'archived' });
    const elsewhere = await addCourse(env, township.branches[1]!.id, { isPublic: true });
    for (const hidden of [draft, closed, archived, elsewhere]) {
      const answer = await get(`/site/chengguan/learning/${hidden.course.id}`);
      expect(answer.statusCode).toBe(404);
      expect(answer.body).toBe(missing.body);
      const lesson = await get(`/site/chengguan/learning/${hidden.course.id}/${hidden.lessons[0]!.id}`);
      expect(lesson.statusCode).toBe(404);
      expect(lesson.body).toBe(missing.body);
    }
    for (const bad of ['abc', '0', '-1', '1e3', '99999999999'])
      expect((await get(`/site/chengguan/learning/${bad}`)).body).toBe(missing.body);
    // Archiving takes it off at once.
    await admin.training.courses.archive({ id: shown.course.id });
    expect((await get(`/site/chengguan/learning/${shown.course.id}`)).statusCode).toBe(404);
  });

  it('shows each kind of lesson; a new version replaces the lessons shown', async () => {
    const unit = await addUnit(env, chengguan(), { kind: 'group' });
    await env.db.unit.update({ where: { id: unit.id }, data: { siteCode: `learn-${unit.id}` } });
    const site = `/site/learn-${unit.id}/learning`;
    const { id: courseId } = await admin.training.courses.create({
      unitId: unit.id,
      title: uniqueName('安全生产'),
      summary: '从业人员必修',
      category: 'safety',
      audience: 'subtree',
      isPublic: true,
      required: true,
    });
    const { draftVersionId } = await admin.training.courses.get({ id: courseId });
    const moduleId = (await admin.training.courses.outline({ versionId: draftVersionId! })).modules[0]!.id;
    const document = await addFileRow(env, unit.id, 'document');
    const video = await addFileRow(env, unit.id, 'video');
    const lesson = (fields: Omit<Parameters<Caller['training']['courses']['addLesson']>[0], 'moduleId'>) =>
      admin.training.courses.addLesson({ moduleId, ...fields });
    const text = await lesson({
      kind: 'text',
      title: '安全守则',
      body: '<h2>守则</h2><p onclick="x()">不得<script>alert(1)</script>违规</p>',
      minutes: 10,
    });
    const file = await lesson({
      kind: 'file',
      title: '操作手册',
      fileId: document.id,
      body: '<p>下载后阅读第三章</p>',
    });
    const played = await lesson({ kind: 'video', title: '演示视频', fileId: video.id, minutes: 20 });
    const link = await lesson({ kind: 'link', title: '延伸阅读', url: 'https://www.example.org/safety?a=1&b=2' });
    // Not public before it is published.
    expect((await get(`${site}/${courseId}/${text.id}`)).statusCode).toBe(404);
    await admin.training.courses.publish({ versionId: draftVersionId! });

    const course = await get(`${site}/${courseId}`);
    expect(course.statusCode).toBe(200);
    expect(course.body).toContain('从业人员必修');
    expect(course.body).toContain('共 4 课时');
    expect(course.body).toContain('约 30 分钟');

    const textPage = await get(`${site}/${courseId}/${text.id}`);
    expect(textPage.statusCode).toBe(200);
    expect(textPage.body).toContain('<div class="body"><h2>守则</h2><p>不得违规</p></div>');
    expect(textPage.body).not.toContain('alert(1)');
    expect(textPage.body).not.toContain('onclick');
    expect(textPage.body).toContain(`href="${site}/${courseId}/${file.id}" rel="next"`);

    const filePage = await get(`${site}/${courseId}/${file.id}`);
    const fileHref = `/files/${document.id}/${encodeURIComponent(document.name)}`;
    expect(filePage.body).toContain(`<a href="${fileHref}" download>下载文档：${document.name}</a>`);
    expect(filePage.body).toContain('下载后阅读第三章');
    expect(filePage.body).toContain(`href="${site}/${courseId}/${text.id}" rel="prev"`);

    const videoPage = await get(`${site}/${courseId}/${played.id}`);
    const videoSrc = `/files/${video.id}/${encodeURIComponent(video.name)}`;
    expect(videoPage.body).toContain(`<video controls preload="metadata" src="${videoSrc}">`);

    const linkPage = await get(`${site}/${courseId}/${link.id}`);
    expect(linkPage.body).toContain(
      'href="https://www.example.org/safety?a=1&amp;b=2" rel="external noopener noreferrer"',
    );

    // A lesson of another course is not this course's.
    const other = await addCourse(env, unit.id, { isPublic: true });
    expect((await get(`${site}/${courseId}/${other.lessons[0]!.id}`)).statusCode).toBe(404);

    // A new draft is not shown; once published, it replaces the lessons shown (the old ones answer as missing).
    const { id: nextId } = await admin.training.courses.startDraft({ courseId });
    const next = await admin.training.courses.outline({ versionId: nextId });
    const copyOfText = next.modules[0]!.lessons[0]!;
    expect((await get(`${site}/${courseId}/${copyOfText.id}`)).statusCode).toBe(404);
    await admin.training.courses.updateLesson({
      id: copyOfText.id,
      kind: 'text',
      title: '安全守则（修订）',
      body: '<p>新版守则</p>',
      minutes: 10,
    });
    await admin.training.courses.publish({ versionId: nextId });
    const revised = await get(`${site}/${courseId}/${copyOfText.id}`);
    expect(revised.statusCode).toBe(200);
    expect(revised.body).toContain('新版守则');
    const retired = await get(`${site}/${courseId}/${text.id}`);
    expect(retired.statusCode).toBe(404);
    expect(retired.body).toBe((await get(`${site}/999999`)).body);
  });
});
