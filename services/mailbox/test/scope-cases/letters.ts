// Scope cases of the letters: in each own township where the caller handles mail, a branch's letter is listed, read
// and taken through every step with the right result; in 东湖街道 (and where the caller's grant carries no mailbox
// permission) the same calls answer exactly as for a missing letter, and change nothing.
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import { uniqueName } from '../../../../tests/support/factories';
import {
  eachPlace,
  expectHidden,
  missing,
  type Place,
  type ScopeCase,
  type ScopeTest,
} from '../../../../tests/support/scope-test';
import { addLetter } from '../support/letters';

const branchOf = (p: Place): Unit => p.branches[0] as Unit;
const letterRow = (t: ScopeTest, id: number) => t.env.db.letter.findUniqueOrThrow({ where: { id } });

/** A step both ways: taken on an own letter (then `check`), refused on a foreign one as on a missing id. */
function stepCase(
  status: 'received' | 'accepted' | 'assigned',
  take: (t: ScopeTest, id: number, p: Place) => Promise<unknown>,
  check: (t: ScopeTest, id: number, p: Place) => Promise<void>,
  prepare: (t: ScopeTest, id: number) => Promise<unknown> = async () => {},
): ScopeCase {
  return (t) =>
    eachPlace(
      t,
      'mailbox.handle',
      async (p) => {
        const letter = await addLetter(t.env, p.township.id, { status, assignTo: branchOf(p).id });
        await prepare(t, letter.id);
        await take(t, letter.id, p);
        await check(t, letter.id, p);
      },
      async (p) => {
        const letter = await addLetter(t.env, p.township.id, { status, assignTo: branchOf(p).id });
        await prepare(t, letter.id);
        const before = await letterRow(t, letter.id);
        await expectHidden(take(t, letter.id, p), take(t, missing, p));
        expect(await letterRow(t, letter.id)).toEqual(before);
      },
    );
}

