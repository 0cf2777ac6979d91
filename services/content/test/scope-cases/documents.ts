// Scope cases of the document library: in each own township the caller lists, reads and files a branch's
// documents with the right result, and a version's file must be one it could have uploaded there (a file of
// 东湖街道 answers as a missing file). 东湖街道's documents and units answer as missing ones, and a refused change
// changes nothing.
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import type { TestEnv } from '../../../../tests/support/env';
import { uniqueName } from '../../../../tests/support/factories';
import {
  eachPlace,
  expectHidden,
  idsOf,
  missing,
  type ScopeCase,
  type ScopeTest,
} from '../../../../tests/support/scope-test';
import { addFile } from '../support/file-rows';

type NewRow = { title?: string; category?: string; description?: string; visibility?: 'public' | 'internal' };

/**
 * A document of the unit written with the raw client, with `versions` versions (1 unless told), each over a file of
 * its own; the last is current.
 */
export async function addDocument(env: TestEnv, unitId: number, opts: NewRow & { versions?: number } = {}) {
  const title = opts.title ?? uniqueName('文档');
  const document = await env.db.document.create({
    data: {
      unitId,
      title,
      titleKey: title,
      category: opts.category ?? '制度文件',
      description: opts.description ?? '',
      visibility: opts.visibility ?? 'internal',
      version: opts.versions ?? 1,
    },
  });
  const files = [];
  for (let number = 1; number <= (opts.versions ?? 1); number++) {
    const file = await addFile(env, unitId);
    await env.db.documentVersion.create({
      data: { documentId: document.id, number, fileId: file.id, note: `第${number}版` },
    });
    files.push(file);
  }
  return { ...document, files };
}

const fileUrl = (file: { id: number; name: string }) => `/files/${file.id}/${encodeURIComponent(file.name)}`;

/** Every page of the caller's list (the suite's callers file more than one page across its cases). */
async function allDocuments(t: ScopeTest, unitId?: number) {
  const items: { id: number }[] = [];
  for (let page = 1; ; page++) {
    const got = await t.a.content.documents.list({ unitId, page, pageSize: 100 });
    items.push(...got.items);
    if (got.items.length < 100) return items;
  }
}

const documentsIn = async (t: ScopeTest, where: object) =>
  idsOf(await t.env.db.document.findMany({ where, select: { id: true } }));

const branchOf = (p: { branches: Unit[] }) => p.branches[0]!;

