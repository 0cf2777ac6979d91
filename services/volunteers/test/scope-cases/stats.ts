// Scope case of the statistics: an own township's year adds up what its subtree's totals hold; 东湖街道's (and a
// township where the caller's grant gives no volunteers rights) answers as a missing unit.
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import { addUnit } from '../../../../tests/support/factories';
import { eachPlace, expectHidden, missing, type ScopeTest } from '../../../../tests/support/scope-test';

export const scopeCases = {
  'volunteers.stats.summary': (t: ScopeTest) =>
    eachPlace(
      t,
      'volunteers.read',
      async (p) => {
        const branch = await addUnit(t.env, p.township as Unit, { kind: 'branch' });
        await t.env.db.hourTotal.create({
          data: { unitId: branch.id, teamNo: 0, month: '2031-05', minutes: 600, entries: 4 },
        });
        const summary = await t.a.volunteers.stats.summary({ unitId: branch.id, year: 2031 });
        expect(summary).toMatchObject({ unit: { id: branch.id }, approvedMinutes: 600 });
        expect(summary.months[4]).toEqual({ month: '2031-05', minutes: 600, entries: 4 });
      },
      async (p) => {
        await expectHidden(
          t.a.volunteers.stats.summary({ unitId: p.township.id, year: 2031 }),
          t.a.volunteers.stats.summary({ unitId: missing, year: 2031 }),
        );
      },
    ),
};
