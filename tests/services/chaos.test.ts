// Crash cycles as a check the project runs: the real gateway killed (-9) during write bursts, restarted,
// and every acknowledged write found intact, on each provider this run tests. Then the checks themselves are
// shown to fail: on a database changed behind the server's back they must report what changed.
import { createDb } from '@strata/db';
import { createTestDatabase, testProviders } from '@strata/db/testing';
import { describe, expect, it } from 'vitest';
import { checkIntegrity, healthy } from '../../scripts/chaos/integrity';
import { verifyLedger } from '../../scripts/chaos/ledger';
import { runChaos } from '../../scripts/chaos/run';

// Ports of this part of the harness (3340-3349); the CLI defaults to 3340.
const ports = { sqlite: 3341, postgresql: 3342 } as const;

describe.each(await testProviders())('crash cycles on %s', (provider) => {
  it('loses and damages no acknowledged write over 5 kill -9 cycles, and the checks catch tampering', async () => {
    const database = await createTestDatabase(provider);
    // The server must be the only one holding the database when it is killed.
    await database.db.$disconnect();
    try {
      const { report, ledger } = await runChaos({
        cycles: 5,
        databaseUrl: database.url,
        port: ports[provider],
        seed: 2026,
      });
      expect(report.writesAcknowledged).toBeGreaterThan(20);
      expect(report.faults).toEqual([]);
      expect(report.lost + report.damaged).toBe(0);
      expect(report.integrity.failures).toEqual([]);
      expect(report.serverErrors).toBe(0);

      const db = await createDb(database.url);
      try {
        // An acknowledged article's text altered, another rolled back to an earlier acknowledged edit, and
        // an acknowledged grant removed: one damaged write and two lost ones.
        const articles = [...ledger.entries.article.entries()];
        const [alteredId] = articles[0]!;
        await db.article.update({ where: { id: alteredId }, data: { body: 'changed behind the server' } });
        const [editedId, edited] = articles.find(([id, e]) => id !== alteredId && e.history.length > 1)!;
        const { title, body } = edited.history[0]!;
        await db.article.update({ where: { id: editedId }, data: { title, body } });
        const [grantId] = [...ledger.entries.grant.entries()].find(([id]) => ledger.current('grant', id)?.present)!;
        await db.grant.delete({ where: { id: grantId } });
        const verdict = await verifyLedger(db, ledger);
        expect(verdict.faults.map((f) => [f.entity, f.id, f.problem])).toEqual(
          expect.arrayContaining([
            ['article', alteredId, 'damaged'],
            ['article', editedId, 'lost'],
            ['grant', grantId, 'lost'],
          ]),
        );
        expect([verdict.lost, verdict.damaged]).toEqual([2, 1]);

        // A unit whose path disagrees with its parent's, and (SQLite) a row pointing at no column.
        const [unitId] = [...ledger.entries.unit.keys()];
        await db.unit.update({ where: { id: unitId }, data: { path: '/nowhere/' } });
        if (provider === 'sqlite') {
          await db.$executeRawUnsafe('PRAGMA foreign_keys = OFF');
          await db.article.update({ where: { id: alteredId }, data: { columnId: 999_999 } });
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
  }, 150_000);
});
