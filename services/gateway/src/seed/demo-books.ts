// The demo's dues books (issue 11 point 8): two years of them for every paying member of the demo's registry, drawn
// by the dues team's own generator (the large fixture's) at the demo's scale: a declared base each, each month's
// assessment run, payments with receipts (some late, some in part, a few members six months and more behind),
// hardship cases (approved and reducing their months, declined, one waiting for the decision), remittances up the
// tree with the odd short one for the reconciliation to show, and every month closed but the last two. The demo's
// plain member is linked to a member of their branch, so their own statement has lines. Rows go in through the
// fixture's bulk writer; the chains are the service's. Run once by seedDemoOnce, after the registry.
import type { Db } from '@strata/db';
import { duesTeam } from '@strata/service-dues';
import type { DemoSeed } from './demo';
import { generateAtDemoScale } from './demo-generated';

/** Months of books before the current one. */
const demoMonths = 24;

export async function seedDemoBooks(db: Db, url: string, seed: DemoSeed, now = new Date()): Promise<void> {
  await linkDemoMember(db, seed);
  await generateAtDemoScale(db, url, duesTeam, { duesMonths: demoMonths }, 20_261_203, now);
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
