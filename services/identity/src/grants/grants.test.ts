// Adding and removing grants on a real (SQLite) database, through the scope-guarded client a procedure gets.
import { recordAudit, runTransaction, Scope, withScopeGuard } from '@strata/api';
import type { Db, Unit } from '@strata/db';
import { addTestAccount, addTestUnit, createTestDatabase, type TestDatabase } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditFilter } from '../audit/audit-schemas';
import { listAuditEntries } from '../audit/list-audit-entries';
import { addGrant } from './add-grant';
import type { NewGrant } from './grant-schemas';
import { removeGrant } from './remove-grant';

let database: TestDatabase;
let raw: Db;
let root: Unit;
let east: Unit;
let branch: Unit;
let closed: Unit;
let west: Unit;

let n = 0;
const account = (home: Unit, grants: [string, Unit][] = []) => {
  n += 1;
  return addTestAccount(raw, { username: `acct-${n}`, displayName: `Account ${n}`, home, grants });
};

beforeAll(async () => {
  database = await createTestDatabase('sqlite');
  raw = database.db;
  root = await addTestUnit(raw, null, { name: 'city' });
  east = await addTestUnit(raw, root, { name: 'east' });
  branch = await addTestUnit(raw, east, { name: 'branch' });
  closed = await addTestUnit(raw, east, { name: 'closed', archived: true });
  west = await addTestUnit(raw, root, { name: 'west' });
});
afterAll(() => database?.drop());

/** Works as the holder of `grants` would: their scope, their guarded client, one transaction. */
function as<T>(grants: { id: number; role: string; unit: Unit }[], work: (tx: never, scope: Scope) => Promise<T>) {
  const scope = new Scope(
    grants.map((g) => ({
      id: g.id,
      role: g.role as never,
      unitId: g.unit.id,
      unitPath: g.unit.path,
      unitName: g.unit.name,
    })),
  );
  return runTransaction(withScopeGuard(raw, scope), (tx) => work(tx as never, scope));
}

