// Scope cases of accounts and grants (the audit log's are in audit.ts): lists hold exactly the rows in the
// caller's scope (a row shows only the grants in scope), and every account, grant or unit of 东湖街道 is a
// missing id.
import { roleCatalog } from '@strata/api';
import { verifyPassword } from '@strata/db';
import { expect } from 'vitest';
import { addAccount, uniqueName } from '../../../../tests/support/factories';
import {
  eachPlace,
  expectHidden,
  idsOf,
  missing,
  ownPlace,
  type ScopeCase,
  type ScopeTest,
} from '../../../../tests/support/scope-test';

const userRow = (t: ScopeTest, id: number) => t.env.db.user.findUniqueOrThrow({ where: { id } });
const inSubtree = (path: string) => ({ path: { startsWith: path } });
const password = 'Strong#password1';

export const scopeCases: Record<string, ScopeCase> = {
  'identity.users.list': async (t) => {
    const { db } = t.env;
    // An account in scope that also holds a role in 东湖街道: its row must not show that grant.
    const own = ownPlace(t, 'user.read');
    await addAccount(t.env, {
      unitId: own.branches[2]!.id,
      grants: [
        { role: 'member', unitId: own.branches[2]!.id },
        { role: 'member', unitId: t.foreign.branches[2]!.id },
      ],
    });
    const where = { unit: t.unitsWith('user.read') };
    const page = await t.a.identity.users.list({ page: 1, pageSize: 100 });
    expect(page.total).toBe(await db.user.count({ where }));
    expect(idsOf(page.items)).toEqual(idsOf(await db.user.findMany({ where, select: { id: true } })));
    for (const row of page.items) {
      const grants = await db.grant.findMany({ where: { userId: row.id }, include: { unit: true } });
      const visible = grants.filter((g) => t.may('user.read', g.unit.path));
      expect(idsOf(row.grants)).toEqual(idsOf(visible));
      expect(row.grantsOutsideScope).toBe(grants.length - visible.length);
    }
    expect(page.items.some((r) => r.grantsOutsideScope > 0)).toBe(true);
    await eachPlace(
      t,
      'user.read',
      async (p) => {
        // Narrowed to the township, and to one branch of it (a narrowing that is ignored shows there).
        for (const unit of [p.township, p.branches[0]!]) {
          const sub = { unit: inSubtree(unit.path) };
          const narrowed = await t.a.identity.users.list({ unitId: unit.id, page: 1, pageSize: 100 });
          const rows = await db.user.findMany({ where: sub, select: { id: true } });
          expect(rows.length).toBeGreaterThan(0);
          expect(narrowed.total).toBe(rows.length);
          expect(idsOf(narrowed.items)).toEqual(idsOf(rows));
        }
      },
      (p) =>
        expectHidden(
          t.a.identity.users.list({ unitId: p.township.id, page: 1, pageSize: 20 }),
          t.a.identity.users.list({ unitId: missing, page: 1, pageSize: 20 }),
        ),
    );
  },

  'identity.users.create': (t) =>
    eachPlace(
      t,
      'user.manage',
      async (p) => {
        const username = uniqueName(`${t.tag}-${p.slug}`);
        const unitId = p.branches[0]!.id;
        const row = await t.a.identity.users.create({ username, displayName: '新用户', unitId, password });
        expect(row).toMatchObject({ username, unitId, grants: [] });
        expect(await userRow(t, row.id)).toMatchObject({ username, unitId, mustChangePassword: true });
      },
      async (p) => {
        const before = await t.env.db.user.count();
        const input = { username: 'intruder', displayName: 'x', password };
        await expectHidden(
          t.a.identity.users.create({ ...input, unitId: p.branches[0]!.id }),
          t.a.identity.users.create({ ...input, unitId: missing }),
        );
        expect(await t.env.db.user.count()).toBe(before);
      },
    ),

  'identity.users.update': (t) =>
    eachPlace(
      t,
      'user.manage',
      async (p) => {
        const unitId = p.branches[1]!.id;
        const user = await addAccount(t.env, { unitId, grants: [{ role: 'content_editor', unitId }] });
        const session = await t.env.as(user.username);
        const row = await t.a.identity.users.update({ id: user.id, displayName: '改过的名字', disabled: true });
        expect(row).toMatchObject({ id: user.id, displayName: '改过的名字', disabled: true });
        expect(await userRow(t, user.id)).toMatchObject({ displayName: '改过的名字', disabledAt: expect.any(Date) });
        expect(await session.identity.auth.me()).toBeNull();
      },
      async (p) => {
        const user = await addAccount(t.env, { unitId: p.branches[1]!.id });
        await expectHidden(
          t.a.identity.users.update({ id: user.id, displayName: 'x', disabled: true }),
          t.a.identity.users.update({ id: missing, displayName: 'x', disabled: true }),
        );
        const { grantIds: _, ...before } = user;
        expect(await userRow(t, user.id)).toEqual(before);
      },
    ),

  'identity.users.resetPassword': (t) =>
    eachPlace(
      t,
      'user.manage',
      async (p) => {
        const user = await addAccount(t.env, { unitId: p.branches[1]!.id });
        expect(await t.a.identity.users.resetPassword({ id: user.id, newPassword: password })).toEqual({ ok: true });
        const after = await userRow(t, user.id);
        expect(after.mustChangePassword).toBe(true);
        expect(await verifyPassword(after.passwordHash, password)).toBe(true);
      },
      async (p) => {
        const user = await addAccount(t.env, { unitId: p.branches[1]!.id });
        await expectHidden(
          t.a.identity.users.resetPassword({ id: user.id, newPassword: password }),
          t.a.identity.users.resetPassword({ id: missing, newPassword: password }),
        );
        expect(await userRow(t, user.id)).toMatchObject({ passwordHash: user.passwordHash, mustChangePassword: false });
      },
    ),

  'identity.grants.roles': async (t) => {
    // The composed role table: no unit data, so nothing to hide; the whole table is answered. What the
    // spine and the teams define is written out here, so a change to it fails the suite.
    const table = await t.a.identity.grants.roles();
    const of = (role: string) => table.find((r) => r.role === role)?.permissions;
    expect(table.map((r) => r.role).sort()).toEqual(roleCatalog().roles().sort());
    for (const admin of ['municipal_admin', 'township_admin'])
      expect(of(admin)).toEqual(
        expect.arrayContaining(['unit.manage', 'user.manage', 'audit.read', 'calendar.manage', 'content.manage']),
      );
    expect(of('content_editor')).toEqual(['unit.read', 'content.read', 'content.write']);
    expect(of('reviewer')).toEqual(['unit.read', 'content.read', 'content.write', 'content.review']);
    expect(of('member')).toEqual(['unit.read', 'content.read', 'mailbox.post']);
    expect(of('branch_secretary')).toEqual([
      'unit.read',
      'user.read',
      'audit.read',
      'content.read',
      'content.write',
      'content.review',
      'mailbox.read',
      'mailbox.handle',
      'mailbox.post',
      'mailbox.moderate',
      'members.read',
      'members.pii',
      'members.edit',
      'members.transfer',
      'dues.read',
      'dues.record',
      'volunteers.read',
      'volunteers.pii',
      'volunteers.manage',
      'volunteers.organise',
      'volunteers.certify',
      'training.read',
      'training.assign',
    ]);
    expect(of('trainer')).toEqual(['unit.read', 'training.manage', 'training.teach']);
    expect(of('training_officer')).toEqual(['unit.read', 'training.read', 'training.assign']);
    expect(of('volunteer_coordinator')).toEqual([
      'unit.read',
      'volunteers.read',
      'volunteers.pii',
      'volunteers.manage',
      'volunteers.organise',
      'volunteers.certify',
    ]);
    expect(of('volunteers_viewer')).toEqual(['unit.read', 'volunteers.read']);
    expect(of('dues_officer')).toEqual(['unit.read', 'dues.read', 'dues.record']);
    expect(of('dues_viewer')).toEqual(['unit.read', 'dues.read']);
    expect(of('members_officer')).toEqual([
      'unit.read',
      'members.read',
      'members.pii',
      'members.edit',
      'members.transfer',
    ]);
    expect(of('members_viewer')).toEqual(['unit.read', 'members.read']);
    expect(of('mailbox_handler')).toEqual([
      'unit.read',
      'mailbox.read',
      'mailbox.handle',
      'mailbox.post',
      'mailbox.moderate',
    ]);
  },

  'identity.grants.add': (t) =>
    eachPlace(
      t,
      'user.manage',
      async (p) => {
        const user = await addAccount(t.env, { unitId: p.branches[2]!.id });
        const unit = p.branches[3]!;
        const grant = await t.a.identity.grants.add({ userId: user.id, role: 'member', unitId: unit.id });
        expect(grant).toMatchObject({ role: 'member', unitId: unit.id, unitName: unit.name });
        expect(await t.env.db.grant.findUniqueOrThrow({ where: { id: grant.id } })).toMatchObject({
          userId: user.id,
          role: 'member',
          unitId: unit.id,
        });
      },
      async (p) => {
        const own = ownPlace(t, 'user.manage');
        const theirs = await addAccount(t.env, { unitId: p.branches[2]!.id });
        const mine = await addAccount(t.env, { unitId: own.branches[2]!.id });
        // Their account, granted at an own unit; an own account, granted at their unit.
        await expectHidden(
          t.a.identity.grants.add({ userId: theirs.id, role: 'member', unitId: own.branches[3]!.id }),
          t.a.identity.grants.add({ userId: missing, role: 'member', unitId: own.branches[3]!.id }),
        );
        await expectHidden(
          t.a.identity.grants.add({ userId: mine.id, role: 'member', unitId: p.branches[3]!.id }),
          t.a.identity.grants.add({ userId: mine.id, role: 'member', unitId: missing }),
        );
        expect(await t.env.db.grant.count({ where: { userId: { in: [theirs.id, mine.id] } } })).toBe(0);
      },
    ),

  'identity.grants.remove': (t) =>
    eachPlace(
      t,
      'user.manage',
      async (p) => {
        const unitId = p.branches[3]!.id;
        const user = await addAccount(t.env, { unitId, grants: [{ role: 'member', unitId }] });
        expect(await t.a.identity.grants.remove({ id: user.grantIds[0]! })).toEqual({ ok: true });
        expect(await t.env.db.grant.count({ where: { userId: user.id } })).toBe(0);
      },
      async (p) => {
        const unitId = p.branches[3]!.id;
        const user = await addAccount(t.env, { unitId, grants: [{ role: 'member', unitId }] });
        await expectHidden(
          t.a.identity.grants.remove({ id: user.grantIds[0]! }),
          t.a.identity.grants.remove({ id: missing }),
        );
        expect(await t.env.db.grant.count({ where: { id: user.grantIds[0]! } })).toBe(1);
      },
    ),
};
