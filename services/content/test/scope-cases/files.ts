// Scope cases of files: in each own township the caller lists and reads a branch's files (with what uses them)
// and removes one nothing uses, its bytes going with it; a file in use is refused with CONFLICT and stays.
// 东湖街道's files and units answer as missing, and a refused removal changes nothing.
import { expect } from 'vitest';
import { eachPlace, expectHidden, missing, type ScopeCase } from '../../../../tests/support/scope-test';
import { addFile, useInArticle } from '../support/file-rows';

export const scopeCases: Record<string, ScopeCase> = {
  'content.files.list': (t) =>
    eachPlace(
      t,
      'content.read',
      async (p) => {
        const file = await addFile(t.env, p.branches[0]!.id);
        const page = await t.a.content.files.list({ unitId: p.branches[0]!.id });
        expect(page.items).toContainEqual(
          expect.objectContaining({
            id: file.id,
            unitId: p.branches[0]!.id,
            unitName: p.branches[0]!.name,
            name: file.name,
            url: `/files/${file.id}/${encodeURIComponent(file.name)}`,
            actions: { remove: t.may('content.write', p.branches[0]!.path) },
          }),
        );
        const all = await t.a.content.files.list({ kind: 'document', pageSize: 100 });
        expect(all.items.map((f) => f.id)).toContain(file.id);
      },
      async (p) => {
        const file = await addFile(t.env, p.branches[0]!.id);
        await expectHidden(
          t.a.content.files.list({ unitId: p.branches[0]!.id }),
          t.a.content.files.list({ unitId: missing }),
        );
        const all = await t.a.content.files.list({ search: file.name });
        expect(all.items).toEqual([]);
      },
    ),

  'content.files.get': (t) =>
    eachPlace(
      t,
      'content.read',
      async (p) => {
        const file = await addFile(t.env, p.branches[0]!.id);
        expect(await t.a.content.files.get({ id: file.id })).toMatchObject({
          id: file.id,
          name: file.name,
          uses: { articles: 0, documents: 0 },
        });
        await useInArticle(t.env, p.branches[0]!.id, file.id);
        expect((await t.a.content.files.get({ id: file.id })).uses).toEqual({ articles: 1, documents: 0 });
      },
      async (p) => {
        const file = await addFile(t.env, p.branches[0]!.id);
        await expectHidden(t.a.content.files.get({ id: file.id }), t.a.content.files.get({ id: missing }));
      },
    ),

  'content.files.remove': (t) =>
    eachPlace(
      t,
      'content.write',
      async (p) => {
        const file = await addFile(t.env, p.branches[0]!.id);
        expect(await t.a.content.files.remove({ id: file.id })).toEqual({ ok: true });
        expect(await t.env.db.file.findUnique({ where: { id: file.id } })).toBeNull();
        expect(await t.env.db.blob.findUnique({ where: { sha256: file.sha256 } })).toBeNull();
        const used = await addFile(t.env, p.branches[0]!.id);
        await useInArticle(t.env, p.branches[0]!.id, used.id);
        await expect(t.a.content.files.remove({ id: used.id })).rejects.toMatchObject({ code: 'CONFLICT' });
        expect(await t.env.db.file.findUnique({ where: { id: used.id } })).not.toBeNull();
      },
      async (p) => {
        const file = await addFile(t.env, p.branches[0]!.id);
        await expectHidden(t.a.content.files.remove({ id: file.id }), t.a.content.files.remove({ id: missing }));
        expect(await t.env.db.file.findUnique({ where: { id: file.id } })).not.toBeNull();
      },
    ),
};
