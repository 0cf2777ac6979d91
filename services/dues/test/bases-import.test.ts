// Bases from a sheet on both databases: all rows or none. A sheet with any bad row writes nothing and names each
// problem by row and column (an ID number that fails its check, one of a member outside the import unit, a name that
// does not agree, an unknown category, a base that is not yuan, a month that is not one, a row repeated); a good sheet
// sets every base as the form does (a farmer's amount within the range), labels in either language.
import type { Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addUnit } from '../../../tests/support/factories';
import { addMember } from '../../members/test/support/members';

describe.each(await testProviders())('bases imported from a sheet on %s', (provider) => {
  let env: TestEnv;
  let township: Caller;
  let branch: Unit;

  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    branch = await addUnit(env, env.seed.townships.chengguan!, { kind: 'branch' });
    township = await env.as('chengguan');
  });
  afterAll(() => env?.drop());

  const at = '2026-03-10T10:00:00';
  const row = (n: number, idNumber: string, name: string, extra: Record<string, string> = {}) => ({
    row: n,
    idNumber,
    name,
    category: '在职',
    base: '4,000.00',
    effectiveFrom: '2026-04',
    ...extra,
  });

  it('writes nothing from a sheet with a bad row, and names every problem', async () => {
    const a = await addMember(env, branch.id, { probationaryOn: '2021-01-15' });
    const foreign = await addMember(env, env.seed.townships.donghu!.branches[0]!.id);
    const answer = await env.at(at, () =>
      township.dues.bases.import({
        unitId: branch.id,
        rows: [
          row(2, a.clear.idNumber, a.name),
          row(3, '110101199001011234', '某人'),
          row(4, foreign.clear.idNumber, foreign.name),
          row(5, a.clear.idNumber, '别人', { effectiveFrom: '2026-05' }),
          row(6, a.clear.idNumber, a.name, { category: '工人', base: '40.005', effectiveFrom: '2026-13' }),
          row(7, a.clear.idNumber, a.name),
        ],
      }),
    );
    expect(answer).toEqual({
      imported: 0,
      errors: [
        { row: 3, column: 'idNumber', problem: 'idNumberInvalid' },
        { row: 4, column: 'idNumber', problem: 'memberUnknown' },
        { row: 5, column: 'name', problem: 'nameMismatch' },
        { row: 6, column: 'category', problem: 'categoryUnknown' },
        { row: 6, column: 'base', problem: 'baseInvalid' },
        { row: 6, column: 'effectiveFrom', problem: 'monthInvalid' },
        { row: 7, column: 'idNumber', problem: 'rowRepeated' },
      ],
    });
    expect(await env.db.duesBase.count({ where: { memberId: { in: [a.id, foreign.id] } } })).toBe(0);
  });

  it('sets every base of a good sheet, in either language, a farmer’s amount as the amount set', async () => {
    const a = await addMember(env, branch.id, { probationaryOn: '2021-01-15' });
    const b = await addMember(env, branch.id, { probationaryOn: '2021-01-15' });
    const answer = await env.at(at, () =>
      township.dues.bases.import({
        unitId: branch.id,
        rows: [
          row(2, a.clear.idNumber, a.name, { category: 'Retired (pension)', base: '6000' }),
          row(3, b.clear.idNumber, '', { category: '农民党员', base: '0.50' }),
        ],
      }),
    );
    expect(answer).toEqual({ imported: 2, errors: [] });
    expect(await township.dues.bases.list({ memberId: a.id })).toEqual([
      expect.objectContaining({
        effectiveFrom: '2026-04',
        category: 'retired',
        baseFen: 600_000,
        source: 'import',
        dueFen: 6_000,
      }),
    ]);
    expect(await township.dues.bases.list({ memberId: b.id })).toEqual([
      expect.objectContaining({ category: 'farmer', setFen: 50, dueFen: 50 }),
    ]);
    // Out of the farmer's range (0.20-1.00 yuan), refused.
    const out = await env.at(at, () =>
      township.dues.bases.import({
        unitId: branch.id,
        rows: [row(2, b.clear.idNumber, b.name, { category: '农民', base: '2' })],
      }),
    );
    expect(out.errors).toEqual([{ row: 2, column: 'base', problem: 'setOutsideRange' }]);
  });
});
