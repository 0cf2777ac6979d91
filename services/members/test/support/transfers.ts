// Transfer letters and floating attachments for tests, written straight with the raw client (as the demo would leave
// them): each test works on its own rows, and a scope case can set up a letter between two units it may not touch.
import type { TestEnv } from '../../../../tests/support/env';
import { uniqueName } from '../../../../tests/support/factories';
import { expiresOn } from '../../src/transfers/transfer-rules';
import { addMember } from './members';

type LetterOptions = {
  /** The member sent (a new full member of the sending unit unless given). */
  memberId?: number;
  issuedOn?: string;
  state?: 'issued' | 'confirmed' | 'returned' | 'cancelled';
};

/** An issued letter from `fromUnitId` to `toUnitId`, for a member of the sender, valid three months. */
export async function addLetter(env: TestEnv, fromUnitId: number, toUnitId: number, opts: LetterOptions = {}) {
  const memberId = opts.memberId ?? (await addMember(env, fromUnitId)).id;
  const issuedOn = opts.issuedOn ?? '2026-03-02';
  return env.db.transfer.create({
    data: {
      unitId: fromUnitId,
      memberId,
      letterNo: uniqueName('测试介绍信'),
      toUnitId,
      issuedOn,
      expiresOn: expiresOn(issuedOn, false),
      state: opts.state ?? 'issued',
      reason: '工作调动',
    },
  });
}

/** An open floating attachment of a member of `homeUnitId` (a new one unless given) to `hostUnitId`. */
export async function addAttachment(env: TestEnv, homeUnitId: number, hostUnitId: number, memberId?: number) {
  const id = memberId ?? (await addMember(env, homeUnitId, { status: 'floating' })).id;
  return env.db.floatingAttachment.create({
    data: { unitId: homeUnitId, memberId: id, hostUnitId, place: '外出务工', startedOn: '2026-01-05' },
  });
}
