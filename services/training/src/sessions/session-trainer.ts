// Who may lead a course's session: an account, not disabled, whose grants give training.teach at the course's unit
// (a trainer or an admin there or at a unit above it). Asked across scopes, by a system operation: the grant that
// makes someone a trainer often lies outside the scope of whoever schedules the session (a township's trainer leading
// a branch's class, scheduled by the branch), and the guard rightly hides those grants and accounts from the caller.
// The answer is the account's display name (as the session's list shows it), or for the picker its id, name and home
// unit's name: nothing else of it crosses.
import { roleCatalog } from '@strata/api';
import type { Db, Prisma, Tx } from '@strata/db';

/** The most trainers the session form's picker is offered at once (it narrows them by name). */
export const trainersShownMax = 50;

/** The roles of the catalog in force whose grants give training.teach. */
const teachingRoles = () =>
  roleCatalog()
    .roles()
    .filter((role) => roleCatalog().permissionsOf(role).includes('training.teach'));

/** The unit at `unitPath` (`/1/5/12/`) and the units above it, by path (`/1/`, `/1/5/`, `/1/5/12/`). */
const pathAndAbove = (unitPath: string): string[] => {
  const ids = unitPath.split('/').filter(Boolean);
  return ids.map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`);
};

/** The one rule: an account not disabled with a teaching grant at the unit at `unitPath` or above it. */
const mayTeachAt = (unitPath: string): Prisma.UserWhereInput => ({
  disabledAt: null,
  grants: { some: { role: { in: teachingRoles() }, unit: { path: { in: pathAndAbove(unitPath) } } } },
});

/** The account's display name when it may teach the courses of the unit at `unitPath` (a grant at it or above it). */
export async function trainerAt(db: Db | Tx, accountId: number, unitPath: string): Promise<string | null> {
  const account = await db.user.findFirst({
    where: { id: accountId, ...mayTeachAt(unitPath) },
    select: { displayName: true },
  });
  return account?.displayName ?? null;
}

/** The accounts that may teach the courses of the unit at `unitPath`, by name, `q` narrowing the name; at most 50. */
export async function trainersAt(db: Db | Tx, unitPath: string, q: string | undefined) {
  const accounts = await db.user.findMany({
    where: { ...mayTeachAt(unitPath), ...(q ? { displayName: { contains: q } } : {}) },
    orderBy: [{ displayName: 'asc' }, { id: 'asc' }],
    take: trainersShownMax,
    select: { id: true, displayName: true, unit: { select: { name: true } } },
  });
  return accounts.map((a) => ({ id: a.id, name: a.displayName, unitName: a.unit.name }));
}
