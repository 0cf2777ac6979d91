// No ID number, phone or address in the clear at rest. Members are registered, changed, revealed and exported through
// the procedures with values known to the test; then the database itself is searched: on SQLite the file's bytes after
// a checkpoint (and the write-ahead log, if one is left), on PostgreSQL a pg_dump of the whole database. None of the
// values occurs, nor an ID number's digits as one run. The same search finds each member's name, which is plain by
// design: the search can fail.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { sqliteFile } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../tests/support/env';
import { uniqueName } from '../../../tests/support/factories';
import { newIdNumber, newMemberInput } from './support/members';

describe.each(await testProviders())('members’ personal data at rest on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
  });
  afterAll(() => env?.drop());

  /** Everything the database holds, as bytes: the SQLite file and its log, or PostgreSQL's dump. */
  async function databaseBytes(): Promise<Buffer> {
    if (provider === 'sqlite') {
      // Every page the log holds goes into the file, so the file alone would do; the log is read all the same.
      await env.db.$queryRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
      const file = sqliteFile(env.url);
      const parts = [file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f));
      return Buffer.concat(parts);
    }
    return execFileSync('/usr/bin/pg_dump', ['--dbname', env.url], { maxBuffer: 512 * 1024 * 1024 });
  }

  it('holds no ID number, phone or address in the clear, while the names it holds in the clear are found', async () => {
    const caller = await env.as('chengguan');
    const branch = env.seed.townships.chengguan!.branches[0]!;
    const people = [1, 2, 3].map((n) => ({
      ...newIdNumber(n % 2 ? 'male' : 'female'),
      name: uniqueName(`静态${n}`),
      phone: `1398765000${n}`,
      address: `湖北省武汉市江夏区纸坊大街 10${n} 号`,
    }));
    const ids: number[] = [];
    for (const p of people) {
      const { id } = await caller.members.registry.create(
        newMemberInput(branch.id, { name: p.name, idNumber: p.idNumber, phone: p.phone, address: p.address }),
      );
      ids.push(id);
    }
    // A change of phone and address (the old values must be gone too), a reveal and an export: each leaves entries.
    const changed = { phone: '13987651234', address: '湖北省武汉市蔡甸区知音湖大道 66 号' };
    await caller.members.registry.update({ id: ids[0]!, ...changed });
    await caller.members.registry.reveal({ id: ids[1]! });
    const exported = await caller.members.registry.exportPage({ unitId: branch.id, q: '静态' });
    expect(exported.items.map((i) => i.idNumber).sort()).toEqual(people.map((p) => p.idNumber).sort());

    const bytes = await databaseBytes();
    const holds = (text: string) => bytes.includes(Buffer.from(text, 'utf8'));
    // The search works: each name, plain by design, is there.
    for (const p of people) expect(holds(p.name), p.name).toBe(true);
    const secrets = [
      ...people.flatMap((p) => [
        p.idNumber,
        // The digits before the check character, and the birth date with the sequence: any run of them.
        p.idNumber.slice(0, 17),
        p.idNumber.slice(6, 17),
        p.phone,
        p.address,
        // The address's own part, after what its mask shows.
        p.address.slice(6),
      ]),
      changed.phone,
      changed.address,
      changed.address.slice(6),
    ];
    const found = secrets.filter(holds);
    expect(found).toEqual([]);
  });
});
