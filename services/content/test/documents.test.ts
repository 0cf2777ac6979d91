// The document library: versions numbered 1, 2, 3 with the old ones kept, the list narrowed by subtree, category,
// visibility and words (taken literally) and sorted three ways, the current file of a public document public and no
// other, a removed document freeing its files without removing them, and every change audited once.
import type { Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { servableFile } from '@strata/files';
import { composition } from '@strata/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addUnit } from '../../../tests/support/factories';
import { addFile } from './support/file-rows';

describe.each(await testProviders())('document library on %s', (provider) => {
  let env: TestEnv;
  let admin: Caller;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    admin = await env.as('chengguan');
  });
  afterAll(() => env?.drop());

  const branch = (i: number) => env.seed.townships.chengguan!.branches[i]!;
  /** A unit of its own below a branch, so a test's list holds only its own documents. */
  const freshUnit = (parent: Unit = branch(2)) => addUnit(env, parent);
  const file = (unitId: number, name?: string) => addFile(env, unitId, name ? { name } : {});
  const isPublic = async (fileId: number) => (await servableFile(env.db, fileId, new Date()))?.public;
  const refusal = (call: Promise<unknown>) =>
    call.then(
      () => null,
      (e: { code?: string; message?: string; field?: string }) => ({
        code: e.code,
        message: e.message,
        field: e.field,
      }),
    );

  it('numbers versions 1, 2, 3, keeps the old ones with their files, and shows the newest', async () => {
    const unit = await freshUnit();
    const [f1, f2, f3] = [await file(unit.id), await file(unit.id), await file(unit.id)];
    const created = await admin.content.documents.create({
      unitId: unit.id,
      title: '党费收缴管理制度',
      category: '规章制度',
      fileId: f1!.id,
      note: '初稿',
    });
    expect(created).toMatchObject({ version: 1, visibility: 'internal', description: '', file: { id: f1!.id } });
    expect((await admin.content.documents.addVersion({ id: created.id, fileId: f2!.id, note: '修订' })).version).toBe(
      2,
    );
    const third = await admin.content.documents.addVersion({ id: created.id, fileId: f3!.id });
    expect(third).toMatchObject({
      version: 3,
      file: { id: f3!.id, name: f3!.name, size: f3!.size, mime: 'application/pdf' },
    });
    const got = await admin.content.documents.get({ id: created.id });
    expect(got.versions.map((v) => [v.number, v.file.id, v.note, v.uploadedByName])).toEqual([
      [3, f3!.id, '', '城关镇管理员'],
      [2, f2!.id, '修订', '城关镇管理员'],
      [1, f1!.id, '初稿', '城关镇管理员'],
    ]);
    const [row] = (await admin.content.documents.list({ unitId: unit.id })).items;
    expect(row).toMatchObject({ id: created.id, version: 3, unitName: unit.name, file: { id: f3!.id } });
    expect(row!.file.url).toBe(`/files/${f3!.id}/${encodeURIComponent(f3!.name)}`);
  });

  it('takes a version’s file only from the document’s unit or below it; elsewhere it is a missing file', async () => {
    const unit = await freshUnit();
    const below = await addUnit(env, unit);
    const beside = await freshUnit();
    const base = { unitId: unit.id, title: '文件来源', category: '测试' };
    // The caller writes at all three units, but a reader of the document could not read a file beside it.
    const missing = await refusal(admin.content.documents.create({ ...base, fileId: 999_999_999 }));
    expect(missing).toMatchObject({ code: 'BAD_REQUEST', field: 'fileId' });
    for (const elsewhere of [beside, env.seed.townships.chengguan!, env.seed.townships.donghu!.branches[0]!])
      expect(await refusal(admin.content.documents.create({ ...base, fileId: (await file(elsewhere.id)).id }))).toEqual(
        missing,
      );
    const doc = await admin.content.documents.create({ ...base, fileId: (await file(below.id)).id });
    expect(
      await refusal(admin.content.documents.addVersion({ id: doc.id, fileId: (await file(beside.id)).id })),
    ).toEqual(missing);
    expect((await admin.content.documents.get({ id: doc.id })).versions).toHaveLength(1);
  });

  it('holds titles, categories, descriptions and notes to their limits, and the visibility to its two values', async () => {
    const unit = await freshUnit();
    const fileId = (await file(unit.id)).id;
    const base = { unitId: unit.id, title: '限制', category: '测试', fileId };
    for (const bad of [
      { title: '限' },
      { title: '长'.repeat(101) },
      { category: ' ' },
      { category: '类'.repeat(21) },
      { description: '说'.repeat(501) },
      { note: '注'.repeat(201) },
      { visibility: 'secret' },
    ])
      await expect(admin.content.documents.create({ ...base, ...bad } as typeof base)).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
    const doc = await admin.content.documents.create({
      ...base,
      title: ` ${'长'.repeat(100)} `,
      category: '类'.repeat(20),
      description: '说'.repeat(500),
      note: '注'.repeat(200),
    });
    expect(doc.title).toBe('长'.repeat(100));
    expect(await env.db.document.count({ where: { unitId: unit.id } })).toBe(1);
  });

  it('lists a subtree narrowed by category, visibility and words in the title or description, taken literally', async () => {
    const unit = await freshUnit();
    const child = await addUnit(env, unit);
    const create = async (unitId: number, fields: Record<string, string>) =>
      admin.content.documents.create({
        unitId,
        title: fields.title!,
        category: fields.category!,
        description: fields.description ?? '',
        visibility: (fields.visibility as 'public' | 'internal') ?? 'internal',
        fileId: (await file(unitId)).id,
      });
    const a = await create(unit.id, {
      title: '年度工作总结（14）',
      category: 'a-总结',
      visibility: 'public',
      description: '完成率 100% 的支部',
    });
    const b = await create(unit.id, {
      title: '年度工作总结（104）',
      category: 'b-制度',
      description: 'snake_case 说明',
    });
    const c = await create(child.id, { title: '支部会议记录', category: 'a-总结', description: '完成率 1000 的支部' });
    const ids = async (filter: object) =>
      (await admin.content.documents.list({ unitId: unit.id, ...filter })).items.map((d) => d.id);

    expect((await ids({})).sort()).toEqual([a.id, b.id, c.id].sort());
    expect(await ids({ unitId: child.id })).toEqual([c.id]);
    expect((await ids({ category: 'a-总结' })).sort()).toEqual([a.id, c.id].sort());
    expect(await ids({ visibility: 'public' })).toEqual([a.id]);
    expect(await ids({ visibility: 'internal', category: 'a-总结' })).toEqual([c.id]);
    // Title or description; % and _ are the characters themselves, not wildcards.
    expect(await ids({ search: '（104）' })).toEqual([b.id]);
    expect(await ids({ search: '100%' })).toEqual([a.id]);
    expect(await ids({ search: 'e_c' })).toEqual([b.id]);
    expect(await ids({ search: '_' })).toEqual([b.id]);
    expect((await ids({ search: '完成率 100' })).sort()).toEqual([a.id, c.id].sort());
    expect(await ids({ search: '不存在的词' })).toEqual([]);

    // Titles in their natural order ("（14）" before "（104）"), categories as written, the latest change first.
    const titleOrder = await ids({ sort: 'title', order: 'asc' });
    expect(titleOrder.indexOf(a.id)).toBeLessThan(titleOrder.indexOf(b.id));
    expect(await ids({ sort: 'title', order: 'desc' })).toEqual([...titleOrder].reverse());
    expect((await ids({ sort: 'category', order: 'desc' }))[0]).toBe(b.id);
    expect((await ids({ sort: 'category', order: 'asc' }))[2]).toBe(b.id);
    expect(await ids({})).toEqual([c.id, b.id, a.id]);
    await admin.content.documents.update({ id: a.id, description: '完成率 100% 的支部（修订）' });
    expect(await ids({ sort: 'updatedAt', order: 'desc' })).toEqual([a.id, c.id, b.id]);

    const first = await admin.content.documents.list({ unitId: unit.id, pageSize: 2 });
    const second = await admin.content.documents.list({ unitId: unit.id, pageSize: 2, page: 2 });
    expect([first.items.length, first.total, second.items.length, second.total]).toEqual([2, 3, 1, 3]);

    expect(await admin.content.documents.categories({ unitId: unit.id })).toEqual(['a-总结', 'b-制度']);
    expect(await admin.content.documents.categories({ unitId: child.id })).toEqual(['a-总结']);
  });

  it('makes the current file of a public document public, and neither an old version’s nor an internal one’s', async () => {
    const unit = await freshUnit();
    const [f1, f2] = [await file(unit.id), await file(unit.id)];
    const base = { unitId: unit.id, title: '公开文档', category: '公开', fileId: f1!.id };
    const doc = await admin.content.documents.create({ ...base, visibility: 'public' });
    expect(doc.visibility).toBe('public');
    expect(await isPublic(f1!.id)).toBe(true);
    await admin.content.documents.addVersion({ id: doc.id, fileId: f2!.id });
    expect([await isPublic(f1!.id), await isPublic(f2!.id)]).toEqual([false, true]);
    await admin.content.documents.update({ id: doc.id, visibility: 'internal' });
    expect(await isPublic(f2!.id)).toBe(false);
    const internal = await admin.content.documents.create({
      ...base,
      title: '内部文档',
      fileId: (await file(unit.id)).id,
    });
    expect(await isPublic(internal.file.id)).toBe(false);
  });

  it('removes a document with its versions and keeps its files, which are then free to be removed', async () => {
    const unit = await freshUnit();
    const [f1, f2] = [await file(unit.id), await file(unit.id)];
    const doc = await admin.content.documents.create({
      unitId: unit.id,
      title: '将删除',
      category: '测试',
      fileId: f1!.id,
    });
    await admin.content.documents.addVersion({ id: doc.id, fileId: f2!.id });
    // An old version holds its file too.
    await expect(admin.content.files.remove({ id: f1!.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await admin.content.documents.remove({ id: doc.id })).toEqual({ ok: true });
    expect(await env.db.document.findUnique({ where: { id: doc.id } })).toBeNull();
    expect(await env.db.documentVersion.count({ where: { documentId: doc.id } })).toBe(0);
    expect(await env.db.file.count({ where: { id: { in: [f1!.id, f2!.id] } } })).toBe(2);
    await expect(admin.content.documents.get({ id: doc.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await admin.content.files.remove({ id: f1!.id })).toEqual({ ok: true });
  });

  it('audits every change once, at the document’s unit, labelled in both languages', async () => {
    const unit = await freshUnit();
    const since = async () => (await env.db.auditLog.aggregate({ _max: { id: true } }))._max.id ?? 0;
    const entriesOf = async (call: () => Promise<unknown>) => {
      const last = await since();
      await call();
      return env.db.auditLog.findMany({ where: { id: { gt: last } } });
    };
    const f1 = await file(unit.id, '制度.pdf');
    let id = 0;
    const steps: [string, () => Promise<unknown>][] = [
      [
        'document.create',
        async () => {
          id = (
            await admin.content.documents.create({ unitId: unit.id, title: '审计', category: '测试', fileId: f1.id })
          ).id;
        },
      ],
      ['document.update', () => admin.content.documents.update({ id, title: '审计（改）', visibility: 'public' })],
      ['document.addVersion', async () => admin.content.documents.addVersion({ id, fileId: (await file(unit.id)).id })],
      ['document.remove', () => admin.content.documents.remove({ id })],
    ];
    for (const [action, call] of steps) {
      const entries = await entriesOf(call);
      expect(entries.map((e) => [e.action, e.unitId, e.entity, e.entityId, e.actorId])).toEqual([
        [action, unit.id, 'Document', String(id), env.seed.users.chengguan],
      ]);
      for (const labels of Object.values(composition.labels)) {
        expect(labels.auditAction[action], action).toBeTruthy();
        expect(labels.auditEntity.Document).toBeTruthy();
      }
      const entry = entries[0]!;
      if (action === 'document.create')
        expect(JSON.parse(entry.after!)).toMatchObject({
          title: '审计',
          fileId: f1.id,
          fileName: '制度.pdf',
          version: 1,
        });
      if (action === 'document.update') {
        expect(entry.entityLabel).toBe('审计（改）');
        expect(JSON.parse(entry.before!)).toMatchObject({ title: '审计', visibility: 'internal' });
        expect(JSON.parse(entry.after!)).toMatchObject({ title: '审计（改）', visibility: 'public' });
      }
      if (action === 'document.remove') expect(JSON.parse(entry.before!).versions).toHaveLength(2);
    }
  });

  it('lets a reader list and read the library, and only a writer change it', async () => {
    const unit = branch(0);
    const doc = await admin.content.documents.create({
      unitId: unit.id,
      title: '党员学习资料',
      category: '学习资料',
      fileId: (await file(unit.id)).id,
    });
    const member = await env.as('member');
    const listed = await member.content.documents.list({ search: '党员学习资料' });
    expect(listed.items.map((d) => [d.id, d.actions.write])).toEqual([[doc.id, false]]);
    expect((await member.content.documents.get({ id: doc.id })).actions.write).toBe(false);
    await expect(member.content.documents.update({ id: doc.id, title: '改名的资料' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const editor = await env.as('editor');
    expect((await editor.content.documents.update({ id: doc.id, category: '学习' })).category).toBe('学习');
  });
});
