// Unit mutations racing each other through the real callers. Each round starts the calls in the same tick;
// afterwards every call has either succeeded or failed with a clean 4xx/409, and the tree is consistent.
import { inconsistentUnits } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, type TestEnv } from '../support/env';

const rounds = 6;
const clean = new Set(['ok', 'BAD_REQUEST', 'NOT_FOUND', 'CONFLICT']);

const outcome = (r: PromiseSettledResult<unknown>) =>
  r.status === 'fulfilled' ? 'ok' : String((r.reason as { code?: string }).code ?? r.reason);

describe.each(await testProviders())('concurrent unit mutations on %s', (provider) => {
  let env: TestEnv;
  let admin: Caller;
  let n = 0;
  const name = (prefix: string) => `${prefix}${++n}`;
  const township = (slug: string) => env.seed.townships[slug]!;

  /** Runs the calls at once; answers each one's outcome ('ok' or the error code) once the tree is checked. */
  async function race(calls: (() => Promise<unknown>)[]): Promise<string[]> {
    const outcomes = (await Promise.allSettled(calls.map((call) => call()))).map(outcome);
    expect(outcomes.filter((o) => !clean.has(o))).toEqual([]);
    expect(await inconsistentUnits(env.db)).toEqual([]);
    return outcomes;
  }

  beforeAll(async () => {
    env = await createTestEnv(provider);
    admin = await env.as('admin');
  });
  afterAll(() => env?.drop());

  it('moves A under B while B moves under C', async () => {
    for (let round = 0; round < rounds; round++) {
      const from = township('chengguan');
      const b = await admin.identity.units.create({ parentId: from.id, kind: 'branch', name: name('B') });
      const a = await admin.identity.units.create({ parentId: from.branches[0]!.id, kind: 'group', name: name('A') });
      const c = township(round % 2 ? 'xishan' : 'nanling');
      const outcomes = await race([
        () => admin.identity.units.move({ id: a.id, parentId: b.id }),
        () => admin.identity.units.move({ id: b.id, parentId: c.id }),
      ]);
      expect(outcomes).toEqual(['ok', 'ok']);
      expect((await env.db.unit.findUniqueOrThrow({ where: { id: a.id } })).path).toBe(`${c.path}${b.id}/${a.id}/`);
    }
  });

  it('moves one unit to two parents at once: one of them wins, the subtree follows it', async () => {
    for (let round = 0; round < rounds; round++) {
      const unit = await admin.identity.units.create({
        parentId: township('chengguan').id,
        kind: 'branch',
        name: name('M'),
      });
      await admin.identity.units.create({ parentId: unit.id, kind: 'group', name: name('G') });
      const outcomes = await race([
        () => admin.identity.units.move({ id: unit.id, parentId: township('xishan').id }),
        () => admin.identity.units.move({ id: unit.id, parentId: township('nanling').id }),
      ]);
      expect(outcomes).toEqual(['ok', 'ok']);
    }
  });

  it('moves a unit while a child is created under it', async () => {
    for (let round = 0; round < rounds; round++) {
      const unit = await admin.identity.units.create({
        parentId: township('chengguan').id,
        kind: 'branch',
        name: name('P'),
      });
      const outcomes = await race([
        () => admin.identity.units.move({ id: unit.id, parentId: township('beitang').id }),
        () => admin.identity.units.create({ parentId: unit.id, kind: 'group', name: name('C') }),
      ]);
      expect(outcomes).toEqual(['ok', 'ok']);
    }
  });

  it('moves a unit under a parent that is being archived: exactly one of the two succeeds', async () => {
    for (let round = 0; round < rounds; round++) {
      const from = township('chengguan');
      const parent = await admin.identity.units.create({ parentId: from.id, kind: 'branch', name: name('R') });
      const unit = await admin.identity.units.create({
        parentId: from.branches[1]!.id,
        kind: 'group',
        name: name('U'),
      });
      const outcomes = await race([
        () => admin.identity.units.move({ id: unit.id, parentId: parent.id }),
        () => admin.identity.units.archive({ id: parent.id }),
      ]);
      expect(outcomes.sort()).toEqual(['BAD_REQUEST', 'ok']);
    }
  });
});
