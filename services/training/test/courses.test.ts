// Courses on both databases, as their editors (training.manage) work on them: the catalogue (filters, sorts, paging,
// each row's versions, lessons and enrolments), a course's life (draft, published, archived and restored), its
// versions (a draft copied from the current one, one at a time; publishing retires the one before and its learners
// keep theirs; a draft nobody takes may be discarded, never a never-published course's first), and a draft's
// criteria, modules and lessons (text sanitised with the content team's allow-list, documents and videos of the
// course's unit, http(s) links), which change in a draft only, with the version's lessonCount kept right, also when
// editors work at once.
import type { Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addFileRow, addUnit, uniqueName } from '../../../tests/support/factories';
import { addLetter } from '../../mailbox/test/support/letters';
import { addCourse, addEnrolment, addLearner } from './support/training';

describe.each(await testProviders())('courses on %s', (provider) => {
  let env: TestEnv;
  let admin: Caller;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    admin = await env.as('chengguan');
  });
  afterAll(() => env?.drop());

  const chengguan = () => env.seed.townships.chengguan!;
  const branch = (i = 0) => chengguan().branches[i]!;
  const donghu = () => env.seed.townships.donghu!;
  /** A unit of its own below a chengguan branch, so lists filtered to it hold only this test's courses. */
  const freshUnit = (): Promise<Unit> => addUnit(env, branch(), { kind: 'group' });
  const fields = {
    summary: '',
    category: 'safety' as const,
    audience: 'subtree' as const,
    isPublic: false,
    required: false,
  };
  const versionRow = (id: number) => env.db.courseVersion.findUniqueOrThrow({ where: { id } });
  const lessonsOf = (versionId: number) =>
    env.db.lesson.findMany({ where: { versionId }, orderBy: [{ moduleId: 'asc' }, { position: 'asc' }] });
  const textLesson = (moduleId: number, title = uniqueName('课时')) => ({
    moduleId,
    kind: 'text' as const,
    title,
    body: `<p>${title}的内容</p>`,
    minutes: 5,
  });
  /** A published course with its draft of version 2 started by the admin. */
  async function withDraft(unitId: number, lessons = 2) {
    const bundle = await addCourse(env, unitId, { lessons });
    const { id } = await admin.training.courses.startDraft({ courseId: bundle.course.id });
    const outline = await admin.training.courses.outline({ versionId: id });
    return { ...bundle, draftId: id, draftModuleId: outline.modules[0]!.id, outline };
  }

  it('creates a draft course with version 1 and a first module, audited; a unit elsewhere is missing', async () => {
    const unit = await freshUnit();
    const title = uniqueName('消防安全');
    const { id } = await admin.training.courses.create({ unitId: unit.id, title, ...fields, summary: '人人都要会' });
    const course = await admin.training.courses.get({ id });
    expect(course).toMatchObject({
      id,
      unitId: unit.id,
      unitName: unit.name,
      title,
      summary: '人人都要会',
      category: 'safety',
      status: 'draft',
      currentVersionId: null,
      canManage: true,
      versions: [{ number: 1, status: 'draft', publishedAt: null, lessonCount: 0, enrolled: 0 }],
    });
    expect(course.draftVersionId).toBe(course.versions[0]!.id);
    const outline = await admin.training.courses.outline({ versionId: course.draftVersionId! });
    expect(outline).toMatchObject({ number: 1, editable: true, lessonsRequired: true, minScore: null });
    expect(outline.modules.map((m) => [m.position, m.title, m.lessons])).toEqual([[1, '第一单元', []]]);
    const entry = await env.db.auditLog.findFirstOrThrow({ where: { action: 'course.create', entityId: String(id) } });
    expect(entry.unitId).toBe(unit.id);
    expect(JSON.parse(entry.after ?? 'null')).toMatchObject({ title, status: 'draft', versionNumber: 1 });
    await expect(
      admin.training.courses.create({ unitId: donghu().id, title: uniqueName('课'), ...fields }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const archived = await addUnit(env, branch(), { kind: 'group', archived: true });
    await expect(
      admin.training.courses.create({ unitId: archived.id, title: uniqueName('课'), ...fields }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', field: 'unitId' });
    await expect(admin.training.courses.create({ unitId: unit.id, title: ' ', ...fields })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('lists the catalogue: filters, sorts, pages, versions, lessons and enrolments', async () => {
    const unit = await freshUnit();
    const below = await addUnit(env, unit, { kind: 'group' });
    const a = await addCourse(env, unit.id, { title: 'B 电气安全', category: 'safety', isPublic: true, lessons: 4 });
    const b = await addCourse(env, below.id, {
      title: 'A 公文写作',
      category: 'office',
      required: true,
      audience: 'unit',
    });
    const c = await addCourse(env, unit.id, { title: 'C 接待礼仪', status: 'draft', lessons: 2 });
    const d = await addCourse(env, unit.id, { title: 'D 旧课', status: 'archived' });
    await admin.training.courses.startDraft({ courseId: a.course.id });
    // Learners of two townships: the course's side counts them all.
    for (const home of [branch(1).id, donghu().branches[0]!.id])
      await addEnrolment(env, a, await addLearner(env, home));
    const list = (filter: Parameters<Caller['training']['courses']['list']>[0]) =>
      admin.training.courses.list({ unitId: unit.id, ...filter });
    const all = await list({ sort: 'title', order: 'asc' });
    expect(all.total).toBe(4);
    expect(
      all.items.map((r) => [r.title, r.unitName, r.currentVersion, r.draftVersion, r.lessonCount, r.enrolled]),
    ).toEqual([
      ['A 公文写作', below.name, 1, null, 3, 0],
      ['B 电气安全', unit.name, 1, 2, 4, 2],
      ['C 接待礼仪', unit.name, null, 1, 2, 0],
      ['D 旧课', unit.name, 1, null, 3, 0],
    ]);
    expect(all.items[1]).toMatchObject({
      category: 'safety',
      audience: 'subtree',
      isPublic: true,
      required: false,
      status: 'published',
    });
    const titles = async (filter: Parameters<typeof list>[0]) => (await list(filter)).items.map((r) => r.title).sort();
    expect(await titles({ status: 'draft' })).toEqual(['C 接待礼仪']);
    expect(await titles({ status: 'archived' })).toEqual(['D 旧课']);
    expect(await titles({ category: 'office' })).toEqual(['A 公文写作']);
    expect(await titles({ audience: 'unit' })).toEqual(['A 公文写作']);
    expect(await titles({ isPublic: true })).toEqual(['B 电气安全']);
    expect(await titles({ isPublic: false, required: false })).toEqual(['C 接待礼仪', 'D 旧课']);
    expect(await titles({ required: true })).toEqual(['A 公文写作']);
    expect(await titles({ q: '礼仪' })).toEqual(['C 接待礼仪']);
    expect(await titles({ q: '100%' })).toEqual([]);
    expect(await titles({ unitId: below.id })).toEqual(['A 公文写作']);
    const byTitleDesc = await list({ sort: 'title', order: 'desc', pageSize: 3, page: 1 });
    expect(byTitleDesc.items.map((r) => r.id)).toEqual([d.course.id, c.course.id, a.course.id]);
    expect(byTitleDesc.total).toBe(4);
    expect((await list({ sort: 'title', order: 'desc', pageSize: 3, page: 2 })).items.map((r) => r.id)).toEqual([
      b.course.id,
    ]);
    // The last changed first by default.
    await admin.training.courses.update({ id: b.course.id, title: 'A 公文写作', ...fields, category: 'office' });
    expect((await list({})).items[0]!.id).toBe(b.course.id);
    await expect(list({ unitId: donghu().id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('changes, archives and restores a course; an archived course changes no more', async () => {
    const published = await addCourse(env, branch().id);
    const id = published.course.id;
    const title = uniqueName('新名称');
    await admin.training.courses.update({
      id,
      title,
      ...fields,
      summary: '改了',
      audience: 'unit',
      isPublic: true,
      required: true,
    });
    expect(await env.db.course.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title,
      summary: '改了',
      audience: 'unit',
      isPublic: true,
      required: true,
      status: 'published',
    });
    const entry = await env.db.auditLog.findFirstOrThrow({ where: { action: 'course.update', entityId: String(id) } });
    expect(JSON.parse(entry.before ?? 'null')).toMatchObject({ title: published.course.title, isPublic: false });
    expect(JSON.parse(entry.after ?? 'null')).toMatchObject({ title, isPublic: true });
    await admin.training.courses.archive({ id });
    expect((await admin.training.courses.get({ id })).canManage).toBe(false);
    await expect(admin.training.courses.archive({ id })).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'training.courseAlreadyArchived',
    });
    await expect(admin.training.courses.update({ id, title: 'x', ...fields })).rejects.toMatchObject({
      key: 'training.courseArchived',
    });
    await expect(admin.training.courses.startDraft({ courseId: id })).rejects.toMatchObject({
      key: 'training.courseArchived',
    });
    await admin.training.courses.restore({ id });
    expect(await admin.training.courses.get({ id })).toMatchObject({ status: 'published', canManage: true });
    await expect(admin.training.courses.restore({ id })).rejects.toMatchObject({ key: 'training.courseNotArchived' });
    // A course never published comes back a draft; its draft refuses changes while it is archived.
    const draft = await addCourse(env, branch().id, { status: 'draft' });
    await admin.training.courses.archive({ id: draft.course.id });
    await expect(admin.training.courses.addLesson(textLesson(draft.module.id))).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'training.courseArchived',
    });
    await admin.training.courses.restore({ id: draft.course.id });
    expect((await env.db.course.findUniqueOrThrow({ where: { id: draft.course.id } })).status).toBe('draft');
  });

  it('starts a draft as a copy of the current version; publishing retires it and its learners keep it', async () => {
    const bundle = await addCourse(env, branch().id, { lessons: 3, minScore: 60, sessionsRequired: 1 });
    await env.db.lesson.update({
      where: { id: bundle.lessons[1]!.id },
      data: { kind: 'link', url: 'https://example.org/', body: '' },
    });
    const early = await addEnrolment(env, bundle, await addLearner(env, branch(1).id));
    const { id: draftId } = await admin.training.courses.startDraft({ courseId: bundle.course.id });
    const draft = await versionRow(draftId);
    expect(draft).toMatchObject({
      number: 2,
      status: 'draft',
      lessonsRequired: true,
      minScore: 60,
      sessionsRequired: 1,
      lessonCount: 3,
    });
    const copied = await lessonsOf(draftId);
    const original = await lessonsOf(bundle.version.id);
    const shape = (l: (typeof copied)[number]) => [l.position, l.kind, l.title, l.body, l.url, l.minutes, l.fileId];
    expect(copied.map(shape)).toEqual(original.map(shape));
    expect(copied.every((l) => l.moduleId !== bundle.module.id)).toBe(true);
    await expect(admin.training.courses.startDraft({ courseId: bundle.course.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'training.courseDraftExists',
    });
    // The published version stays as its learners took it.
    await expect(admin.training.courses.addLesson(textLesson(bundle.module.id))).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'training.courseVersionNotDraft',
    });
    await expect(
      admin.training.courses.updateLesson({
        id: bundle.lessons[0]!.id,
        kind: 'text',
        title: '改',
        body: '<p>改</p>',
        minutes: 1,
      }),
    ).rejects.toMatchObject({ key: 'training.courseVersionNotDraft' });
    await expect(
      admin.training.courses.updateCriteria({
        versionId: bundle.version.id,
        lessonsRequired: true,
        minScore: null,
        sessionsRequired: 0,
      }),
    ).rejects.toMatchObject({ key: 'training.courseVersionNotDraft' });
    await expect(admin.training.courses.renameModule({ id: bundle.module.id, title: '改' })).rejects.toMatchObject({
      key: 'training.courseVersionNotDraft',
    });
    await expect(admin.training.courses.removeLesson({ id: bundle.lessons[0]!.id })).rejects.toMatchObject({
      key: 'training.courseVersionNotDraft',
    });
    // The draft changes: a lesson more, one less, the criteria.
    const draftModule = copied[0]!.moduleId;
    await admin.training.courses.addLesson(textLesson(draftModule, '新增的一课'));
    await admin.training.courses.addLesson(textLesson(draftModule, '再加一课'));
    await admin.training.courses.removeLesson({ id: copied[0]!.id });
    await admin.training.courses.updateCriteria({
      versionId: draftId,
      lessonsRequired: true,
      minScore: null,
      sessionsRequired: 0,
    });
    expect((await versionRow(draftId)).lessonCount).toBe(4);
    expect((await lessonsOf(draftId)).map((l) => l.position)).toEqual([1, 2, 3, 4]);
    await admin.training.courses.publish({ versionId: draftId });
    expect(await versionRow(draftId)).toMatchObject({ status: 'published', lessonCount: 4, minScore: null });
    expect((await versionRow(draftId)).publishedAt).not.toBeNull();
    expect(await versionRow(bundle.version.id)).toMatchObject({ status: 'retired', lessonCount: 3 });
    expect(await env.db.course.findUniqueOrThrow({ where: { id: bundle.course.id } })).toMatchObject({
      status: 'published',
      currentVersionId: draftId,
    });
    expect((await env.db.enrolment.findUniqueOrThrow({ where: { id: early.id } })).versionId).toBe(bundle.version.id);
    const late = await addEnrolment(
      env,
      { ...bundle, course: await env.db.course.findUniqueOrThrow({ where: { id: bundle.course.id } }) },
      await addLearner(env, branch(2).id),
    );
    expect(late.versionId).toBe(draftId);
    const course = await admin.training.courses.get({ id: bundle.course.id });
    expect(course.versions.map((v) => [v.number, v.status, v.lessonCount, v.enrolled])).toEqual([
      [2, 'published', 4, 1],
      [1, 'retired', 3, 1],
    ]);
    expect(course).toMatchObject({ currentVersionId: draftId, draftVersionId: null });
    await expect(admin.training.courses.publish({ versionId: draftId })).rejects.toMatchObject({
      key: 'training.courseVersionNotDraft',
    });
    const entry = await env.db.auditLog.findFirstOrThrow({
      where: { action: 'course.publish', entityId: String(draftId) },
    });
    expect(JSON.parse(entry.before ?? 'null')).toEqual({ status: 'published', versionNumber: 1 });
    expect(JSON.parse(entry.after ?? 'null')).toEqual({ status: 'published', versionNumber: 2, lessonCount: 4 });
  });

  it('publishes a first version only with a lesson; a new course has no version to copy', async () => {
    const unit = await freshUnit();
    const { id } = await admin.training.courses.create({ unitId: unit.id, title: uniqueName('新课'), ...fields });
    const { draftVersionId, versions } = await admin.training.courses.get({ id });
    await expect(admin.training.courses.publish({ versionId: draftVersionId! })).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'training.courseVersionEmpty',
    });
    await expect(admin.training.courses.startDraft({ courseId: id })).rejects.toMatchObject({
      key: 'training.courseDraftExists',
    });
    const moduleId = (await admin.training.courses.outline({ versionId: versions[0]!.id })).modules[0]!.id;
    await admin.training.courses.addLesson(textLesson(moduleId));
    await admin.training.courses.publish({ versionId: draftVersionId! });
    expect(await admin.training.courses.get({ id })).toMatchObject({
      status: 'published',
      currentVersionId: draftVersionId,
      versions: [{ number: 1, status: 'published', lessonCount: 1 }],
    });
  });

  it('discards a later draft with its modules and lessons, never a first draft or one someone takes', async () => {
    const { course, draftId } = await withDraft(branch().id, 3);
    await admin.training.courses.addModule({ versionId: draftId, title: '第二单元' });
    await admin.training.courses.discardDraft({ versionId: draftId });
    expect(await env.db.courseVersion.findUnique({ where: { id: draftId } })).toBeNull();
    expect(await env.db.courseModule.count({ where: { versionId: draftId } })).toBe(0);
    expect(await env.db.lesson.count({ where: { versionId: draftId } })).toBe(0);
    expect((await admin.training.courses.get({ id: course.id })).draftVersionId).toBeNull();
    const entry = await env.db.auditLog.findFirstOrThrow({
      where: { action: 'course.draftDiscard', entityId: String(draftId) },
    });
    expect(JSON.parse(entry.before ?? 'null')).toEqual({ versionNumber: 2, modules: 2, lessonCount: 3 });
    // The next draft takes the next free number again.
    const again = await admin.training.courses.startDraft({ courseId: course.id });
    expect((await versionRow(again.id)).number).toBe(2);
    // A draft someone enrolled in (written straight: no procedure enrols in a draft) stays.
    const bundle = await addCourse(env, branch().id);
    const taken = await admin.training.courses.startDraft({ courseId: bundle.course.id });
    await addEnrolment(
      env,
      { ...bundle, course: { ...bundle.course, currentVersionId: taken.id } },
      await addLearner(env, branch().id),
    );
    await expect(admin.training.courses.discardDraft({ versionId: taken.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'training.courseVersionInUse',
    });
    const first = await addCourse(env, branch().id, { status: 'draft' });
    await expect(admin.training.courses.discardDraft({ versionId: first.version.id })).rejects.toMatchObject({
      key: 'training.courseFirstDraft',
    });
    await expect(admin.training.courses.discardDraft({ versionId: bundle.version.id })).rejects.toMatchObject({
      key: 'training.courseVersionNotDraft',
    });
    expect(await env.db.lesson.count({ where: { versionId: first.version.id } })).toBe(3);
  });

  it('takes criteria that ask for something, in range', async () => {
    const { draftId } = await withDraft(branch().id);
    await admin.training.courses.updateCriteria({
      versionId: draftId,
      lessonsRequired: false,
      minScore: 80,
      sessionsRequired: 2,
    });
    expect(await versionRow(draftId)).toMatchObject({ lessonsRequired: false, minScore: 80, sessionsRequired: 2 });
    await expect(
      admin.training.courses.updateCriteria({
        versionId: draftId,
        lessonsRequired: false,
        minScore: null,
        sessionsRequired: 0,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', field: 'lessonsRequired', key: 'training.courseCriteriaEmpty' });
    await expect(
      admin.training.courses.updateCriteria({
        versionId: draftId,
        lessonsRequired: true,
        minScore: 101,
        sessionsRequired: 0,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      admin.training.courses.updateCriteria({
        versionId: draftId,
        lessonsRequired: true,
        minScore: null,
        sessionsRequired: -1,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await versionRow(draftId)).toMatchObject({ lessonsRequired: false, minScore: 80, sessionsRequired: 2 });
  });

  it('adds, renames, moves and removes modules: positions 1, 2, 3...', async () => {
    const { draftId, draftModuleId } = await withDraft(branch().id);
    const second = await admin.training.courses.addModule({ versionId: draftId, title: '第二单元' });
    const third = await admin.training.courses.addModule({ versionId: draftId, title: '第三单元' });
    const order = async () =>
      (await admin.training.courses.outline({ versionId: draftId })).modules.map((m) => [m.position, m.id]);
    expect(await order()).toEqual([
      [1, draftModuleId],
      [2, second.id],
      [3, third.id],
    ]);
    await admin.training.courses.renameModule({ id: second.id, title: '实操' });
    await admin.training.courses.moveModule({ id: third.id, to: 'up' });
    await admin.training.courses.moveModule({ id: draftModuleId, to: 3 });
    expect(await order()).toEqual([
      [1, third.id],
      [2, second.id],
      [3, draftModuleId],
    ]);
    expect((await env.db.courseModule.findUniqueOrThrow({ where: { id: second.id } })).title).toBe('实操');
    await expect(admin.training.courses.moveModule({ id: third.id, to: 'up' })).rejects.toMatchObject({
      code: 'CONFLICT',
      key: 'training.courseMoveAtEdge',
    });
    await expect(admin.training.courses.moveModule({ id: draftModuleId, to: 'down' })).rejects.toMatchObject({
      key: 'training.courseMoveAtEdge',
    });
    await expect(admin.training.courses.moveModule({ id: third.id, to: 4 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      field: 'to',
      key: 'training.courseMoveOutOfRange',
    });
    // A module with lessons stays; an empty one goes and the rest close up.
    await expect(admin.training.courses.removeModule({ id: draftModuleId })).rejects.toMatchObject({
      key: 'training.courseModuleNotEmpty',
    });
    await admin.training.courses.removeModule({ id: third.id });
    expect(await order()).toEqual([
      [1, second.id],
      [2, draftModuleId],
    ]);
    await admin.training.courses.removeModule({ id: second.id });
    const last = (await env.db.courseModule.findFirstOrThrow({ where: { versionId: draftId } })).id;
    await env.db.lesson.deleteMany({ where: { moduleId: last } });
    await expect(admin.training.courses.removeModule({ id: last })).rejects.toMatchObject({
      key: 'training.courseLastModule',
    });
  });

  it('keeps each kind of lesson as it should be, with files of the course’s unit only', async () => {
    const unit = await freshUnit();
    const { draftId, draftModuleId } = await withDraft(unit.id, 1);
    const add = (lesson: Record<string, unknown>) =>
      admin.training.courses.addLesson({ moduleId: draftModuleId, title: uniqueName('课时'), ...lesson } as Parameters<
        Caller['training']['courses']['addLesson']
      >[0]);
    const row = (id: number) => env.db.lesson.findUniqueOrThrow({ where: { id } });
    // Text: sanitised with the one allow-list; a file or address sent with it is not kept.
    const text = await add({
      kind: 'text',
      body: '<p onclick="steal()">安全第一<script>alert(1)</script></p><img src="x" onerror="y">',
      fileId: 1,
      url: 'https://example.org',
      minutes: 12,
    });
    expect(await row(text.id)).toMatchObject({
      kind: 'text',
      body: '<p>安全第一</p>',
      fileId: null,
      url: '',
      minutes: 12,
    });
    await expect(add({ kind: 'text', body: '<p> </p><script>x</script>' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      field: 'body',
      key: 'training.courseLessonBodyRequired',
    });
    // A document and a video of the course's unit (or below it), each of its kind.
    const below = await addUnit(env, unit, { kind: 'group' });
    const document = await addFileRow(env, below.id, 'document');
    const video = await addFileRow(env, unit.id, 'video');
    const file = await add({ kind: 'file', fileId: document.id, body: '<p>请下载阅读</p>' });
    expect(await row(file.id)).toMatchObject({ kind: 'file', fileId: document.id, body: '<p>请下载阅读</p>' });
    const played = await add({ kind: 'video', fileId: video.id, body: '<p></p>', minutes: 30 });
    expect(await row(played.id)).toMatchObject({ kind: 'video', fileId: video.id, body: '' });
    await expect(add({ kind: 'file', fileId: video.id })).rejects.toMatchObject({
      field: 'fileId',
      key: 'training.courseLessonFileNotFound',
    });
    await expect(add({ kind: 'video', fileId: document.id })).rejects.toMatchObject({
      field: 'fileId',
      key: 'training.courseLessonVideoNotFound',
    });
    await expect(add({ kind: 'video' })).rejects.toMatchObject({
      field: 'fileId',
      key: 'training.courseLessonVideoRequired',
    });
    await expect(add({ kind: 'file' })).rejects.toMatchObject({
      field: 'fileId',
      key: 'training.courseLessonFileRequired',
    });
    // Another unit's file is not the course's, nor a file elsewhere in scope (the township above the course).
    for (const elsewhere of [
      await addFileRow(env, donghu().id, 'document'),
      await addFileRow(env, branch().id, 'document'),
    ])
      await expect(add({ kind: 'file', fileId: elsewhere.id })).rejects.toMatchObject({
        field: 'fileId',
        key: 'training.courseLessonFileNotFound',
      });
    // A letter's attachment is the letter's, never a lesson's.
    const attachment = await addFileRow(env, unit.id, 'document');
    const letter = await addLetter(env, branch().id);
    await env.db.letterFile.create({ data: { letterId: letter.id, fileId: attachment.id } });
    await expect(add({ kind: 'file', fileId: attachment.id })).rejects.toMatchObject({
      key: 'training.courseLessonFileNotFound',
    });
    // A body may show pictures of the course's unit, none of elsewhere.
    const picture = await addFileRow(env, unit.id, 'image');
    const foreign = await addFileRow(env, donghu().id, 'image');
    const pictured = await add({ kind: 'text', body: `<p><img src="/files/${picture.id}/preview" alt="现场"></p>` });
    expect((await row(pictured.id)).body).toContain(`/files/${picture.id}/preview`);
    await expect(
      add({ kind: 'text', body: `<p>看图</p><img src="/files/${foreign.id}/preview">` }),
    ).rejects.toMatchObject({ field: 'body', key: 'training.courseLessonBodyFileNotFound' });
    // Links: http or https only.
    const link = await add({ kind: 'link', url: 'https://www.12371.cn/special/', fileId: document.id });
    expect(await row(link.id)).toMatchObject({ kind: 'link', url: 'https://www.12371.cn/special/', fileId: null });
    for (const url of ['javascript:alert(1)', 'ftp://example.org/a', '/site/chengguan/', ''])
      await expect(add({ kind: 'link', url })).rejects.toMatchObject({
        field: 'url',
        key: 'training.courseLessonUrlInvalid',
      });
    await expect(add({ kind: 'text', body: '<p>x</p>', minutes: 601 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    // Changed: the kind may change, and the fields follow it.
    await admin.training.courses.updateLesson({
      id: link.id,
      kind: 'video',
      title: '改成视频',
      fileId: video.id,
      minutes: 8,
    });
    expect(await row(link.id)).toMatchObject({
      kind: 'video',
      title: '改成视频',
      fileId: video.id,
      url: '',
      minutes: 8,
    });
    // lessonCount follows: 1 copied, then text, file, video, picture and link.
    expect((await versionRow(draftId)).lessonCount).toBe(6);
    const outline = await admin.training.courses.outline({ versionId: draftId });
    expect(outline.modules[0]!.lessons.find((l) => l.id === file.id)).toMatchObject({
      kind: 'file',
      fileId: document.id,
      fileName: document.name,
      fileUrl: `/files/${document.id}/${encodeURIComponent(document.name)}`,
    });
  });

  it('moves lessons within a module and into another of the same version', async () => {
    const { draftId, draftModuleId, outline, version } = await withDraft(branch().id, 3);
    const [l1, l2, l3] = outline.modules[0]!.lessons.map((l) => l.id) as [number, number, number];
    const other = await admin.training.courses.addModule({ versionId: draftId, title: '第二单元' });
    const placed = async () =>
      (await admin.training.courses.outline({ versionId: draftId })).modules.map((m) =>
        m.lessons.map((l) => [l.position, l.id]),
      );
    await admin.training.courses.moveLesson({ id: l3, to: 'up' });
    await admin.training.courses.moveLesson({ id: l1, to: 3 });
    expect(await placed()).toEqual([
      [
        [1, l3],
        [2, l2],
        [3, l1],
      ],
      [],
    ]);
    await admin.training.courses.moveLesson({ id: l2, moduleId: other.id, to: 1 });
    await admin.training.courses.moveLesson({ id: l3, moduleId: other.id, to: 1 });
    expect(await placed()).toEqual([
      [[1, l1]],
      [
        [1, l3],
        [2, l2],
      ],
    ]);
    await admin.training.courses.moveLesson({ id: l1, moduleId: other.id, to: 2 });
    expect(await placed()).toEqual([
      [],
      [
        [1, l3],
        [2, l1],
        [3, l2],
      ],
    ]);
    expect((await versionRow(draftId)).lessonCount).toBe(3);
    await expect(admin.training.courses.moveLesson({ id: l3, to: 'up' })).rejects.toMatchObject({
      key: 'training.courseMoveAtEdge',
    });
    await expect(
      admin.training.courses.moveLesson({ id: l3, moduleId: draftModuleId, to: 'down' }),
    ).rejects.toMatchObject({
      field: 'to',
      key: 'training.courseMoveNeedsPlace',
    });
    await expect(admin.training.courses.moveLesson({ id: l3, moduleId: draftModuleId, to: 2 })).rejects.toMatchObject({
      field: 'to',
      key: 'training.courseMoveOutOfRange',
    });
    // The published version's module is another version's.
    const published = await env.db.courseModule.findFirstOrThrow({ where: { versionId: version.id } });
    await expect(admin.training.courses.moveLesson({ id: l3, moduleId: published.id, to: 1 })).rejects.toMatchObject({
      field: 'moduleId',
      key: 'training.courseMoveOtherVersion',
    });
  });

  it('runs editors one at a time per course: one draft, one publish, every lesson counted', async () => {
    const bundle = await addCourse(env, branch().id);
    const drafts = await Promise.allSettled(
      [1, 2, 3].map(() => admin.training.courses.startDraft({ courseId: bundle.course.id })),
    );
    expect(drafts.filter((d) => d.status === 'fulfilled')).toHaveLength(1);
    for (const d of drafts.filter((r): r is PromiseRejectedResult => r.status === 'rejected'))
      expect(d.reason).toMatchObject({ code: 'CONFLICT', key: 'training.courseDraftExists' });
    const [draft] = await env.db.courseVersion.findMany({ where: { courseId: bundle.course.id, status: 'draft' } });
    expect(await env.db.courseVersion.count({ where: { courseId: bundle.course.id } })).toBe(2);
    const moduleId = (await env.db.courseModule.findFirstOrThrow({ where: { versionId: draft!.id } })).id;
    await Promise.all([1, 2, 3, 4, 5].map((i) => admin.training.courses.addLesson(textLesson(moduleId, `并发${i}`))));
    expect((await lessonsOf(draft!.id)).map((l) => l.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await versionRow(draft!.id)).lessonCount).toBe(8);
    const published = await Promise.allSettled([
      admin.training.courses.publish({ versionId: draft!.id }),
      admin.training.courses.publish({ versionId: draft!.id }),
      admin.training.courses.addLesson(textLesson(moduleId, '发布时加的')),
    ]);
    // One publish wins; the other finds the version published, as does the lesson if it comes after.
    expect(published.slice(0, 2).filter((p) => p.status === 'fulfilled')).toHaveLength(1);
    for (const p of published.filter((r): r is PromiseRejectedResult => r.status === 'rejected'))
      expect(p.reason).toMatchObject({ code: 'CONFLICT', key: 'training.courseVersionNotDraft' });
    // The published version counts exactly the lessons it has, whichever came first.
    const after = await versionRow(draft!.id);
    expect(after.status).toBe('published');
    expect(after.lessonCount).toBe(await env.db.lesson.count({ where: { versionId: draft!.id } }));
    expect(await env.db.courseVersion.count({ where: { courseId: bundle.course.id, status: 'published' } })).toBe(1);
  });
});
