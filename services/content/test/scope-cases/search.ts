// The header's search over articles: an article of the caller's own township is found by a word of its title, with
// its status and the path that opens its editor at its unit; the same in 东湖街道 is not found, and the answer says
// nothing of it (no hit, no "more").
import { naturalKey } from '@strata/api';
import { expect } from 'vitest';
import { addArticle, uniqueName } from '../../../../tests/support/factories';
import { eachPlace, type Place, type ScopeCase, type ScopeTest } from '../../../../tests/support/scope-test';
import { indexArticles } from '../../src/articles/article-search.sql';

/**
 * A draft in the place's first branch titled with a word found nowhere else, indexed as the service indexes what it
 * writes (the factory writes around the service). The word ends in a letter, so that 搜文3号 never finds 搜文31号.
 */
async function titledIn(t: ScopeTest, p: Place) {
  const word = `${uniqueName('搜文').replace('-', '')}号`;
  const title = `${word}学习体会`;
  const draft = await addArticle(t.env, p.branches[0]!.id);
  const article = await t.env.db.article.update({
    where: { id: draft.id },
    data: { title, titleKey: naturalKey(title) },
  });
  await indexArticles(t.env.db, [article.id]);
  return { word, article };
}

export const scopeCases: Record<string, ScopeCase> = {
  'content.search.find': (t) =>
    eachPlace(
      t,
      'content.read',
      async (p) => {
        const { word, article } = await titledIn(t, p);
        expect(await t.a.content.search.find({ q: word })).toEqual({
          hits: [
            {
              kind: 'article',
              id: article.id,
              title: article.title,
              detail: '草稿',
              unitName: p.branches[0]!.name,
              path: `/content/articles/${article.id}?at=${p.branches[0]!.id}`,
            },
          ],
          more: { article: false },
        });
      },
      async (p) => {
        const { word } = await titledIn(t, p);
        expect(await t.a.content.search.find({ q: word })).toEqual({ hits: [], more: { article: false } });
      },
    ),
};