export const scopeCases: Record<string, ScopeCase> = {
  'content.documents.list': async (t) => {
    await eachPlace(
      t,
      'content.read',
      async (p) => {
        const branch = branchOf(p);
        const doc = await addDocument(t.env, branch.id, { versions: 2, category: uniqueName('类别') });
        const page = await t.a.content.documents.list({ unitId: branch.id, category: doc.category });
        expect(page.items).toEqual([
          expect.objectContaining({
            id: doc.id,
            unitId: branch.id,
            unitName: branch.name,
            title: doc.title,
            version: 2,
            file: expect.objectContaining({ id: doc.files[1]!.id, url: fileUrl(doc.files[1]!) }),
            actions: { write: t.may('content.write', branch.path) },
          }),
        ]);
        // The subtree of a unit holds what the database holds there.
        expect(idsOf(await allDocuments(t, p.township.id))).toEqual(
          await documentsIn(t, { unit: { path: { startsWith: p.township.path } } }),
        );
      },
      async (p) => {
        const doc = await addDocument(t.env, branchOf(p).id);
        await expectHidden(
          t.a.content.documents.list({ unitId: branchOf(p).id }),
          t.a.content.documents.list({ unitId: missing }),
        );
        expect((await t.a.content.documents.list({ search: doc.title })).items).toEqual([]);
      },
    );
    // The whole scope, without a unit: exactly the documents of the units the caller reads.
    expect(idsOf(await allDocuments(t))).toEqual(await documentsIn(t, { unit: t.unitsWith('content.read') }));
  },

  'content.documents.categories': (t) =>
    eachPlace(
      t,
      'content.read',
      async (p) => {
        const doc = await addDocument(t.env, branchOf(p).id, { category: uniqueName('类别') });
        expect(await t.a.content.documents.categories({ unitId: branchOf(p).id })).toContain(doc.category);
        expect(await t.a.content.documents.categories({ unitId: p.township.id })).toContain(doc.category);
        expect(await t.a.content.documents.categories({ unitId: p.branches[1]!.id })).not.toContain(doc.category);
      },
      async (p) => {
        const doc = await addDocument(t.env, branchOf(p).id, { category: uniqueName('越权类别') });
        await expectHidden(
          t.a.content.documents.categories({ unitId: branchOf(p).id }),
          t.a.content.documents.categories({ unitId: missing }),
        );
        expect(await t.a.content.documents.categories({})).not.toContain(doc.category);
      },
    ),

  'content.documents.get': (t) =>
    eachPlace(
      t,
      'content.read',
      async (p) => {
        const doc = await addDocument(t.env, branchOf(p).id, { versions: 2 });
        const got = await t.a.content.documents.get({ id: doc.id });
        expect(got).toMatchObject({ id: doc.id, title: doc.title, version: 2, file: { id: doc.files[1]!.id } });
        expect(got.versions.map((v) => [v.number, v.file.id, v.file.url])).toEqual([
          [2, doc.files[1]!.id, fileUrl(doc.files[1]!)],
          [1, doc.files[0]!.id, fileUrl(doc.files[0]!)],
        ]);
      },
      async (p) => {
        const doc = await addDocument(t.env, branchOf(p).id);
        await expectHidden(t.a.content.documents.get({ id: doc.id }), t.a.content.documents.get({ id: missing }));
      },
    ),

  'content.documents.create': (t) =>
    eachPlace(
      t,
      'content.write',
      async (p) => {
        const branch = branchOf(p);
        const file = await addFile(t.env, branch.id);
        const title = uniqueName(`${t.tag}文档`);
        const input = { unitId: branch.id, title, category: '会议记录', fileId: file.id };
        const doc = await t.a.content.documents.create(input);
        expect(doc).toMatchObject({
          unitId: branch.id,
          title,
          version: 1,
          visibility: 'internal',
          file: { id: file.id },
        });
        const me = await t.env.db.user.findUniqueOrThrow({ where: { id: t.user.id } });
        expect(doc.versions.map((v) => [v.number, v.file.id, v.uploadedByName])).toEqual([
          [1, file.id, me.displayName],
        ]);
        expect(await t.env.db.document.findUniqueOrThrow({ where: { id: doc.id } })).toMatchObject({
          unitId: branch.id,
        });
        // A file of 东湖街道 is refused exactly as a missing file, and nothing is filed.
        const foreignFile = await addFile(t.env, branchOf(t.foreign).id);
        const before = await t.env.db.document.count();
        await expectHidden(
          t.a.content.documents.create({ ...input, fileId: foreignFile.id }),
          t.a.content.documents.create({ ...input, fileId: missing }),
          ['BAD_REQUEST'],
        );
        expect(await t.env.db.document.count()).toBe(before);
      },
      async (p) => {
        const file = await addFile(t.env, branchOf(p).id);
        const input = { title: '越权文档', category: '会议记录', fileId: file.id };
        const before = await t.env.db.document.count();
        await expectHidden(
          t.a.content.documents.create({ ...input, unitId: branchOf(p).id }),
          t.a.content.documents.create({ ...input, unitId: missing }),
        );
        expect(await t.env.db.document.count()).toBe(before);
      },
    ),

  'content.documents.update': (t) =>
    eachPlace(
      t,
      'content.write',
      async (p) => {
        const doc = await addDocument(t.env, branchOf(p).id);
        const title = uniqueName(`${t.tag}改名`);
        expect(await t.a.content.documents.update({ id: doc.id, title, visibility: 'public' })).toMatchObject({
          id: doc.id,
          title,
          visibility: 'public',
        });
        expect(await t.env.db.document.findUniqueOrThrow({ where: { id: doc.id } })).toMatchObject({
          title,
          visibility: 'public',
        });
      },
      async (p) => {
        const { files: _files, ...doc } = await addDocument(t.env, branchOf(p).id);
        await expectHidden(
          t.a.content.documents.update({ id: doc.id, visibility: 'public' }),
          t.a.content.documents.update({ id: missing, visibility: 'public' }),
        );
        expect(await t.env.db.document.findUniqueOrThrow({ where: { id: doc.id } })).toEqual(doc);
      },
    ),

  'content.documents.addVersion': (t) =>
    eachPlace(
      t,
      'content.write',
      async (p) => {
        const doc = await addDocument(t.env, branchOf(p).id);
        const file = await addFile(t.env, branchOf(p).id);
        const got = await t.a.content.documents.addVersion({ id: doc.id, fileId: file.id, note: '修订' });
        expect(got).toMatchObject({ version: 2, file: { id: file.id } });
        expect(got.versions.map((v) => [v.number, v.file.id, v.note])).toEqual([
          [2, file.id, '修订'],
          [1, doc.files[0]!.id, '第1版'],
        ]);
        // A file of 东湖街道 is refused exactly as a missing file, and no version is added.
        const foreignFile = await addFile(t.env, branchOf(t.foreign).id);
        await expectHidden(
          t.a.content.documents.addVersion({ id: doc.id, fileId: foreignFile.id }),
          t.a.content.documents.addVersion({ id: doc.id, fileId: missing }),
          ['BAD_REQUEST'],
        );
        expect(await t.env.db.documentVersion.count({ where: { documentId: doc.id } })).toBe(2);
      },
      async (p) => {
        const doc = await addDocument(t.env, branchOf(p).id);
        const file = await addFile(t.env, branchOf(p).id);
        await expectHidden(
          t.a.content.documents.addVersion({ id: doc.id, fileId: file.id }),
          t.a.content.documents.addVersion({ id: missing, fileId: file.id }),
        );
        expect(await t.env.db.document.findUniqueOrThrow({ where: { id: doc.id } })).toMatchObject({ version: 1 });
        expect(await t.env.db.documentVersion.count({ where: { documentId: doc.id } })).toBe(1);
      },
    ),

  'content.documents.remove': (t) =>
    eachPlace(
      t,
      'content.write',
      async (p) => {
        const doc = await addDocument(t.env, branchOf(p).id, { versions: 2 });
        expect(await t.a.content.documents.remove({ id: doc.id })).toEqual({ ok: true });
        expect(await t.env.db.document.findUnique({ where: { id: doc.id } })).toBeNull();
        expect(await t.env.db.documentVersion.count({ where: { documentId: doc.id } })).toBe(0);
        // The files stay.
        expect(await t.env.db.file.count({ where: { id: { in: doc.files.map((f) => f.id) } } })).toBe(2);
      },
      async (p) => {
        const doc = await addDocument(t.env, branchOf(p).id);
        await expectHidden(t.a.content.documents.remove({ id: doc.id }), t.a.content.documents.remove({ id: missing }));
        expect(await t.env.db.documentVersion.count({ where: { documentId: doc.id } })).toBe(1);
      },
    ),
};
