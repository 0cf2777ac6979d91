// Scope cases of the transfer letters: the sharing rule both ways. In each own township where the caller transfers
// members, a letter is issued from its branch, cancelled by it, and a letter addressed to its branch from 东湖街道 is
// listed, read, confirmed and returned by it (the receiver's grant makes the letter its own data for those). A letter
// between two 东湖街道 branches, or from 东湖街道 to a township where the caller holds no members permission, answers
// exactly as a missing letter and stays unchanged; a letter the caller sent cannot be confirmed or returned by it, nor
// one it received cancelled. The destinations a letter may name are the exception by design: every open branch of the
// organisation, 东湖街道's included, each by its id, name and township alone, offered to whoever transfers members
// somewhere and refused to a caller who does not.
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import { addUnit, uniqueName } from '../../../../tests/support/factories';
import {
  eachPlace,
  expectHidden,
  missing,
  type Place,
  type ScopeCase,
  type ScopeTest,
} from '../../../../tests/support/scope-test';
import { addMember } from '../support/members';
import { addLetter } from '../support/transfers';

const branchOf = (p: Place): Unit => p.branches[0] as Unit;
/** A second branch of the place: the other end of a letter that stays inside it. */
const otherBranchOf = (p: Place): Unit => p.branches[1] as Unit;
const letterRow = (t: ScopeTest, id: number) => t.env.db.transfer.findUniqueOrThrow({ where: { id } });
const memberRow = (t: ScopeTest, id: number) => t.env.db.member.findUniqueOrThrow({ where: { id } });
const today = '2026-03-10T10:00:00';

/**
 * A receiver's decision both ways: on a letter from 东湖街道 to an own branch (then `check`), and refused as a missing
 * letter on one between two branches of a place that is not the caller's, or one the caller sent itself.
 */
function receiverCase(
  take: (t: ScopeTest, id: number) => Promise<unknown>,
  check: (t: ScopeTest, letterId: number, memberId: number, p: Place) => Promise<void>,
): ScopeCase {
  return (t) =>
    eachPlace(
      t,
      'members.transfer',
      async (p) => {
        const letter = await addLetter(t.env, branchOf(t.foreign).id, branchOf(p).id);
        await t.env.at(today, () => take(t, letter.id));
        await check(t, letter.id, letter.memberId, p);
        // A letter the caller sent is the other side's to decide: for the caller, a missing letter.
        const sent = await addLetter(t.env, branchOf(p).id, branchOf(t.foreign).id);
        await t.env.at(today, () => expectHidden(take(t, sent.id), take(t, missing)));
        expect((await letterRow(t, sent.id)).state).toBe('issued');
      },
      async (p) => {
        const letter = await addLetter(t.env, branchOf(p).id, otherBranchOf(p).id);
        const before = await letterRow(t, letter.id);
        const member = await memberRow(t, letter.memberId);
        await t.env.at(today, () => expectHidden(take(t, letter.id), take(t, missing)));
        expect(await letterRow(t, letter.id)).toEqual(before);
        expect(await memberRow(t, letter.memberId)).toEqual(member);
      },
    );
}

