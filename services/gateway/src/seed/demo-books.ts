// The demo's dues books (issue 11 point 8): two years of them for every paying member of the demo's registry, drawn
// by the dues team's own generator (the large fixture's) at the demo's scale: a declared base each, each month's
// assessment run, payments with receipts (some late, some in part, a few members six months and more behind),
// hardship cases (approved and reducing their months, declined, one waiting for the decision), remittances up the
// tree with the odd short one for the reconciliation to show, and every month closed but the last two. The demo's
// plain member is linked to a member of their branch who owes a little, so their own statement has lines and their
// own page something to pay. Rows go in through the fixture's bulk writer; the chains are the service's. Run once by
// seedDemoOnce, after the registry.
import type { Db } from '@strata/db';
import { calendarToday } from '@strata/i18n';
import { duesTeam } from '@strata/service-dues';
import type { DemoSeed } from './demo';
import { generateAtDemoScale } from './demo-generated';

/** Months of books before the current one. */
const demoMonths = 24;

export async function seedDemoBooks(db: Db, url: string, seed: DemoSeed, now = new Date()): Promise<void> {
  await generateAtDemoScale(db, url, duesTeam, { duesMonths: demoMonths }, 20_261_203, now);
  await linkDemoMember(db, seed, calendarToday(undefined, now).slice(0, 7));
}

/**
 * The demo's plain member is the paying member of their branch who owes least for the months before `month` (but
 * owes), else the first: their account opens their own statement.
 */
async function linkDemoMember(db: Db, seed: DemoSeed, month: string) {
  const account = seed.users.member;
  const branch = seed.townships.chengguan?.branches[0];
  if (!account || !branch) return;
  const members = await db.member.findMany({
    where: { unitId: branch.id, stage: 'full', status: 'active', accountId: null },
    orderBy: { id: 'asc' },
    select: { id: true },
  });
  const sums = await db.duesEntry.groupBy({
    by: ['memberId', 'kind'],
    where: { unitId: branch.id, memberId: { in: members.map((m) => m.id) }, month: { lt: month } },
    _sum: { amountFen: true },
  });
  const owed = new Map<number, number>();
  for (const { memberId, kind, _sum } of sums) {
    const sign = kind === 'assessment' ? 1 : kind === 'payment' || kind === 'reduction' ? -1 : 0;
    if (memberId !== null) owed.set(memberId, (owed.get(memberId) ?? 0) + sign * (_sum.amountFen ?? 0));
  }
  const owing = members.filter((m) => (owed.get(m.id) ?? 0) > 0);
  owing.sort((a, b) => (owed.get(a.id) ?? 0) - (owed.get(b.id) ?? 0) || a.id - b.id);
  const member = owing[0] ?? members[0];
  if (member) await db.member.update({ where: { id: member.id }, data: { accountId: account } });
}
