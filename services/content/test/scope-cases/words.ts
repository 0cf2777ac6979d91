// Scope cases of sensitive words: in each own township the caller lists a branch's words (its own and those
// inherited from above), adds and removes words where it manages content, and checks a text in a column it
// writes in; 东湖街道's units, words and columns answer as missing, and a refused call changes nothing.
import { expect } from 'vitest';
import { uniqueName } from '../../../../tests/support/factories';
import { eachPlace, expectHidden, missing, type ScopeCase, type ScopeTest } from '../../../../tests/support/scope-test';

const addWordAt = (t: ScopeTest, unitId: number, word: string, level = 'block') =>
  t.env.db.sensitiveWord.create({ data: { unitId, word, level } });
const firstColumn = (t: ScopeTest, unitId: number) =>
  t.env.db.column.findFirstOrThrow({ where: { unitId }, orderBy: { id: 'asc' } });

export const scopeCases: Record<string, ScopeCase> = {
  'content.words.list': (t) =>
    eachPlace(
      t,
      'content.read',
      async (p) => {
        const above = await addWordAt(t, p.township.id, uniqueName('上级词'));
        const own = await addWordAt(t, p.branches[0]!.id, uniqueName('本级词'), 'warn');
        const rows = await t.a.content.words.list({ unitId: p.branches[0]!.id });
        expect(rows).toContainEqual(expect.objectContaining({ id: above.id, inherited: true, unitId: p.township.id }));
        expect(rows).toContainEqual(expect.objectContaining({ id: own.id, inherited: false, level: 'warn' }));
      },
      async (p) => {
        await expectHidden(
          t.a.content.words.list({ unitId: p.branches[0]!.id }),
          t.a.content.words.list({ unitId: missing }),
        );
      },
    ),

  'content.words.add': (t) =>
    eachPlace(
      t,
      'content.manage',
      async (p) => {
        const word = uniqueName('新增词');
        const row = await t.a.content.words.add({ unitId: p.branches[0]!.id, word, level: 'warn' });
        expect(await t.env.db.sensitiveWord.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
          unitId: p.branches[0]!.id,
          word,
          level: 'warn',
        });
      },
      async (p) => {
        const before = await t.env.db.sensitiveWord.count();
        await expectHidden(
          t.a.content.words.add({ unitId: p.branches[0]!.id, word: '越权词', level: 'block' }),
          t.a.content.words.add({ unitId: missing, word: '越权词', level: 'block' }),
        );
        expect(await t.env.db.sensitiveWord.count()).toBe(before);
      },
    ),

  'content.words.remove': (t) =>
    eachPlace(
      t,
      'content.manage',
      async (p) => {
        const word = await addWordAt(t, p.branches[0]!.id, uniqueName('待删词'));
        expect(await t.a.content.words.remove({ id: word.id })).toEqual({ ok: true });
        expect(await t.env.db.sensitiveWord.findUnique({ where: { id: word.id } })).toBeNull();
      },
      async (p) => {
        const word = await addWordAt(t, p.branches[0]!.id, uniqueName('越权删词'));
        await expectHidden(t.a.content.words.remove({ id: word.id }), t.a.content.words.remove({ id: missing }));
        expect(await t.env.db.sensitiveWord.findUnique({ where: { id: word.id } })).not.toBeNull();
      },
    ),

  'content.words.check': (t) =>
    eachPlace(
      t,
      'content.write',
      async (p) => {
        // Closed at the end: an earlier case's 检查词-118 would otherwise match inside this 检查词-1180.
        const word = `${uniqueName('检查词')}号`;
        await addWordAt(t, p.township.id, word);
        const column = await firstColumn(t, p.branches[0]!.id);
        const { hits } = await t.a.content.words.check({
          columnId: column.id,
          title: '标题',
          body: `正文里有${word}。`,
        });
        expect(hits).toEqual([expect.objectContaining({ field: 'body', word, level: 'block', match: word })]);
      },
      async (p) => {
        const column = await firstColumn(t, p.branches[0]!.id);
        await expectHidden(
          t.a.content.words.check({ columnId: column.id, title: '标题', body: '正文' }),
          t.a.content.words.check({ columnId: missing, title: '标题', body: '正文' }),
        );
      },
    ),
};
