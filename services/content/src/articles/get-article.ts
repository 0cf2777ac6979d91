// One article, with its body, as a reader in scope sees it; outside the scope or in the recycle bin it is not found.
import type { Scope } from '@strata/api';
import type { Db } from '@strata/db';
import { live, toArticle, withNames } from './article-schemas';

export async function getArticle(db: Db, { scope, id }: { scope: Scope; id: number }) {
  const article = await db.article.findFirstOrThrow({
    where: { id, ...scope.ownedWhere('content.read'), ...live },
    include: withNames,
  });
  return toArticle(scope, article);
}
