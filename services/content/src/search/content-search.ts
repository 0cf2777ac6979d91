// What the header's search finds of the content team: live articles by their words and their title's characters
// (content.read), read through the article list itself in the caller's whole scope, so a hit is exactly a row that
// list shows the caller, newest first as the list opens. The list never reads the body nor the author into a hit: a
// hit carries the title, the status (in the caller's language) and the unit. An article opens its editor page at its own unit, since the page
// offers reposting to the current unit and its way back leads to the list there.
import { type AuthedContext, defineSearch, type FoundByKind } from '@strata/api';
import { pathAt, searchLimits } from '@strata/contract';
import type { Locale } from '@strata/i18n';
import type { ArticleStatus } from '../articles/article-schemas';
import { listArticles } from '../articles/list-articles';

const take = searchLimits.perKind + 1;

/** A hit's second line: the article's status, as the article list words it. */
const statusWords: Record<Locale, Record<ArticleStatus, string>> = {
  'zh-CN': { draft: '草稿', review: '待审核', published: '已发布', archived: '已归档' },
  'en-US': { draft: 'Draft', review: 'In review', published: 'Published', archived: 'Archived' },
};

async function articles(ctx: AuthedContext, q: string) {
  // No unitId: the list reads the caller's whole content.read scope, every root at once. By the last change, the
  // list's own default order, every status (the list's default too).
  const page = await listArticles(ctx.db, {
    scope: ctx.scope,
    filter: { search: q, sort: 'updatedAt', order: 'desc', page: 1, pageSize: take },
    now: ctx.now(),
  });
  return page.items.map((a) => ({
    kind: 'article',
    id: a.id,
    title: a.title,
    detail: statusWords[ctx.locale][a.status],
    unitName: a.unitName,
    path: pathAt(`/content/articles/${a.id}`, a.unitId),
  }));
}

export const contentSearch = defineSearch({
  permission: 'content.read',
  kinds: {
    'zh-CN': { article: '文章' },
    'en-US': { article: 'Articles' },
  },
  find: async (ctx, q): Promise<FoundByKind> => ({ article: await articles(ctx, q) }),
});
