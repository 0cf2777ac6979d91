// Scope cases of the registry. In each own township where the caller reads (or edits, or holds members.pii), a
// branch's member is listed, read, revealed, registered, changed, sent out of the registry and exported with the right
// result; for 东湖街道 (and where the caller's grant carries no members permission) the same calls answer exactly as
// for a missing member or unit, and change nothing. A name shared with a 东湖街道 member never brings that member in.
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import { addAccount, uniqueName } from '../../../../tests/support/factories';
import {
  eachPlace,
  expectHidden,
  missing,
  type Place,
  type ScopeCase,
  type ScopeTest,
} from '../../../../tests/support/scope-test';
import { addMember, newMemberInput } from '../support/members';

const branchOf = (p: Place): Unit => p.branches[0] as Unit;
const memberRow = (t: ScopeTest, id: number) => t.env.db.member.findUniqueOrThrow({ where: { id } });
/** The masks of the list and the profile: the area code and the last four, 138****5678. */
const maskedId = (clear: string) => `${clear.slice(0, 6)}********${clear.slice(-4)}`;
const maskedPhone = (clear: string) => `${clear.slice(0, 3)}****${clear.slice(-4)}`;

/** A change both ways: made on an own branch's member (then `check`), refused on a foreign one as on a missing id. */
function memberCase(
  take: (t: ScopeTest, id: number) => Promise<unknown>,
  check: (t: ScopeTest, id: number) => Promise<void>,
): ScopeCase {
  return (t) =>
    eachPlace(
      t,
      'members.edit',
      async (p) => {
        const member = await addMember(t.env, branchOf(p).id);
        await take(t, member.id);
        await check(t, member.id);
      },
      async (p) => {
        const member = await addMember(t.env, branchOf(p).id);
        const before = await memberRow(t, member.id);
        const events = await t.env.db.memberEvent.count({ where: { memberId: member.id } });
        await expectHidden(take(t, member.id), take(t, missing));
        expect(await memberRow(t, member.id)).toEqual(before);
        expect(await t.env.db.memberEvent.count({ where: { memberId: member.id } })).toBe(events);
      },
    );
}

