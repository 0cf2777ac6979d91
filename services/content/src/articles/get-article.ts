// One article, with its body, as a reader in scope sees it; outside the scope it is not found.
import type { Scope } from '@strata/api';
import type { Db } from '@strata/db';
import { toArticle, withNames } from './article-schemas';

export async function getArticle(db: Db, { scope, id }: { scope: Scope; id: number }) {
  const article = await db.article.findFirstOrThrow({
    where: { id, ...scope.ownedWhere('content.read') },
    include: withNames,
  });
  return toArticle(article);
}
