// The recycle bin's "past restoring" figure is kept while the data stays the same, with the span of moments it
// holds for. It must still be exact at every moment: it grows the instant a deleted article's 30 days are up,
// shrinks again for an earlier moment, and follows a new deletion at once. The moments here sit on either side of
// each article's last restorable instant. The cases share one unit's bin, the first on an empty one.
import { RoleCatalog, Scope, withScopeGuard } from '@strata/api';
import type { Db } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addArticle } from '../../../tests/support/factories';
import { listRecycleBin } from '../src/recycle-bin/list-recycle-bin';
import { restorableUntil } from '../src/recycle-bin/recycle-bin-rules';
import { recycleBinFilter } from '../src/recycle-bin/recycle-bin-schemas';
import { contentTeam } from '../src/team';

const dayMs = 86_400_000;
const t0 = Date.UTC(2026, 5, 1, 4, 0, 0);

describe.each(await testProviders())('the recycle bin’s expired figure on %s', (provider) => {
  let env: TestEnv;
  let db: Db;
  let unitId: number;
  let foreignId: number;
  let scope: Scope;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    const unit = env.seed.townships.chengguan!.branches[2]!;
    unitId = unit.id;
    foreignId = env.seed.townships.chengguan!.branches[3]!.id;
    scope = new Scope(
      [{ id: 1, role: 'township_admin', unitId, unitPath: unit.path, unitName: unit.name }],
      new RoleCatalog([contentTeam]),
    );
    db = withScopeGuard(env.db, scope);
  });
  afterAll(() => env?.drop());

  const binnedAt = async (deletedAt: number, at = unitId) => {
    const article = await addArticle(env, at, 'published');
    return env.db.article.update({ where: { id: article.id }, data: { deletedAt: new Date(deletedAt) } });
  };
  const expiredAt = async (now: number, at = unitId) =>
    (await listRecycleBin(db, { scope, filter: recycleBinFilter.parse({ unitId: at }), now: new Date(now) })).expired;

  it('is exact on both sides of each article’s last restorable moment, whatever the order of the moments', async () => {
    const older = await binnedAt(t0 - 40 * dayMs);
    const newer = await binnedAt(t0 - 20 * dayMs);
    const olderEnds = restorableUntil(older.deletedAt as Date).getTime();
    const newerEnds = restorableUntil(newer.deletedAt as Date).getTime();
    const moments: [number, number][] = [
      [t0, 1],
      [newerEnds, 1],
      [newerEnds + 1, 2],
      [t0, 1],
      [olderEnds, 0],
      [olderEnds + 1, 1],
      [olderEnds - dayMs, 0],
      [newerEnds + dayMs, 2],
      [newerEnds, 1],
    ];
    for (const [now, expected] of moments)
      expect({ now, expired: await expiredAt(now) }).toEqual({ now, expired: expected });
  });

  it('follows a new deletion and a restore at once', async () => {
    const before = await expiredAt(t0);
    const article = await binnedAt(t0 - 35 * dayMs);
    expect(await expiredAt(t0)).toBe(before + 1);
    await env.db.article.update({ where: { id: article.id }, data: { deletedAt: null } });
    expect(await expiredAt(t0)).toBe(before);
  });

  it('counts the caller’s own unit only, and refuses another unit like a missing one', async () => {
    const before = await expiredAt(t0);
    await binnedAt(t0 - 60 * dayMs);
    await binnedAt(t0 - 60 * dayMs, foreignId);
    expect(await expiredAt(t0)).toBe(before + 1);
    const refusal = (at: number) =>
      expiredAt(t0, at).then(
        () => 'answered',
        (error: { code?: string; message?: string }) => `${error.code} ${error.message}`,
      );
    expect(await refusal(foreignId)).toBe(await refusal(999_999));
    expect(await refusal(999_999)).not.toBe('answered');
  });
});
