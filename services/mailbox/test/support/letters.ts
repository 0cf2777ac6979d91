// Letters for tests, sent the way the public sends them (the mailbox's system operation), then moved along with
// the raw client when a test needs one further on its way.

import type { TestEnv } from '../../../../tests/support/env';
import { uniqueName } from '../../../../tests/support/factories';
import { letterSystem } from '../../src/letters/letter-system';

let sent = 0;
/** A sending address of its own for every letter, so no test meets the per-address limit by accident. */
export const freshAddress = () => {
  sent += 1;
  return `10.${(sent >> 16) & 255}.${(sent >> 8) & 255}.${sent & 255}`;
};

type Options = {
  kind?: 'consultation' | 'complaint' | 'suggestion' | 'help';
  title?: string;
  name?: string;
  phone?: string;
  mayPublish?: boolean;
  at?: Date;
  /** Where the letter stands after it arrives: accepted at its unit, or assigned on to `assignTo`. */
  status?: 'received' | 'accepted' | 'assigned';
  assignTo?: number;
};

/** A phone number of its own for every letter, for the per-phone limit likewise. */
const freshPhone = () => `139${String(sent).padStart(8, '0')}`;

/** A letter sent to `unitId`'s mailbox, with its query code. */
export async function addLetter(env: TestEnv, unitId: number, opts: Options = {}) {
  const address = freshAddress();
  const receipt = await letterSystem(env.db).mailbox.submitLetter({
    siteUnitId: unitId,
    letter: {
      kind: opts.kind ?? 'consultation',
      title: opts.title ?? uniqueName('来信'),
      body: '请问社区活动中心周末是否开放？',
      name: opts.name ?? '张三',
      phone: opts.phone ?? freshPhone(),
      mayPublish: opts.mayPublish ?? false,
    },
    address,
    now: opts.at ?? new Date(),
  });
  if (opts.status === 'accepted' || opts.status === 'assigned')
    await env.db.letter.update({ where: { id: receipt.id }, data: { status: 'accepted', acceptedAt: new Date() } });
  if (opts.status === 'assigned') {
    const to = opts.assignTo ?? unitId;
    await env.db.letter.update({ where: { id: receipt.id }, data: { status: 'assigned', unitId: to } });
    await env.db.letterEvent.create({
      data: { letterId: receipt.id, kind: 'assigned', byUnitId: unitId, toUnitId: to },
    });
  }
  return receipt;
}
