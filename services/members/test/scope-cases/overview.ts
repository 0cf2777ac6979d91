// Scope cases of the members overview: own townships answer with the right figures; 东湖街道's ids are missing ids.
import { expect } from 'vitest';
import { eachPlace, expectHidden, missing, type ScopeCase } from '../../../../tests/support/scope-test';

export const scopeCases: Record<string, ScopeCase> = {
  'members.overview.summary': (t) =>
    eachPlace(
      t,
      'members.read',
      async (p) => {
        const units = await t.env.db.unit.count({ where: { path: { startsWith: p.township.path } } });
        expect(await t.a.members.overview.summary({ unitId: p.township.id })).toEqual({ unitId: p.township.id, units });
      },
      (p) =>
        expectHidden(
          t.a.members.overview.summary({ unitId: p.township.id }),
          t.a.members.overview.summary({ unitId: missing }),
        ),
    ),
};
