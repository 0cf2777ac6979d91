// Scope cases of the unit map. In each own township: the map of the township lists exactly its live units, and a
// member added to one of its branches is counted for the branch and the township, while one added in 东湖街道 is
// never counted; a manager locates a unit of it. For 东湖街道 (and where the grant holds no such permission) the map
// and locating answer exactly as for a missing unit, and 东湖街道's unit keeps its place.
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import { addUnit } from '../../../../tests/support/factories';
import {
  eachPlace,
  expectHidden,
  idsOf,
  missing,
  type ScopeCase,
  type ScopeTest,
} from '../../../../tests/support/scope-test';
import { addMember } from '../support/members';

/** The party members (probationary and full) on the active registry in a unit's subtree, counted here directly. */
const membersUnder = (t: ScopeTest, unit: Unit) =>
  t.env.db.member.count({
    where: {
      unit: { path: { startsWith: unit.path } },
      status: { in: ['active', 'floating'] },
      stage: { in: ['probationary', 'full'] },
    },
  });

export const scopeCases: Record<string, ScopeCase> = {
  'members.map.units': (t) =>
    eachPlace(
      t,
      'members.read',
      async (p) => {
        const branch = p.branches[3] as Unit;
        await addMember(t.env, branch.id);
        await addMember(t.env, (t.foreign.branches[3] as Unit).id);
        const map = await t.a.members.map.units({ unitId: p.township.id, figure: 'members' });
        const live = await t.env.db.unit.findMany({
          where: { path: { startsWith: p.township.path }, archivedAt: null },
          select: { id: true },
        });
        expect(idsOf(map.units)).toEqual(idsOf(live));
        const figure = (unit: Unit) => map.units.find((u) => u.id === unit.id)?.figures.members;
        expect(figure(branch)).toBe(await membersUnder(t, branch));
        expect(figure(p.township)).toBe(await membersUnder(t, p.township));
        expect(figure(branch)).toBeGreaterThan(0);
        // The whole scope: the units where the caller reads members, none of 东湖街道's.
        const whole = await t.a.members.map.units({ figure: 'members' });
        const readable = await t.env.db.unit.findMany({
          where: { AND: [t.unitsWith('members.read'), { archivedAt: null }] },
          select: { id: true },
        });
        expect(idsOf(whole.units)).toEqual(idsOf(readable));
        expect(whole.units.some((u) => u.id === t.foreign.township.id)).toBe(false);
      },
      (p) =>
        expectHidden(
          t.a.members.map.units({ unitId: p.township.id, figure: 'members' }),
          t.a.members.map.units({ unitId: missing, figure: 'members' }),
        ),
    ),

  'members.map.locate': (t) =>
    eachPlace(
      t,
      'unit.manage',
      async (p) => {
        const unit = await addUnit(t.env, p.branches[2] as Unit);
        const located = await t.a.members.map.locate({ unitId: unit.id, latitude: 32.061234, longitude: 118.791234 });
        expect(located).toEqual({ id: unit.id, latitude: 32.061234, longitude: 118.791234 });
        expect(await t.env.db.unit.findUnique({ where: { id: unit.id } })).toMatchObject({
          latitude: 32.061234,
          longitude: 118.791234,
        });
      },
      async (p) => {
        const unit = await addUnit(t.env, p.branches[2] as Unit);
        await expectHidden(
          t.a.members.map.locate({ unitId: unit.id, latitude: 32.05, longitude: 118.78 }),
          t.a.members.map.locate({ unitId: missing, latitude: 32.05, longitude: 118.78 }),
        );
        expect(await t.env.db.unit.findUnique({ where: { id: unit.id } })).toMatchObject({
          latitude: null,
          longitude: null,
        });
      },
    ),
};
