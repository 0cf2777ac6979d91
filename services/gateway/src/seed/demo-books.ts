// The demo's dues books (issue 11 point 8): two years of them for every paying member of the demo's registry, drawn
// by the dues team's own generator (the large fixture's) at the demo's scale: a declared base each, each month's
// assessment run, payments with receipts (some late, some in part, a few members six months and more behind),
// hardship cases (approved and reducing their months, declined, one waiting for the decision), remittances up the
// tree with the odd short one for the reconciliation to show, and every month closed but the last two. The demo's
// plain member is linked to a member of their branch, so their own statement has lines. Rows go in through the
// fixture's bulk writer; the chains are the service's. Run once by seedDemoOnce, after the registry.
import { type FixtureContext, seededRandom } from '@strata/api';
import type { Db } from '@strata/db';
import { openBulkWriter } from '@strata/db/bulk';
import { duesTeam } from '@strata/service-dues';
import type { DemoSeed } from './demo';

/** Months of books before the current one. */
const demoMonths = 24;

export async function seedDemoBooks(db: Db, url: string, seed: DemoSeed, now = new Date()): Promise<void> {
  const fixture = await duesTeam.fixture?.();
  if (!fixture) return;
  await linkDemoMember(db, seed);
  const users = await db.user.findMany({
    select: { id: true, unitId: true, displayName: true, grants: { select: { id: true, role: true, unitId: true } } },
  });
  const units = await db.unit.findMany({
    select: { id: true, parentId: true, kind: true, name: true, path: true, depth: true },
  });
  const writer = await openBulkWriter(url);
  try {
    const ctx: FixtureContext = {
      size: { name: 'demo', counts: { duesMonths: demoMonths } },
      random: seededRandom(20_261_203),
      now,
      db,
      units,
      users,
      passwordHash: '',
      nextId: writer.nextId,
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

/** The demo's plain member is the first paying member of their branch: their account opens their own statement. */
async function linkDemoMember(db: Db, seed: DemoSeed) {
  const account = seed.users.member;
  const branch = seed.townships.chengguan?.branches[0];
  if (!account || !branch) return;
  const member = await db.member.findFirst({
    where: { unitId: branch.id, stage: 'full', status: 'active', accountId: null },
    orderBy: { id: 'asc' },
    select: { id: true },
  });
  if (member) await db.member.update({ where: { id: member.id }, data: { accountId: account } });
}