describe('adding a grant', () => {
  it('gives the role at the unit, answers it with the unit’s name, and records it; again changes nothing', async () => {
    const admin = await account(east, [['township_admin', east]]);
    const member = await account(branch);
    const adminGrants = [{ id: admin.grantIds[0]!, role: 'township_admin', unit: east }];
    const input: NewGrant = { userId: member.id, role: 'branch_secretary', unitId: branch.id };
    const added = await as(adminGrants, (tx, scope) => addGrant(tx, { scope, actorId: admin.id, input }));
    expect(added).toEqual({ id: expect.any(Number), role: 'branch_secretary', unitId: branch.id, unitName: 'branch' });
    expect(await raw.grant.findMany({ where: { userId: member.id } })).toEqual([
      expect.objectContaining({ id: added.id, role: 'branch_secretary', unitId: branch.id }),
    ]);
    const again = await as(adminGrants, (tx, scope) => addGrant(tx, { scope, actorId: admin.id, input }));
    expect(again).toEqual(added);
    expect(await raw.grant.count({ where: { userId: member.id } })).toBe(1);
    expect(await raw.auditLog.count({ where: { action: 'grant.add', entityId: String(added.id) } })).toBe(1);
    expect(await raw.auditLog.findFirst({ where: { action: 'grant.add', entityId: String(added.id) } })).toMatchObject({
      actorId: admin.id,
      unitId: branch.id,
      entity: 'Grant',
      after: JSON.stringify({ userId: member.id, role: 'branch_secretary', unitId: branch.id }),
    });
  });

  it('is refused for an account or a unit outside the scope (as missing), an archived unit, a role beyond the caller', async () => {
    const admin = await account(east, [['township_admin', east]]);
    const adminGrants = [{ id: admin.grantIds[0]!, role: 'township_admin', unit: east }];
    const member = await account(branch);
    const stranger = await account(west);
    const add = (input: NewGrant) => as(adminGrants, (tx, scope) => addGrant(tx, { scope, actorId: admin.id, input }));
    await expect(add({ userId: stranger.id, role: 'member', unitId: branch.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(add({ userId: member.id, role: 'member', unitId: west.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(add({ userId: member.id, role: 'member', unitId: closed.id })).rejects.toMatchObject({
      key: 'unitArchived',
      field: 'unitId',
    });
    await expect(add({ userId: member.id, role: 'municipal_admin', unitId: east.id })).rejects.toMatchObject({
      key: 'roleNotGrantable',
    });
    expect(await raw.grant.count({ where: { userId: { in: [member.id, stranger.id] } } })).toBe(0);
  });
});

describe('removing a grant', () => {
  it('takes another account’s grant away and records what it was', async () => {
    const admin = await account(east, [['township_admin', east]]);
    const member = await account(branch, [['reviewer', branch]]);
    const id = member.grantIds[0]!;
    await as([{ id: admin.grantIds[0]!, role: 'township_admin', unit: east }], (tx, scope) =>
      removeGrant(tx, { scope, actorId: admin.id, id }),
    );
    expect(await raw.grant.count({ where: { id } })).toBe(0);
    expect(await raw.auditLog.findFirst({ where: { action: 'grant.remove', entityId: String(id) } })).toMatchObject({
      actorId: admin.id,
      unitId: branch.id,
      entity: 'Grant',
      before: JSON.stringify({ userId: member.id, role: 'reviewer', unitId: branch.id }),
    });
  });

  it('a grant outside the scope is missing', async () => {
    const admin = await account(east, [['township_admin', east]]);
    const stranger = await account(west, [['member', west]]);
    await expect(
      as([{ id: admin.grantIds[0]!, role: 'township_admin', unit: east }], (tx, scope) =>
        removeGrant(tx, { scope, actorId: admin.id, id: stranger.grantIds[0]! }),
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await raw.grant.count({ where: { id: stranger.grantIds[0]! } })).toBe(1);
  });

  it('one’s own last managing grant stays, counting only grants held in active units', async () => {
    // The second township admin grant lies in an archived unit: it manages nothing.
    const admin = await account(east, [
      ['township_admin', east],
      ['township_admin', closed],
    ]);
    const grants = [{ id: admin.grantIds[0]!, role: 'township_admin', unit: east }];
    await expect(
      as(grants, (tx, scope) => removeGrant(tx, { scope, actorId: admin.id, id: admin.grantIds[0]! })),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', key: 'lastGrant' });
    expect(await raw.grant.count({ where: { userId: admin.id } })).toBe(2);
  });

  it('one of two managing grants of one’s own may go', async () => {
    const admin = await account(east, [
      ['township_admin', east],
      ['township_admin', branch],
    ]);
    const grants = [{ id: admin.grantIds[0]!, role: 'township_admin', unit: east }];
    await as(grants, (tx, scope) => removeGrant(tx, { scope, actorId: admin.id, id: admin.grantIds[1]! }));
    expect((await raw.grant.findMany({ where: { userId: admin.id } })).map((g) => g.id)).toEqual([admin.grantIds[0]]);
  });
});

describe('reading the audit log', () => {
  it('shows entries of the scope, newest first, narrowed and redacted for the reader', async () => {
    const reader = await account(east, [['township_admin', east]]);
    const actor = await raw.user.create({
      data: { username: 'writer', displayName: 'The Writer', unitId: east.id, passwordHash: 'x' },
    });
    const base = (await raw.auditLog.aggregate({ _max: { id: true } }))._max.id ?? 0;
    await raw.$transaction(async (tx) => {
      const entry = (unitId: number, action: string, actorId: number | null, after?: unknown) =>
        recordAudit(tx as never, {
          actorId,
          unitId,
          action: action as never,
          entity: 'X',
          entityId: 1,
          label: 'x',
          after,
        });
      await entry(east.id, 'unit.rename', actor.id, { unitId: west.id, name: 'secret' });
      await entry(branch.id, 'user.create', null);
      await entry(west.id, 'unit.rename', actor.id);
      await entry(branch.id, 'unit.archive', actor.id, { unitId: branch.id, name: 'branch' });
    });
    const read = (filter: Record<string, unknown>) =>
      as([{ id: reader.grantIds[0]!, role: 'township_admin', unit: east }], (_tx, scope) =>
        listAuditEntries(withScopeGuard(raw, scope), { scope, filter: auditFilter.parse(filter) }),
      );
    const all = await read({ pageSize: 100 });
    const mine = all.items.filter((e) => e.id > base);
    expect(mine.map((e) => [e.action, e.unitName, e.actorName])).toEqual([
      ['unit.archive', 'branch', 'The Writer'],
      ['user.create', 'branch', null],
      ['unit.rename', 'east', 'The Writer'],
    ]);
    expect(mine[2]?.after).toBe('{"outsideScope":true}');
    expect(mine[0]?.after).toBe(JSON.stringify({ unitId: branch.id, name: 'branch' }));
    expect(mine[0]?.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(all.total).toBe(all.items.length);
    const renames = await read({ action: 'unit.', unitId: branch.id });
    expect(renames.items.filter((e) => e.id > base).map((e) => e.action)).toEqual(['unit.archive']);
    const paged = await read({ page: 2, pageSize: 1 });
    expect(paged.items.map((e) => e.id)).toEqual([all.items[1]?.id]);
    expect(paged.total).toBe(all.total);
    await expect(read({ unitId: west.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