export const scopeCases: Record<string, ScopeCase> = {
  'mailbox.letters.list': (t) =>
    eachPlace(
      t,
      'mailbox.read',
      async (p) => {
        const title = uniqueName(`${t.tag}列表`);
        const letter = await addLetter(t.env, branchOf(p).id, { title });
        const page = await t.a.mailbox.letters.list({ unitId: p.township.id, q: title });
        expect(page.items).toEqual([
          expect.objectContaining({
            id: letter.id,
            title,
            unitId: branchOf(p).id,
            status: 'received',
            deadline: 'onTime',
          }),
        ]);
        // The whole scope holds it too; 东湖街道's letter of the same title never shows.
        const foreign = await addLetter(t.env, branchOf(t.foreign).id, { title });
        const all = await t.a.mailbox.letters.list({ q: title });
        expect(all.items.map((i) => i.id)).toEqual([letter.id]);
        expect(all.items.map((i) => i.id)).not.toContain(foreign.id);
      },
      async (p) => {
        await expectHidden(
          t.a.mailbox.letters.list({ unitId: p.township.id }),
          t.a.mailbox.letters.list({ unitId: missing }),
        );
      },
    ),

  'mailbox.letters.get': (t) =>
    eachPlace(
      t,
      'mailbox.read',
      async (p) => {
        const letter = await addLetter(t.env, branchOf(p).id, { name: '李四', phone: '13912345678' });
        const got = await t.a.mailbox.letters.get({ id: letter.id });
        expect(got).toMatchObject({
          id: letter.id,
          number: letter.number,
          unitId: branchOf(p).id,
          submitterName: '李*',
          submitterPhone: '139****5678',
        });
        expect(got.events.map((e) => e.kind)).toEqual(['received']);
      },
      async (p) => {
        const letter = await addLetter(t.env, branchOf(p).id);
        await expectHidden(t.a.mailbox.letters.get({ id: letter.id }), t.a.mailbox.letters.get({ id: missing }));
      },
    ),

  'mailbox.letters.reveal': (t) =>
    eachPlace(
      t,
      'mailbox.handle',
      async (p) => {
        const letter = await addLetter(t.env, branchOf(p).id, { name: '王五', phone: '13712345678' });
        expect(await t.a.mailbox.letters.reveal({ id: letter.id })).toEqual({ name: '王五', phone: '13712345678' });
        const audit = await t.env.db.auditLog.findFirst({
          where: { action: 'letter.reveal', entityId: String(letter.id) },
        });
        expect(audit?.actorId).toBe(t.user.id);
        expect(audit?.after).not.toContain('13712345678');
      },
      async (p) => {
        const letter = await addLetter(t.env, branchOf(p).id);
        await expectHidden(t.a.mailbox.letters.reveal({ id: letter.id }), t.a.mailbox.letters.reveal({ id: missing }));
      },
    ),

  'mailbox.letters.accept': stepCase(
    'received',
    (t, id) => t.a.mailbox.letters.accept({ id }),
    async (t, id) => expect(await letterRow(t, id)).toMatchObject({ status: 'accepted', acceptedAt: expect.any(Date) }),
  ),
  'mailbox.letters.reject': stepCase(
    'received',
    (t, id) => t.a.mailbox.letters.reject({ id, reason: '不属于受理范围' }),
    async (t, id) =>
      expect(await letterRow(t, id)).toMatchObject({ status: 'rejected', reason: '不属于受理范围', openDueAt: null }),
  ),
  'mailbox.letters.assign': stepCase(
    'accepted',
    (t, id, p) => t.a.mailbox.letters.assign({ id, unitId: branchOf(p).id }),
    async (t, id, p) => expect(await letterRow(t, id)).toMatchObject({ status: 'assigned', unitId: branchOf(p).id }),
  ),
  'mailbox.letters.handle': stepCase(
    'accepted',
    (t, id) => t.a.mailbox.letters.handle({ id, note: '已电话联系来信人' }),
    async (t, id) =>
      expect(await letterRow(t, id)).toMatchObject({ status: 'handled', handlingNote: '已电话联系来信人' }),
  ),
  'mailbox.letters.reply': stepCase(
    'accepted',
    (t, id) => t.a.mailbox.letters.reply({ id, reply: '周末正常开放。', public: true }),
    async (t, id, p) =>
      expect(await letterRow(t, id)).toMatchObject({
        status: 'replied',
        reply: '周末正常开放。',
        replyPublic: true,
        replyUnitId: p.township.id,
        openDueAt: null,
      }),
  ),
  'mailbox.letters.close': (t) =>
    eachPlace(
      t,
      'mailbox.handle',
      async (p) => {
        const letter = await addLetter(t.env, p.township.id, { status: 'accepted' });
        await t.a.mailbox.letters.reply({ id: letter.id, reply: '已答复。', public: false });
        await t.a.mailbox.letters.close({ id: letter.id });
        expect(await letterRow(t, letter.id)).toMatchObject({ status: 'closed', closedAt: expect.any(Date) });
      },
      async (p) => {
        const letter = await addLetter(t.env, p.township.id);
        await t.env.db.letter.update({ where: { id: letter.id }, data: { status: 'replied' } });
        await expectHidden(t.a.mailbox.letters.close({ id: letter.id }), t.a.mailbox.letters.close({ id: missing }));
        expect((await letterRow(t, letter.id)).status).toBe('replied');
      },
    ),
  'mailbox.letters.return': stepCase(
    'assigned',
    (t, id) => t.a.mailbox.letters.return({ id, reason: '不属于本支部' }),
    async (t, id, p) =>
      expect(await letterRow(t, id)).toMatchObject({
        status: 'accepted',
        unitId: p.township.id,
        reason: '不属于本支部',
      }),
  ),
  'mailbox.letters.note': stepCase(
    'received',
    (t, id) => t.a.mailbox.letters.note({ id, text: '请核实来信人身份' }),
    async (t, id) =>
      expect(await t.env.db.letterEvent.findFirst({ where: { letterId: id, kind: 'note' } })).toMatchObject({
        text: '请核实来信人身份',
        actorId: t.user.id,
      }),
  ),
  'mailbox.letters.askExtension': stepCase(
    'accepted',
    (t, id) => t.a.mailbox.letters.askExtension({ id, days: 5, reason: '需要现场核查' }),
    async (t, id) => expect(await letterRow(t, id)).toMatchObject({ extensionState: 'pending', extensionDays: 5 }),
  ),
  // Decided one level up: a branch's request reaches the township's handlers.
  'mailbox.letters.decideExtension': stepCase(
    'assigned',
    (t, id) => t.a.mailbox.letters.decideExtension({ id, approve: true, reason: '' }),
    async (t, id) => {
      const row = await letterRow(t, id);
      expect(row).toMatchObject({ extensionState: 'approved', deadlineDays: 3 + 3 });
      expect(row.openDueAt).toEqual(row.dueAt);
    },
    (t, id) =>
      t.env.db.letter.update({
        where: { id },
        data: { extensionState: 'pending', extensionDays: 3, extensionReason: '需要现场核查' },
      }),
  ),
};
