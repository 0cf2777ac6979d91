// Withdrawing a published article: a reviewer takes it off the public site into the archive. The console
// keeps it (and its publication date, the record of when it went out); a reviewer may publish it again.
import { recordAudit, type Scope } from '@strata/api';
import type { Tx } from '@strata/db';
import { type ArticleStatus, live, toArticle, withNames } from './article-schemas';
import { assertMayWithdraw, withdrawnStatus } from './article-workflow';
import { lastReviewOf } from './last-review';

type WithdrawArticle = { scope: Scope; actorId: number; id: number; now: Date };

export async function withdrawArticle(tx: Tx, { scope, actorId, id, now }: WithdrawArticle) {
  const scoped = scope.ownedWhere('content.write');
  const before = await tx.article.findFirstOrThrow({ where: { id, ...scoped, ...live }, include: withNames });
  assertMayWithdraw(before.status as ArticleStatus, scope.covers('content.review', before.unit.path));
  const article = await tx.article.update({
    // Still published: of two withdrawals at once, the second finds nothing to withdraw.
    where: { id: before.id, ...scoped, ...live, status: before.status },
    data: { status: withdrawnStatus },
    include: withNames,
  });
  await recordAudit(tx, {
    actorId,
    unitId: article.unitId,
    action: 'article.withdraw',
    entity: 'Article',
    entityId: article.id,
    label: article.title,
    before: { title: before.title, status: before.status },
    after: { title: article.title, status: article.status },
  });
  return toArticle(scope, article, { now, lastReview: await lastReviewOf(tx, scope, article.id) });
}
