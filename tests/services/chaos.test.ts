// Crash cycles as a check the project runs: the real gateway killed (-9) during write bursts, restarted,
// and every acknowledged write found intact, on each provider this run tests. Then the checks themselves are
// shown to fail: on a database changed behind the server's back they must report what changed.
import { createDb } from '@strata/db';
import { createTestDatabase, testProviders } from '@strata/db/testing';
import { describe, expect, it } from 'vitest';
import { checkIntegrity, healthy } from '../../scripts/chaos/integrity';
import { Ledger, verifyLedger } from '../../scripts/chaos/ledger';
import { runChaos } from '../../scripts/chaos/run';

// Ports of this part of the harness (3340-3349); the CLI defaults to 3340.
const ports = { sqlite: 3341, postgresql: 3342 } as const;

// Both providers' cycles at once, each with its own gateway and port: one after the other, a core stood idle while
// each gateway restarted (77 to 64 s for the file, 2026-12-07).
describe.concurrent.each(await testProviders())('crash cycles on %s', (provider) => {
  it('loses and damages no acknowledged write over 5 kill -9 cycles, and the checks catch tampering', async () => {
    const database = await createTestDatabase(provider);
    // The server must be the only one holding the database when it is killed.
    await database.db.$disconnect();
    try {
      const { report } = await runChaos({
        cycles: 5,
        databaseUrl: database.url,
        port: ports[provider],
        seed: 2026,
      });
      // Each cycle waits for a first acknowledged write before it kills, so every cycle tests something.
      expect(report.writesAcknowledged).toBeGreaterThanOrEqual(5);
      expect(report.faults).toEqual([]);
      expect(report.lost + report.damaged).toBe(0);
      expect(report.integrity.failures).toEqual([]);
      expect(report.serverErrors).toBe(0);

      const db = await createDb(database.url);
      try {
        // A ledger of rows as they stand, then the database changed behind it: an acknowledged article's text
        // altered (damaged), an acknowledged edit missing (lost: the row still shows the earlier state) and an
        // acknowledged grant gone (lost). Built by hand, so it does not depend on what the random bursts did.
        const ledger = new Ledger();
        const [altered, edited] = await db.article.findMany({
          where: { deletedAt: null },
          take: 2,
          orderBy: { id: 'asc' },
        });
        const grant = await db.grant.findFirstOrThrow({ orderBy: { id: 'desc' } });
        for (const a of [altered!, edited!])
          ledger.acknowledge('article.create', 'article', a.id, {
            title: a.title,
            summary: a.summary,
            body: a.body,
            status: a.status,
            columnId: a.columnId,
          });
        ledger.acknowledge('article.update', 'article', edited!.id, {
          ...ledger.current('article', edited!.id)!,
          title: 'an edit the server acknowledged',
        });
        const { userId, role, unitId } = grant;
        ledger.acknowledge('grant.add', 'grant', grant.id, { userId, role, unitId, present: true });
        expect((await verifyLedger(db, ledger)).faults).toHaveLength(1);
        await db.article.update({ where: { id: altered!.id }, data: { body: 'changed behind the server' } });
        await db.grant.delete({ where: { id: grant.id } });
        const verdict = await verifyLedger(db, ledger);
        expect(verdict.faults.map((f) => [f.entity, f.id, f.problem])).toEqual([
          ['article', altered!.id, 'damaged'],
          ['article', edited!.id, 'lost'],
          ['grant', grant.id, 'lost'],
        ]);

        // A unit whose path disagrees with its parent's, and (SQLite) a row pointing at no column.
        const unit = await db.unit.findFirstOrThrow({ where: { kind: 'branch' } });
        await db.unit.update({ where: { id: unit.id }, data: { path: '/nowhere/' } });
        if (provider === 'sqlite') {
          await db.$executeRawUnsafe('PRAGMA foreign_keys = OFF');
          await db.article.update({ where: { id: altered!.id }, data: { columnId: 999_999 } });
        }
        const integrity = await checkIntegrity(db, provider);
        expect(integrity.treeFaults).toBeGreaterThan(0);
        if (provider === 'sqlite') expect(integrity.foreignKeyViolations).toBe(1);
        expect(healthy(integrity)).toBe(false);
      } finally {
        await db.$disconnect();
      }
    } finally {
      await database.drop();
    }
  }, 300_000);
});
