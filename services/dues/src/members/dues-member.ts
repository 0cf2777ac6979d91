// A member as the dues see them: looked up through the caller's scope for a dues permission (an id elsewhere is a
// missing member), with the month they pay from (their admission as a probationary member) and whether they pay.
import { AppError, type Permission, type Scope } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import { duesMessage } from '../locales';

/** Who pays dues: probationary and full members in the registry (active, or floating away from their branch). */
export const payingStages = ['probationary', 'full'] as const;
export const payingStatuses = ['active', 'floating'] as const;

export const duesMemberColumns = {
  id: true,
  unitId: true,
  name: true,
  stage: true,
  status: true,
  occupation: true,
  probationaryOn: true,
} as const;

export type DuesMember = {
  id: number;
  unitId: number;
  name: string;
  stage: string;
  status: string;
  occupation: string;
  probationaryOn: string | null;
};

export const memberNotFound = () => new AppError('NOT_FOUND', duesMessage('memberNotFound'));

/** The month a member pays from: the month they were admitted as a probationary member (null: not admitted). */
export const admittedMonth = (member: Pick<DuesMember, 'probationaryOn'>) => member.probationaryOn?.slice(0, 7) ?? null;

/** Whether the member pays dues now: a probationary or full member in the registry. */
export const pays = (member: Pick<DuesMember, 'stage' | 'status'>) =>
  (payingStages as readonly string[]).includes(member.stage) &&
  (payingStatuses as readonly string[]).includes(member.status);

export async function duesMemberInScope(
  tx: Db | Tx,
  scope: Scope,
  permission: Permission,
  id: number,
): Promise<DuesMember> {
  const member = await tx.member.findFirst({
    where: { id, ...scope.ownedWhere(permission) },
    select: duesMemberColumns,
  });
  if (!member) throw memberNotFound();
  return member;
}