export const scopeCases: Record<string, ScopeCase> = {
  'members.registry.list': (t) =>
    eachPlace(
      t,
      'members.read',
      async (p) => {
        const name = uniqueName(`${t.tag}名册`);
        const member = await addMember(t.env, branchOf(p).id, { name });
        const page = await t.a.members.registry.list({ unitId: p.township.id, q: name });
        expect(page.items).toEqual([
          expect.objectContaining({
            id: member.id,
            name,
            unitId: branchOf(p).id,
            unitName: branchOf(p).name,
            idNumber: maskedId(member.clear.idNumber),
            phone: maskedPhone(member.clear.phone),
          }),
        ]);
        // The whole scope holds it too; 东湖街道's member of the same name never shows.
        const foreign = await addMember(t.env, branchOf(t.foreign).id, { name });
        const all = await t.a.members.registry.list({ q: name });
        expect(all.items.map((i) => i.id)).toEqual([member.id]);
        expect(all.total).toBe(1);
        expect(all.items.map((i) => i.id)).not.toContain(foreign.id);
      },
      (p) =>
        expectHidden(
          t.a.members.registry.list({ unitId: p.township.id }),
          t.a.members.registry.list({ unitId: missing }),
        ),
    ),

  'members.registry.get': (t) =>
    eachPlace(
      t,
      'members.read',
      async (p) => {
        const member = await addMember(t.env, branchOf(p).id, { address: '湖北省武汉市江岸区沿江大道 188 号' });
        const got = await t.a.members.registry.get({ id: member.id });
        expect(got).toMatchObject({
          id: member.id,
          unitId: branchOf(p).id,
          unitName: branchOf(p).name,
          name: member.name,
          idNumber: maskedId(member.clear.idNumber),
          phone: maskedPhone(member.clear.phone),
          address: '湖北省武汉市****',
          canReveal: t.may('members.pii', branchOf(p).path),
          canEdit: t.may('members.edit', branchOf(p).path),
        });
      },
      async (p) => {
        const member = await addMember(t.env, branchOf(p).id);
        await expectHidden(t.a.members.registry.get({ id: member.id }), t.a.members.registry.get({ id: missing }));
      },
    ),

  'members.registry.reveal': (t) =>
    eachPlace(
      t,
      'members.pii',
      async (p) => {
        const member = await addMember(t.env, branchOf(p).id, { address: '湖北省武汉市江汉区解放大道 1 号' });
        expect(await t.a.members.registry.reveal({ id: member.id })).toEqual({
          idNumber: member.clear.idNumber,
          phone: member.clear.phone,
          address: '湖北省武汉市江汉区解放大道 1 号',
        });
        const audit = await t.env.db.auditLog.findFirstOrThrow({
          where: { action: 'member.reveal', entityId: String(member.id) },
        });
        expect(audit).toMatchObject({ actorId: t.user.id, unitId: branchOf(p).id, entityLabel: member.name });
        expect(JSON.parse(audit.after ?? 'null')).toEqual({ revealed: ['idNumber', 'phone', 'address'] });
      },
      async (p) => {
        const member = await addMember(t.env, branchOf(p).id);
        await expectHidden(
          t.a.members.registry.reveal({ id: member.id }),
          t.a.members.registry.reveal({ id: missing }),
        );
        // No reveal of theirs was recorded (another kind of object may share the id).
        expect(await t.env.db.auditLog.count({ where: { action: 'member.reveal', entityId: String(member.id) } })).toBe(
          0,
        );
      },
    ),

  'members.registry.create': (t) =>
    eachPlace(
      t,
      'members.edit',
      async (p) => {
        const input = newMemberInput(branchOf(p).id);
        const made = await t.a.members.registry.create(input);
        expect(await memberRow(t, made.id)).toMatchObject({
          unitId: branchOf(p).id,
          name: input.name,
          stage: 'full',
          status: 'active',
        });
        expect(await t.env.db.memberEvent.findMany({ where: { memberId: made.id } })).toEqual([
          expect.objectContaining({ kind: 'registered', actorId: t.user.id, atUnitName: branchOf(p).name }),
        ]);
      },
      async (p) => {
        const input = newMemberInput(branchOf(p).id);
        await expectHidden(
          t.a.members.registry.create(input),
          t.a.members.registry.create({ ...input, unitId: missing }),
        );
        expect(await t.env.db.member.count({ where: { name: input.name } })).toBe(0);
      },
    ),

  'members.registry.update': memberCase(
    (t, id) => t.a.members.registry.update({ id, name: '改名后的党员', workplace: '江城市第一中学' }),
    async (t, id) => {
      expect(await memberRow(t, id)).toMatchObject({ name: '改名后的党员', workplace: '江城市第一中学' });
      expect(await t.env.db.memberEvent.findFirst({ where: { memberId: id, kind: 'edited' } })).toMatchObject({
        actorId: t.user.id,
        note: 'name,workplace',
      });
    },
  ),

  'members.registry.setStatus': memberCase(
    (t, id) => t.a.members.registry.setStatus({ id, status: 'deceased', on: '2025-06-01', reason: '因病去世' }),
    async (t, id) => {
      expect(await memberRow(t, id)).toMatchObject({ status: 'deceased', leftOn: '2025-06-01' });
      expect(await t.env.db.memberEvent.findFirst({ where: { memberId: id, kind: 'status' } })).toMatchObject({
        value: 'deceased',
        on: '2025-06-01',
        note: '因病去世',
      });
    },
  ),

  // Linked by username to an account of a unit where the caller keeps the registry; another unit's account is
  // answered as a username that does not exist, and a foreign member as a missing id.
  'members.registry.linkAccount': (t) =>
    eachPlace(
      t,
      'members.edit',
      async (p) => {
        const member = await addMember(t.env, branchOf(p).id);
        const own = await addAccount(t.env, { unitId: branchOf(p).id });
        const foreign = await addAccount(t.env, { unitId: branchOf(t.foreign).id });
        const link = (username: string | null) => t.a.members.registry.linkAccount({ id: member.id, username });
        for (const username of [foreign.username, uniqueName('nobody')])
          await expect(link(username)).rejects.toMatchObject({ key: 'members.accountNotFound' });
        expect((await memberRow(t, member.id)).accountId).toBeNull();
        await link(own.username);
        expect((await memberRow(t, member.id)).accountId).toBe(own.id);
        expect(await t.a.members.registry.get({ id: member.id })).toMatchObject({
          accountLinked: true,
          account: { id: own.id, username: own.username },
        });
        await link(null);
        expect((await memberRow(t, member.id)).accountId).toBeNull();
      },
      async (p) => {
        const member = await addMember(t.env, branchOf(p).id);
        const account = await addAccount(t.env, { unitId: branchOf(p).id });
        const take = (id: number) => t.a.members.registry.linkAccount({ id, username: account.username });
        await expectHidden(take(member.id), take(missing));
        expect((await memberRow(t, member.id)).accountId).toBeNull();
      },
    ),

  'members.registry.exportPage': (t) =>
    eachPlace(
      t,
      'members.pii',
      async (p) => {
        const name = uniqueName(`${t.tag}导出`);
        const member = await addMember(t.env, branchOf(p).id, { name, address: '湖北省武汉市硚口区中山大道 3 号' });
        const foreign = await addMember(t.env, branchOf(t.foreign).id, { name });
        const page = await t.a.members.registry.exportPage({ unitId: p.township.id, q: name });
        expect(page.items).toEqual([
          expect.objectContaining({
            id: member.id,
            idNumber: member.clear.idNumber,
            phone: member.clear.phone,
            address: '湖北省武汉市硚口区中山大道 3 号',
            revealed: true,
          }),
        ]);
        const all = await t.a.members.registry.exportPage({ q: name });
        expect(all.items.map((i) => i.id)).toEqual([member.id]);
        expect(all.items.map((i) => i.id)).not.toContain(foreign.id);
        const entry = await t.env.db.auditLog.findFirstOrThrow({
          where: { action: 'member.reveal', entityId: `export:${p.township.id}`, actorId: t.user.id },
          orderBy: { id: 'desc' },
        });
        expect(JSON.parse(entry.after ?? 'null')).toMatchObject({ rows: 1, inClear: 1 });
      },
      async (p) => {
        const before = await t.env.db.auditLog.count();
        await expectHidden(
          t.a.members.registry.exportPage({ unitId: p.township.id }),
          t.a.members.registry.exportPage({ unitId: missing }),
        );
        expect(await t.env.db.auditLog.count()).toBe(before);
      },
    ),
};
