// Sign-up counts per activity and status, for one activity (get-activity): one grouped query. The activity list
// counts its page's in the page's statement instead (listedActivities in activity-page.sql.ts): a sign-up counts
// there by the same statuses, and the activities test holds both to the same numbers.
import type { Scope } from '@strata/api';
import type { Db, Tx } from '@strata/db';

export type Counts = { pending: number; confirmed: number; waitlisted: number };
const none = (): Counts => ({ pending: 0, confirmed: 0, waitlisted: 0 });

/** activityId -> live sign-ups by status, read in the caller's volunteers.read scope (or without one: `owned` {}). */
export async function signupCounts(
  db: Db | Tx,
  activityIds: number[],
  owned: ReturnType<Scope['ownedWhere']> | Record<string, never>,
): Promise<(id: number) => Counts> {
  const counts = new Map<number, Counts>();
  if (activityIds.length) {
    const groups = await db.activitySignup.groupBy({
      by: ['activityId', 'status'],
      where: { activityId: { in: activityIds }, status: { in: ['pending', 'confirmed', 'waitlisted'] }, ...owned },
      _count: { _all: true },
    });
    for (const g of groups) {
      const c = counts.get(g.activityId) ?? none();
      c[g.status as keyof Counts] = g._count._all;
      counts.set(g.activityId, c);
    }
  }
  return (id) => counts.get(id) ?? none();
}
