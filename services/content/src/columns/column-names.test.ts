// The name rule needs the unit's other columns, so it runs against a real (SQLite) database, through the
// scope-guarded client a procedure gets, but without HTTP or tRPC.
import { RoleCatalog, runTransaction, Scope, withScopeGuard } from '@strata/api';
import type { Db, Unit } from '@strata/db';
import { addTestUnit, createTestDatabase, type TestDatabase } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTeam } from '../team';
import { createColumn } from './create-column';
import { createDefaultColumns, defaultColumns } from './default-columns';
import { updateColumn } from './update-column';

let database: TestDatabase;
let township: Unit;
let otherTownship: Unit;
let actorId: number;

/** A unit with the columns every new unit gets. */
async function unitUnder(db: Db, parent: Unit | null, kind: string, name: string) {
  const unit = await addTestUnit(db, parent, { kind, name });
  await createDefaultColumns(db, unit.id);
  return unit;
}

const scopeAt = (unit: Unit) =>
  new Scope(
    [{ id: 1, role: 'township_admin', unitId: unit.id, unitPath: unit.path, unitName: unit.name }],
    new RoleCatalog([contentTeam]),
  );

/** The guarded client of a caller holding township admin at `unit`, as a procedure would get it. */
const asAdminOf = (unit: Unit) => {
  const scope = scopeAt(unit);
  return { scope, db: withScopeGuard(database.db, scope) };
};

beforeAll(async () => {
  database = await createTestDatabase('sqlite');
  const root = await unitUnder(database.db, null, 'municipality', 'city');
  township = await unitUnder(database.db, root, 'township', 'east');
  otherTownship = await unitUnder(database.db, root, 'township', 'west');
  const actor = await database.db.user.create({
    data: { username: 'admin', displayName: 'Admin', unitId: township.id, passwordHash: 'x' },
  });
  actorId = actor.id;
});
afterAll(() => database?.drop());

const auditEntries = () => database.db.auditLog.count();

describe('a column name', () => {
  it('new to the unit is taken: the column goes last, with one audit entry', async () => {
    const { scope, db } = asAdminOf(township);
    const before = await auditEntries();
    const column = await runTransaction(db, (tx) =>
      createColumn(tx, { scope, actorId, input: { unitId: township.id, name: 'Notices', cadence: 'daily' } }),
    );
    expect(column).toMatchObject({ unitId: township.id, name: 'Notices', cadence: 'daily', hidden: false });
    expect(column.sort).toBe(defaultColumns.length);
    expect(await auditEntries()).toBe(before + 1);
  });

  it('that another unit uses is free here', async () => {
    const { scope, db } = asAdminOf(otherTownship);
    const column = await runTransaction(db, (tx) =>
      createColumn(tx, { scope, actorId, input: { unitId: otherTownship.id, name: 'Notices', cadence: 'weekly' } }),
    );
    expect(column).toMatchObject({ unitId: otherTownship.id, name: 'Notices' });
  });

  it('the unit already uses is refused on create and on rename, and nothing is written', async () => {
    const { scope, db } = asAdminOf(township);
    const taken = defaultColumns[1].name;
    const before = await auditEntries();
    const conflict = expect.objectContaining({ code: 'CONFLICT', key: 'content.columnNameTaken', field: 'name' });
    await expect(
      runTransaction(db, (tx) =>
        createColumn(tx, { scope, actorId, input: { unitId: township.id, name: taken, cadence: 'weekly' } }),
      ),
    ).rejects.toEqual(conflict);
    const first = await db.column.findFirstOrThrow({
      where: { unitId: township.id, key: defaultColumns[0].key, ...scope.ownedWhere('content.manage') },
    });
    await expect(
      runTransaction(db, (tx) => updateColumn(tx, { scope, actorId, input: { id: first.id, name: taken } })),
    ).rejects.toEqual(conflict);
    expect(await auditEntries()).toBe(before);
  });

  it('the unit uses in another case, spacing or width is the same name, as among sibling units', async () => {
    const { scope, db } = asAdminOf(township);
    const conflict = expect.objectContaining({ code: 'CONFLICT', key: 'content.columnNameTaken', field: 'name' });
    const created = await runTransaction(db, (tx) =>
      createColumn(tx, { scope, actorId, input: { unitId: township.id, name: 'Weekly Review', cadence: 'weekly' } }),
    );
    for (const name of ['weekly review', 'ＷＥＥＫＬＹ Review'])
      await expect(
        runTransaction(db, (tx) =>
          createColumn(tx, { scope, actorId, input: { unitId: township.id, name, cadence: 'weekly' } }),
        ),
      ).rejects.toEqual(conflict);
    // Its own name in another case is a rename of itself, not a clash.
    const renamed = await runTransaction(db, (tx) =>
      updateColumn(tx, { scope, actorId, input: { id: created.id, name: 'WEEKLY REVIEW' } }),
    );
    expect(renamed.name).toBe('WEEKLY REVIEW');
  });

  it('kept as it is does not clash with itself when other fields change', async () => {
    const { scope, db } = asAdminOf(township);
    const first = await db.column.findFirstOrThrow({
      where: { unitId: township.id, key: defaultColumns[0].key, ...scope.ownedWhere('content.manage') },
    });
    const column = await runTransaction(db, (tx) =>
      updateColumn(tx, { scope, actorId, input: { id: first.id, name: first.name, hidden: true } }),
    );
    expect(column).toMatchObject({ id: first.id, name: first.name, hidden: true });
  });
});
