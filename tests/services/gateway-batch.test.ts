// HTTP batches as the browser's batch link sends them: their size is capped, and a full batch of moves
// run concurrently answers each call with success or a clean 4xx/409, never a 500.
import { inconsistentUnits } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { demoPassword, maxBatchSize } from '@strata/gateway';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../support/env';
import { signInByInject } from '../support/http-session';
import { testServer } from '../support/test-server';

type Answer = { result?: unknown; error?: { data: { code: string; httpStatus: number } } };
type Move = { id: number; parentId: number };

describe.each(await testProviders())('batched calls over HTTP on %s', (provider) => {
  let env: TestEnv;
  let app: FastifyInstance;
  let headers: Record<string, string>;

  const moveBatch = (moves: Move[]) =>
    app.inject({
      method: 'POST',
      url: `/trpc/${moves.map(() => 'identity.units.move').join(',')}?batch=1`,
      payload: Object.fromEntries(moves.map((move, i) => [i, move])),
      headers,
    });
  const parents = async () =>
    (await env.db.unit.findMany({ select: { id: true, parentId: true }, orderBy: { id: 'asc' } })).map(
      (u) => `${u.id}<${u.parentId}`,
    );

  beforeAll(async () => {
    env = await createTestEnv(provider);
    app = await testServer(env);
    headers = await signInByInject(app, 'admin', demoPassword);
  });
  afterAll(async () => {
    await app?.close();
    await env?.drop();
  });

  it('refuses a batch larger than the cap whole, with a 400, before any call runs', async () => {
    const to = env.seed.townships.xishan!;
    const branches = Object.values(env.seed.townships).flatMap((t) => t.branches);
    const before = await parents();
    const res = await moveBatch(Array.from({ length: 100 }, (_, i) => ({ id: branches[i % 40]!.id, parentId: to.id })));
    expect(res.statusCode).toBe(400);
    expect(await parents()).toEqual(before);
  });

  it(`runs a full batch of ${maxBatchSize} contending moves with no 500, leaving the tree consistent`, async () => {
    const branches = env.seed.townships.chengguan!.branches.slice(0, 4);
    const townships = ['nanling', 'beitang', 'qinghe'].map((slug) => env.seed.townships[slug]!);
    const admin = await env.as('admin');
    const groups = await Promise.all(
      branches.map((b, i) => admin.identity.units.create({ parentId: b.id, kind: 'group', name: `组${i}` })),
    );
    // Branches move between townships while groups move into and out of those branches.
    const moves = Array.from({ length: maxBatchSize }, (_, i) =>
      i % 2
        ? { id: groups[i % 4]!.id, parentId: branches[(i + 1) % 4]!.id }
        : { id: branches[(i / 2) % 4]!.id, parentId: townships[i % 3]!.id },
    );
    for (let round = 0; round < 3; round++) {
      const res = await moveBatch(moves);
      const answers = res.json() as Answer[];
      expect(answers).toHaveLength(maxBatchSize);
      const failures = answers.flatMap((a) => (a.error ? [`${a.error.data.httpStatus} ${a.error.data.code}`] : []));
      expect(failures.filter((f) => f !== '409 CONFLICT')).toEqual([]);
      expect(await inconsistentUnits(env.db)).toEqual([]);
    }
  });
});
