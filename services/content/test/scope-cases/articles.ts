// Scope cases of writing articles: in each own township the caller creates, edits, deletes and withdraws with
// the right result, and where its role there does not review (the editor grant in 西山镇) the review rule holds:
// no publishing, an edit of published content goes back to review, no deleting or withdrawing what was public.
// 东湖街道's ids are missing.
import { expect } from 'vitest';
import { addArticle, uniqueName } from '../../../../tests/support/factories';
import {
  eachPlace,
  expectHidden,
  missing,
  type Place,
  type ScopeCase,
  type ScopeTest,
} from '../../../../tests/support/scope-test';

const articleRow = (t: ScopeTest, id: number) => t.env.db.article.findUnique({ where: { id } });
const firstColumn = (t: ScopeTest, unitId: number) =>
  t.env.db.column.findFirstOrThrow({ where: { unitId }, orderBy: { id: 'asc' } });
const reviews = (t: ScopeTest, p: Place) => t.may('content.review', p.branches[0]!.path);

export const scopeCases: Record<string, ScopeCase> = {
  'content.articles.create': (t) =>
    eachPlace(
      t,
      'content.write',
      async (p) => {
        const column = await firstColumn(t, p.branches[0]!.id);
        const title = uniqueName(`${t.tag}新文章`);
        const draft = await t.a.content.articles.create({ columnId: column.id, title, summary: '', body: '正文' });
        expect(await articleRow(t, draft.id)).toMatchObject({
          unitId: column.unitId,
          columnId: column.id,
          title,
          status: 'draft',
          authorId: t.user.id,
        });
        const publish = t.a.content.articles.create({
          columnId: column.id,
          title: `${title}！`,
          body: '正文',
          status: 'published',
        });
        if (reviews(t, p)) {
          const published = await publish;
          expect(await articleRow(t, published.id)).toMatchObject({
            status: 'published',
            publishedAt: expect.any(Date),
          });
        } else {
          await expect(publish).rejects.toMatchObject({ code: 'BAD_REQUEST', field: 'status' });
          expect(await t.env.db.article.count({ where: { title: `${title}！` } })).toBe(0);
        }
      },
      async (p) => {
        const column = await firstColumn(t, p.branches[0]!.id);
        const before = await t.env.db.article.count();
        const input = { title: '越权文章', summary: '', body: '正文', status: 'draft' as const };
        await expectHidden(
          t.a.content.articles.create({ ...input, columnId: column.id }),
          t.a.content.articles.create({ ...input, columnId: missing }),
        );
        expect(await t.env.db.article.count()).toBe(before);
      },
    ),

  'content.articles.update': (t) =>
    eachPlace(
      t,
      'content.write',
      async (p) => {
        const draft = await addArticle(t.env, p.branches[0]!.id);
        const title = uniqueName(`${t.tag}改标题`);
        expect(await t.a.content.articles.update({ id: draft.id, title })).toMatchObject({ title, status: 'draft' });
        expect(await articleRow(t, draft.id)).toMatchObject({ title, status: 'draft' });
        // Published content: a reviewer edits it in place, anyone else sends it back to review.
        const published = await addArticle(t.env, p.branches[0]!.id, 'published');
        await t.a.content.articles.update({ id: published.id, title });
        expect((await articleRow(t, published.id))?.status).toBe(reviews(t, p) ? 'published' : 'review');
      },
      async (p) => {
        const article = await addArticle(t.env, p.branches[0]!.id);
        await expectHidden(
          t.a.content.articles.update({ id: article.id, title: '被改了' }),
          t.a.content.articles.update({ id: missing, title: '被改了' }),
        );
        expect(await articleRow(t, article.id)).toEqual(article);
      },
    ),

  'content.articles.delete': (t) =>
    eachPlace(
      t,
      'content.write',
      async (p) => {
        const draft = await addArticle(t.env, p.branches[0]!.id);
        expect(await t.a.content.articles.delete({ id: draft.id })).toEqual({ deletion: 'outright' });
        expect(await articleRow(t, draft.id)).toBeNull();
        // Published, or published once and sent back to review by an editor: a reviewer's to delete, into the bin.
        const published = await addArticle(t.env, p.branches[0]!.id, 'published');
        const sentBack = await t.env.db.article.update({
          where: { id: (await addArticle(t.env, p.branches[0]!.id, 'published')).id },
          data: { status: 'review' },
        });
        for (const article of [published, sentBack]) {
          if (reviews(t, p)) {
            expect(await t.a.content.articles.delete({ id: article.id })).toEqual({ deletion: 'recycleBin' });
            expect(await articleRow(t, article.id)).toMatchObject({
              status: article.status,
              deletedAt: expect.any(Date),
              deletedById: t.user.id,
            });
          } else {
            await expect(t.a.content.articles.delete({ id: article.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
            expect(await articleRow(t, article.id)).toEqual(article);
          }
        }
      },
      async (p) => {
        const article = await addArticle(t.env, p.branches[0]!.id);
        await expectHidden(
          t.a.content.articles.delete({ id: article.id }),
          t.a.content.articles.delete({ id: missing }),
        );
        expect(await articleRow(t, article.id)).toEqual(article);
      },
    ),

  'content.articles.mine': async (t) => {
    /** The caller's live drafts, returned drafts and articles in review in the units `unit`, as the rows have them. */
    const theirs = async (unit: object) => {
      const where = (status: string) => ({ authorId: t.user.id, status, deletedAt: null, unit });
      const drafts = await t.env.db.article.findMany({
        where: where('draft'),
        select: { id: true, reviews: { orderBy: { id: 'desc' }, take: 1, select: { decision: true } } },
      });
      return {
        drafts: drafts.length,
        returned: drafts.filter((d) => d.reviews[0]?.decision === 'returned').length,
        review: await t.env.db.article.count({ where: where('review') }),
      };
    };
    type Mine = Awaited<ReturnType<typeof t.a.content.articles.mine>>;
    const counts = (m: Mine) => ({ drafts: m.drafts.total, returned: m.returned.total, review: m.review.total });
    /** An article of the branch written by the caller. */
    const written = async (p: Place, status = 'draft') => {
      const article = await addArticle(t.env, p.branches[0]!.id, status);
      await t.env.db.article.update({ where: { id: article.id }, data: { authorId: t.user.id } });
      return article;
    };
    await eachPlace(
      t,
      'content.write',
      async (p) => {
        // Theirs: a draft, a draft a reviewer returned, one in review; another's (no author) draft beside them.
        const draft = await written(p);
        const returned = await written(p);
        await t.env.db.articleReview.create({
          data: { articleId: returned.id, unitId: returned.unitId, decision: 'returned', comment: '请补充来源' },
        });
        await written(p, 'review');
        await addArticle(t.env, p.branches[0]!.id);
        const mine = await t.a.content.articles.mine({ unitId: p.township.id });
        const expected = await theirs({ path: { startsWith: p.township.path } });
        expect(counts(mine)).toEqual(expected);
        expect(expected.returned).toBeGreaterThan(0);
        expect(expected.review).toBeGreaterThan(0);
        // The returned draft first (the only one of theirs: no other case returns theirs), then the newest.
        expect(mine.items.slice(0, 2).map((i) => [i.id, i.returnComment])).toEqual([
          [returned.id, '请补充来源'],
          [draft.id, null],
        ]);
      },
      async (p) => {
        // Written by the caller in a township where it writes nothing: neither asked about nor counted.
        await written(p);
        await written(p, 'review');
        await expectHidden(
          t.a.content.articles.mine({ unitId: p.township.id }),
          t.a.content.articles.mine({ unitId: missing }),
        );
      },
    );
    // Everywhere they write, and nowhere else.
    expect(counts(await t.a.content.articles.mine({}))).toEqual(await theirs(t.unitsWith('content.write')));
  },

  'content.articles.withdraw': (t) =>
    eachPlace(
      t,
      'content.write',
      async (p) => {
        const published = await addArticle(t.env, p.branches[0]!.id, 'published');
        const draft = await addArticle(t.env, p.branches[0]!.id);
        if (reviews(t, p)) {
          expect(await t.a.content.articles.withdraw({ id: published.id })).toMatchObject({ status: 'archived' });
          expect(await articleRow(t, published.id)).toMatchObject({
            status: 'archived',
            publishedAt: published.publishedAt,
            deletedAt: null,
          });
          await expect(t.a.content.articles.withdraw({ id: draft.id })).rejects.toMatchObject({ code: 'CONFLICT' });
        } else {
          await expect(t.a.content.articles.withdraw({ id: published.id })).rejects.toMatchObject({
            code: 'FORBIDDEN',
          });
          expect(await articleRow(t, published.id)).toEqual(published);
        }
        expect(await articleRow(t, draft.id)).toEqual(draft);
      },
      async (p) => {
        const article = await addArticle(t.env, p.branches[0]!.id, 'published');
        await expectHidden(
          t.a.content.articles.withdraw({ id: article.id }),
          t.a.content.articles.withdraw({ id: missing }),
        );
        expect(await articleRow(t, article.id)).toEqual(article);
      },
    ),
};
