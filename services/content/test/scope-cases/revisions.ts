// Scope cases of reviewing and of revisions: in each own township the caller decides on an article in review
// (where its role there reviews) and reads, compares and restores revisions with the right result; 东湖街道's
// ids are missing, and a refused call changes nothing.
import { expect } from 'vitest';
import { addArticle } from '../../../../tests/support/factories';
import {
  eachPlace,
  expectHidden,
  missing,
  type Place,
  type ScopeCase,
  type ScopeTest,
} from '../../../../tests/support/scope-test';

const articleRow = (t: ScopeTest, id: number) => t.env.db.article.findUnique({ where: { id } });
const reviews = (t: ScopeTest, p: Place) => t.may('content.review', p.branches[0]!.path);

/** An article with two revisions (its first, then a new title), as saved through the console. */
async function revised(t: ScopeTest, unitId: number) {
  const article = await addArticle(t.env, unitId);
  const second = await t.env.db.articleRevision.create({
    data: {
      articleId: article.id,
      unitId,
      number: 2,
      title: `${article.title}（修订）`,
      summary: '',
      body: '<p>正文</p><p>新增一段</p>',
      byline: '',
      source: '',
      columnId: article.columnId,
    },
  });
  await t.env.db.article.update({ where: { id: article.id }, data: { title: second.title, body: second.body } });
  return { ...article, title: second.title, body: second.body };
}

export const scopeCases: Record<string, ScopeCase> = {
  'content.articles.review': (t) =>
    eachPlace(
      t,
      'content.write',
      async (p) => {
        const returned = await addArticle(t.env, p.branches[0]!.id, 'review');
        const approved = await addArticle(t.env, p.branches[0]!.id, 'review');
        if (reviews(t, p)) {
          const back = await t.a.content.articles.review({
            id: returned.id,
            decision: 'return',
            comment: '请补充来源',
          });
          expect(back).toMatchObject({ status: 'draft', lastReview: { decision: 'returned', comment: '请补充来源' } });
          expect(await articleRow(t, returned.id)).toMatchObject({ status: 'draft', publishedAt: null });
          await t.a.content.articles.review({ id: approved.id, decision: 'approve' });
          expect(await articleRow(t, approved.id)).toMatchObject({
            status: 'published',
            publishedAt: expect.any(Date),
          });
          // Only what is in review is decided on.
          await expect(
            t.a.content.articles.review({ id: approved.id, decision: 'return', comment: '再退回' }),
          ).rejects.toMatchObject({
            code: 'CONFLICT',
          });
        } else {
          await expect(t.a.content.articles.review({ id: approved.id, decision: 'approve' })).rejects.toMatchObject({
            code: 'FORBIDDEN',
          });
          expect(await articleRow(t, approved.id)).toMatchObject({ status: 'review', publishedAt: null });
        }
      },
      async (p) => {
        const article = await addArticle(t.env, p.branches[0]!.id, 'review');
        await expectHidden(
          t.a.content.articles.review({ id: article.id, decision: 'approve' }),
          t.a.content.articles.review({ id: missing, decision: 'approve' }),
        );
        expect(await articleRow(t, article.id)).toEqual(article);
        expect(await t.env.db.articleReview.count({ where: { articleId: article.id } })).toBe(0);
      },
    ),

  'content.revisions.list': (t) =>
    eachPlace(
      t,
      'content.read',
      async (p) => {
        const article = await revised(t, p.branches[0]!.id);
        const rows = await t.a.content.revisions.list({ articleId: article.id });
        expect(rows.map((r) => [r.number, r.title])).toEqual([
          [2, article.title],
          [1, article.title.replace('（修订）', '')],
        ]);
      },
      async (p) => {
        const article = await revised(t, p.branches[0]!.id);
        await expectHidden(
          t.a.content.revisions.list({ articleId: article.id }),
          t.a.content.revisions.list({ articleId: missing }),
        );
      },
    ),

  'content.revisions.compare': (t) =>
    eachPlace(
      t,
      'content.read',
      async (p) => {
        const article = await revised(t, p.branches[0]!.id);
        const compared = await t.a.content.revisions.compare({ articleId: article.id, from: 1, to: 2 });
        const changed = Object.fromEntries(compared.fields.map((f) => [f.field, f.changed]));
        expect(changed).toMatchObject({ title: true, body: true, summary: false, column: false });
        const body = compared.fields.find((f) => f.field === 'body');
        expect(body?.rows.at(-1)).toMatchObject({ left: null, right: [{ text: '新增一段', change: 'added' }] });
      },
      async (p) => {
        const article = await revised(t, p.branches[0]!.id);
        await expectHidden(
          t.a.content.revisions.compare({ articleId: article.id, from: 1, to: 2 }),
          t.a.content.revisions.compare({ articleId: missing, from: 1, to: 2 }),
        );
      },
    ),

  'content.revisions.restore': (t) =>
    eachPlace(
      t,
      'content.write',
      async (p) => {
        const article = await revised(t, p.branches[0]!.id);
        const restored = await t.a.content.revisions.restore({ articleId: article.id, number: 1 });
        expect(restored.title).toBe(article.title.replace('（修订）', ''));
        expect(await articleRow(t, article.id)).toMatchObject({ title: restored.title, body: '正文' });
        // The restore is itself a revision, naming the one it restored.
        const rows = await t.env.db.articleRevision.findMany({
          where: { articleId: article.id },
          orderBy: { number: 'asc' },
        });
        expect(rows.map((r) => [r.number, r.restoredFrom])).toEqual([
          [1, null],
          [2, null],
          [3, 1],
        ]);
      },
      async (p) => {
        const article = await revised(t, p.branches[0]!.id);
        await expectHidden(
          t.a.content.revisions.restore({ articleId: article.id, number: 1 }),
          t.a.content.revisions.restore({ articleId: missing, number: 1 }),
        );
        expect(await articleRow(t, article.id)).toMatchObject({ title: article.title });
        expect(await t.env.db.articleRevision.count({ where: { articleId: article.id } })).toBe(2);
      },
    ),
};
