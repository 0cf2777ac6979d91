// Scope cases of the unit tree: in each own township the caller reads and manages units with the right
// result; in 东湖街道 (and in an own township where its role does not manage units) every id is missing.
import { expect } from 'vitest';
import { addUnit, uniqueName } from '../../../../tests/support/factories';
import {
  eachPlace,
  expectHidden,
  idsOf,
  missing,
  ownPlace,
  type ScopeCase,
  type ScopeTest,
} from '../../../../tests/support/scope-test';

const unitRow = (t: ScopeTest, id: number) => t.env.db.unit.findUniqueOrThrow({ where: { id } });

export const scopeCases: Record<string, ScopeCase> = {
  'identity.units.tree': async (t) => {
    const { db } = t.env;
    // An archived unit in every township, so both views have something to leave out.
    for (const place of [...t.places, t.foreign]) await addUnit(t.env, place.branches[5]!, { archived: true });
    const inScope = t.unitsWith('unit.read');
    const all = await t.a.identity.units.tree({ includeArchived: true });
    expect(idsOf(all)).toEqual(idsOf(await db.unit.findMany({ where: inScope, select: { id: true } })));
    const active = await t.a.identity.units.tree();
    expect(idsOf(active)).toEqual(
      idsOf(await db.unit.findMany({ where: { ...inScope, archivedAt: null }, select: { id: true } })),
    );
    for (const place of t.places) expect(all.map((u) => u.id)).toContain(place.township.id);
    expect(all.filter((u) => u.path.startsWith(t.foreign.township.path))).toEqual([]);
  },

  'identity.units.get': (t) =>
    eachPlace(
      t,
      'unit.read',
      async (p) => {
        for (const unit of [p.township, p.branches[0]!]) {
          const row = await unitRow(t, unit.id);
          const parent = await unitRow(t, row.parentId!);
          expect(await t.a.identity.units.get({ id: unit.id })).toMatchObject({
            id: row.id,
            name: row.name,
            path: row.path,
            parentName: parent.name,
            childCount: await t.env.db.unit.count({ where: { parentId: row.id, archivedAt: null } }),
            userCount: await t.env.db.user.count({ where: { unitId: row.id } }),
            secretary: row.secretary,
            // The contact in full where the caller manages the unit, masked where it only reads it.
            manageable: t.may('unit.manage', row.path),
            contactPhone: t.may('unit.manage', row.path)
              ? row.contactPhone
              : `${row.contactPhone!.slice(0, 3)}****${row.contactPhone!.slice(-4)}`,
          });
        }
      },
      async (p) => {
        for (const unit of [p.township, p.branches[0]!])
          await expectHidden(t.a.identity.units.get({ id: unit.id }), t.a.identity.units.get({ id: missing }));
      },
    ),

  'identity.units.create': (t) =>
    eachPlace(
      t,
      'unit.manage',
      async (p) => {
        const name = uniqueName(`${t.tag}新支部`);
        const created = await t.a.identity.units.create({ parentId: p.township.id, kind: 'branch', name });
        expect(await unitRow(t, created.id)).toMatchObject({
          parentId: p.township.id,
          kind: 'branch',
          name,
          path: `${p.township.path}${created.id}/`,
          depth: p.township.depth + 1,
        });
      },
      async (p) => {
        const before = await t.env.db.unit.count();
        const input = { kind: 'branch' as const, name: '越权支部' };
        await expectHidden(
          t.a.identity.units.create({ ...input, parentId: p.township.id }),
          t.a.identity.units.create({ ...input, parentId: missing }),
        );
        expect(await t.env.db.unit.count()).toBe(before);
      },
    ),

  'identity.units.rename': (t) =>
    eachPlace(
      t,
      'unit.manage',
      async (p) => {
        const unit = await addUnit(t.env, p.branches[0]!);
        const name = uniqueName(`${t.tag}改名`);
        expect(await t.a.identity.units.rename({ id: unit.id, name })).toMatchObject({ id: unit.id, name });
        expect((await unitRow(t, unit.id)).name).toBe(name);
      },
      async (p) => {
        const unit = await addUnit(t.env, p.branches[0]!);
        await expectHidden(
          t.a.identity.units.rename({ id: unit.id, name: 'x' }),
          t.a.identity.units.rename({ id: missing, name: 'x' }),
        );
        expect(await unitRow(t, unit.id)).toEqual(unit);
      },
    ),

  'identity.units.move': (t) =>
    eachPlace(
      t,
      'unit.manage',
      async (p) => {
        const unit = await addUnit(t.env, p.branches[0]!);
        const target = p.branches[1]!;
        expect(await t.a.identity.units.move({ id: unit.id, parentId: target.id })).toMatchObject({
          parentId: target.id,
        });
        expect(await unitRow(t, unit.id)).toMatchObject({ parentId: target.id, path: `${target.path}${unit.id}/` });
      },
      async (p) => {
        const own = ownPlace(t, 'unit.manage');
        // Their unit into an own branch, and an own unit into their branch: both as if the id did not exist.
        const theirs = await addUnit(t.env, p.branches[0]!);
        const mine = await addUnit(t.env, own.branches[0]!);
        await expectHidden(
          t.a.identity.units.move({ id: theirs.id, parentId: own.branches[1]!.id }),
          t.a.identity.units.move({ id: missing, parentId: own.branches[1]!.id }),
        );
        await expectHidden(
          t.a.identity.units.move({ id: mine.id, parentId: p.branches[1]!.id }),
          t.a.identity.units.move({ id: mine.id, parentId: missing }),
        );
        expect(await unitRow(t, theirs.id)).toEqual(theirs);
        expect(await unitRow(t, mine.id)).toEqual(mine);
      },
    ),

  'identity.units.archive': (t) =>
    eachPlace(
      t,
      'unit.manage',
      async (p) => {
        const unit = await addUnit(t.env, p.branches[0]!);
        expect((await t.a.identity.units.archive({ id: unit.id })).archivedAt).not.toBeNull();
        expect((await unitRow(t, unit.id)).archivedAt).not.toBeNull();
      },
      async (p) => {
        const unit = await addUnit(t.env, p.branches[0]!);
        await expectHidden(t.a.identity.units.archive({ id: unit.id }), t.a.identity.units.archive({ id: missing }));
        expect((await unitRow(t, unit.id)).archivedAt).toBeNull();
      },
    ),

  'identity.units.restore': (t) =>
    eachPlace(
      t,
      'unit.manage',
      async (p) => {
        const unit = await addUnit(t.env, p.branches[0]!, { archived: true });
        expect(await t.a.identity.units.restore({ id: unit.id })).toMatchObject({ id: unit.id, archivedAt: null });
        expect((await unitRow(t, unit.id)).archivedAt).toBeNull();
      },
      async (p) => {
        const unit = await addUnit(t.env, p.branches[0]!, { archived: true });
        await expectHidden(t.a.identity.units.restore({ id: unit.id }), t.a.identity.units.restore({ id: missing }));
        expect(await unitRow(t, unit.id)).toEqual(unit);
      },
    ),

  'identity.units.updateProfile': (t) => {
    const profile = {
      secretary: '周晓明',
      contactPerson: '陈丽',
      contactPhone: '0571-87654321',
      foundedOn: '2001-07-01',
      creditCode: '91350100M000100Y43',
      address: '学府路 8 号',
    };
    return eachPlace(
      t,
      'unit.manage',
      async (p) => {
        const unit = await addUnit(t.env, p.branches[0]!);
        expect(await t.a.identity.units.updateProfile({ id: unit.id, ...profile })).toMatchObject({
          id: unit.id,
          ...profile,
        });
        expect(await unitRow(t, unit.id)).toMatchObject(profile);
      },
      async (p) => {
        const unit = await addUnit(t.env, p.branches[0]!);
        await expectHidden(
          t.a.identity.units.updateProfile({ id: unit.id, ...profile }),
          t.a.identity.units.updateProfile({ id: missing, ...profile }),
        );
        expect(await unitRow(t, unit.id)).toEqual(unit);
      },
    );
  },
};
