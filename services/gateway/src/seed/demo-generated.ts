// A team's large-fixture generator run at the demo's scale (`counts`), for the demo's bulk of rows (dues books,
// volunteering, training): every unit and account the demo seeded, rows in through the fixture's bulk writer, drawn
// from a seed of the team's own so the demo is the same on every start. Audit entries are the large fixture's alone.
import { type FixtureContext, seededRandom, type TeamRegistration } from '@strata/api';
import type { Db } from '@strata/db';
import { openBulkWriter } from '@strata/db/bulk';

export async function generateAtDemoScale(
  db: Db,
  url: string,
  team: Pick<TeamRegistration, 'fixture'>,
  counts: Record<string, number>,
  seed: number,
  now: Date,
): Promise<void> {
  const fixture = await team.fixture?.();
  if (!fixture) return;
  const users = await db.user.findMany({
    select: { id: true, unitId: true, displayName: true, grants: { select: { id: true, role: true, unitId: true } } },
  });
  const units = await db.unit.findMany({
    select: { id: true, parentId: true, kind: true, name: true, path: true, depth: true },
  });
  const writer = await openBulkWriter(url);
  try {
    const ctx: FixtureContext = {
      size: { name: 'demo', counts },
      random: seededRandom(seed),
      now,
      db,
      units,
      users,
      passwordHash: '',
      nextId: writer.nextId,
      deriveOnWrite: writer.deriveOnWrite,
      buildIndexes: writer.restoreIndexes,
      insert: writer.insert,
      audit: [],
    };
    await fixture.generate(ctx);
    // Sequences past the rows' explicit ids (PostgreSQL), the planner's statistics.
    await writer.finish();
  } finally {
    await writer.close();
  }
}
