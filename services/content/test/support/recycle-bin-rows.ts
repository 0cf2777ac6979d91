// Rows of the recycle bin a test needs, written with the raw client like the shared factories: an article
// that was published and then deleted some days ago.
import type { Article } from '@strata/db';
import type { TestEnv } from '../../../../tests/support/env';
import { addArticle } from '../../../../tests/support/factories';

const dayMs = 86_400_000;

/** A published article of the unit, in the recycle bin since `daysAgo` days (1 unless told), deleted by `by`. */
export async function addBinnedArticle(
  env: TestEnv,
  unitId: number,
  opts: { daysAgo?: number; by?: number | null } = {},
): Promise<Article> {
  const article = await addArticle(env, unitId, 'published');
  return env.db.article.update({
    where: { id: article.id },
    data: { deletedAt: new Date(Date.now() - (opts.daysAgo ?? 1) * dayMs), deletedById: opts.by ?? null },
  });
}