export const scopeCases: Record<string, ScopeCase> = {
  'members.transfers.issue': (t) =>
    eachPlace(
      t,
      'members.transfer',
      async (p) => {
        // From an own branch to any branch of the system, 东湖街道's included.
        const member = await addMember(t.env, branchOf(p).id);
        const issued = await t.env.at(today, () =>
          t.a.members.transfers.issue({
            memberId: member.id,
            toUnitId: branchOf(t.foreign).id,
            issuedOn: '2026-03-09',
            reason: '工作调动',
          }),
        );
        expect(await letterRow(t, issued.id)).toMatchObject({
          unitId: branchOf(p).id,
          memberId: member.id,
          toUnitId: branchOf(t.foreign).id,
          letterNo: issued.letterNo,
          state: 'issued',
          expiresOn: '2026-06-09',
        });
        expect((await memberRow(t, member.id)).unitId).toBe(branchOf(p).id);
      },
      async (p) => {
        const member = await addMember(t.env, branchOf(p).id);
        const issue = (memberId: number) =>
          t.a.members.transfers.issue({
            memberId,
            toUnitId: branchOf(t.places[0] as Place).id,
            issuedOn: '2026-03-09',
            reason: '工作调动',
          });
        await t.env.at(today, () => expectHidden(issue(member.id), issue(missing)));
        expect(await t.env.db.transfer.count({ where: { memberId: member.id } })).toBe(0);
      },
    ),

  'members.transfers.confirm': receiverCase(
    (t, id) => t.a.members.transfers.confirm({ id, note: '已报到' }),
    async (t, letterId, memberId, p) => {
      expect(await letterRow(t, letterId)).toMatchObject({ state: 'confirmed', decidedById: t.user.id });
      expect(await memberRow(t, memberId)).toMatchObject({ unitId: branchOf(p).id, status: 'active' });
    },
  ),

  'members.transfers.return': receiverCase(
    (t, id) => t.a.members.transfers.return({ id, reason: '信息有误' }),
    async (t, letterId, memberId) => {
      expect(await letterRow(t, letterId)).toMatchObject({ state: 'returned', answer: '信息有误' });
      expect((await memberRow(t, memberId)).unitId).toBe(branchOf(t.foreign).id);
    },
  ),

  'members.transfers.cancel': (t) =>
    eachPlace(
      t,
      'members.transfer',
      async (p) => {
        const letter = await addLetter(t.env, branchOf(p).id, branchOf(t.foreign).id);
        await t.env.at(today, () => t.a.members.transfers.cancel({ id: letter.id, reason: '暂缓转出' }));
        expect(await letterRow(t, letter.id)).toMatchObject({ state: 'cancelled', answer: '暂缓转出' });
        // A letter the caller received is the sender's to cancel: for the caller, a missing letter.
        const received = await addLetter(t.env, branchOf(t.foreign).id, branchOf(p).id);
        const cancel = (id: number) => t.a.members.transfers.cancel({ id, reason: '暂缓' });
        await expectHidden(cancel(received.id), cancel(missing));
        expect((await letterRow(t, received.id)).state).toBe('issued');
      },
      async (p) => {
        const letter = await addLetter(t.env, branchOf(p).id, otherBranchOf(p).id);
        const cancel = (id: number) => t.a.members.transfers.cancel({ id, reason: '暂缓' });
        await expectHidden(cancel(letter.id), cancel(missing));
        expect((await letterRow(t, letter.id)).state).toBe('issued');
      },
    ),

  'members.transfers.list': (t) =>
    eachPlace(
      t,
      'members.read',
      async (p) => {
        const out = await addLetter(t.env, branchOf(p).id, branchOf(t.foreign).id);
        const incoming = await addLetter(t.env, branchOf(t.foreign).id, branchOf(p).id);
        const between = await addLetter(t.env, branchOf(t.foreign).id, otherBranchOf(t.foreign).id);
        const sides = async (unitId?: number) => {
          const page = await t.env.at(today, () =>
            t.a.members.transfers.list({ direction: 'all', pageSize: 100, ...(unitId ? { unitId } : {}) }),
          );
          return new Map(page.items.map((r) => [r.id, r.direction]));
        };
        for (const listed of [await sides(p.township.id), await sides()]) {
          expect(listed.get(out.id)).toBe('out');
          expect(listed.get(incoming.id)).toBe('in');
          expect(listed.has(between.id)).toBe(false);
        }
        // Sorted in the database over what the caller sees, either side: by the member's name (pinyin: 李, 王, 张),
        // an order that is neither the ids' nor the days' either way; 东湖街道's letter between its own branches,
        // though its member's name matches, is never among them.
        const marker = uniqueName(`排序${t.tag}`);
        const named = async (from: Unit, to: Unit, name: string, issuedOn: string) => {
          const member = await addMember(t.env, from.id, { name: `${marker}${name}` });
          return (await addLetter(t.env, from.id, to.id, { memberId: member.id, issuedOn })).id;
        };
        const a = await named(branchOf(p), branchOf(t.foreign), '王', '2026-03-01');
        const b = await named(branchOf(t.foreign), branchOf(p), '张', '2026-03-05');
        const c = await named(branchOf(p), branchOf(t.foreign), '李', '2026-03-03');
        const hidden = await named(branchOf(t.foreign), otherBranchOf(t.foreign), '赵', '2026-03-02');
        const order = async (sort: 'member' | 'issuedOn', dir: 'asc' | 'desc') =>
          (
            await t.env.at(today, () =>
              t.a.members.transfers.list({ unitId: p.township.id, q: marker, sort, order: dir }),
            )
          ).items.map((r) => r.id);
        expect(await order('member', 'asc')).toEqual([c, a, b]);
        expect(await order('member', 'desc')).toEqual([b, a, c]);
        expect(await order('issuedOn', 'asc')).toEqual([a, c, b]);
        expect(await order('issuedOn', 'desc')).not.toContain(hidden);
        const page = await t.env.at(today, () =>
          t.a.members.transfers.list({ direction: 'in', unitId: p.township.id, q: incoming.letterNo }),
        );
        expect(page.items).toEqual([
          expect.objectContaining({
            id: incoming.id,
            fromUnitId: branchOf(t.foreign).id,
            toUnitId: branchOf(p).id,
            actions: { confirm: true, return: true, cancel: false },
          }),
        ]);
      },
      (p) =>
        expectHidden(
          t.a.members.transfers.list({ unitId: p.township.id, sort: 'expiresOn', order: 'asc' }),
          t.a.members.transfers.list({ unitId: missing, sort: 'expiresOn', order: 'asc' }),
        ),
    ),

  'members.transfers.destinations': async (t) => {
    // A fresh branch in each own township and in 东湖街道, found by one search: the caller's scope plays no part.
    const prefix = uniqueName(`去向${t.tag}`);
    const places = [...t.places, t.foreign];
    const made = [];
    for (const p of places) {
      const unit = await addUnit(t.env, p.township, { kind: 'branch', name: `${prefix}支部${p.slug}` });
      made.push({ path: unit.path, row: { id: unit.id, name: unit.name, townshipName: p.township.name } });
      // Archived, it is nobody's destination.
      await addUnit(t.env, p.township, { kind: 'branch', name: `${prefix}旧支部${p.slug}`, archived: true });
    }
    const expected = made.sort((x, y) => (x.path < y.path ? -1 : 1)).map((m) => m.row);
    // Of each unit its id, its name and its township's name: nothing else (the output check refuses more).
    expect(await t.a.members.transfers.destinations({ q: prefix })).toEqual(expected);
    // A caller who transfers members nowhere is refused, whatever it reads.
    for (const username of ['viewer', 'editor']) {
      const other = await t.env.as(username);
      await expect(other.members.transfers.destinations({ q: prefix })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  },

  'members.transfers.get': (t) =>
    eachPlace(
      t,
      'members.read',
      async (p) => {
        const letter = await addLetter(t.env, branchOf(t.foreign).id, branchOf(p).id);
        const member = await memberRow(t, letter.memberId);
        const got = await t.env.at(today, () => t.a.members.transfers.get({ id: letter.id }));
        expect(got).toMatchObject({
          id: letter.id,
          direction: 'in',
          fromUnitName: branchOf(t.foreign).name,
          member: { name: member.name, birthDate: member.birthDate, stage: member.stage },
        });
        expect(got.member.idNumber).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
      },
      async (p) => {
        const letter = await addLetter(t.env, branchOf(p).id, otherBranchOf(p).id);
        await expectHidden(t.a.members.transfers.get({ id: letter.id }), t.a.members.transfers.get({ id: missing }));
      },
    ),
};
