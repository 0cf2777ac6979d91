// Dues for tests: a member of a branch with a declared base (written straight, as the demo would), and a payment's
// request key of its own.
import type { TestEnv } from '../../../../tests/support/env';
import { addMember, type MemberOptions } from '../../../members/test/support/members';

let keys = 0;
/** A fresh request key, as the payment form makes one when it opens. */
export const requestKey = () => `test-${process.pid}-${++keys}-${Date.now().toString(36)}`;

/** A paying member of `unitId` (admitted as `admitted`) with a salaried base of `baseFen` from `from` on. */
export async function addPayer(
  env: TestEnv,
  unitId: number,
  {
    baseFen = 400_000,
    from = '2025-01',
    admitted = '2021-01-15',
    ...opts
  }: MemberOptions & {
    baseFen?: number;
    from?: string;
    admitted?: string;
  } = {},
) {
  const member = await addMember(env, unitId, { probationaryOn: admitted, ...opts });
  await env.db.duesBase.create({ data: { memberId: member.id, effectiveFrom: from, category: 'salaried', baseFen } });
  return member;
}
