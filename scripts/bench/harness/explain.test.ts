// What `--explain` flags, on plans as the two databases print them: a large table read whole and a sort of the
// scope are flagged; the per-unit shape's merge, a small table, a scan a Limit stops and a co-routine are not.
import { describe, expect, it } from 'vitest';
import { genericPlanWarning, pgLiteral, warningsOf } from './explain';

describe('explain warnings on SQLite plans', () => {
  it('flags a table scan and a sort of the scope', () => {
    const plan = ['SCAN r', 'SEARCH u USING INTEGER PRIMARY KEY (rowid=?)', 'USE TEMP B-TREE FOR ORDER BY'];
    expect(warningsOf(plan)).toEqual(['SCAN r', 'USE TEMP B-TREE FOR ORDER BY']);
  });

  it('passes a walk in index order, a co-routine and the per-unit merge', () => {
    expect(
      warningsOf(['SCAN r USING COVERING INDEX Article_updatedAt_idx', 'SEARCH u USING INTEGER PRIMARY KEY']),
    ).toEqual([]);
    expect(warningsOf(['CO-ROUTINE t', 'SEARCH r USING COVERING INDEX x (unitId=?)', 'SCAN t'])).toEqual([]);
    const perUnit = [
      'SEARCH u USING COVERING INDEX Unit_path_key (path>? AND path<?)',
      'SEARCH r USING COVERING INDEX Article_unitId_updatedAt_idx (unitId=?)',
      'USE TEMP B-TREE FOR ORDER BY',
    ];
    expect(warningsOf(perUnit)).toEqual([]);
    // The same sort without the unit-by-unit reads is a sort of the scope.
    expect(
      warningsOf([
        perUnit[0] as string,
        'SEARCH r USING INDEX Article_deletedAt_idx (deletedAt=?)',
        perUnit[2] as string,
      ]),
    ).toEqual(['USE TEMP B-TREE FOR ORDER BY']);
  });
});

describe('explain warnings on PostgreSQL plans', () => {
  it('flags a Seq Scan of a large table and a Sort of the scope', () => {
    const plan = [
      'Limit  (cost=1.00..2.00 rows=20 width=4)',
      '  ->  Sort  (cost=1.00..2.00 rows=127916 width=12)',
      '        Sort Key: r."updatedAt" DESC, r.id DESC',
      '        ->  Hash Join  (cost=1.00..2.00 rows=127916 width=12)',
      '              ->  Seq Scan on "Article" r  (cost=0.00..1.00 rows=191875 width=16)',
      '              ->  Hash  (cost=1.00..1.00 rows=2041 width=4)',
      '                    ->  Seq Scan on "Unit" u  (cost=0.00..1.00 rows=2041 width=4)',
    ];
    expect(warningsOf(plan)).toEqual([plan[1], plan[4]]);
  });

  it('passes the LATERAL merge, a unit’s own top-N inside it, and a scan a Limit stops', () => {
    const lateral = [
      'Limit  (cost=1.00..2.00 rows=20 width=12)',
      '  ->  Sort  (cost=1.00..2.00 rows=1060 width=12)',
      '        Sort Key: x.k DESC, x.id DESC',
      '        ->  Nested Loop  (cost=0.42..1.00 rows=1060 width=12)',
      '              ->  Seq Scan on "Unit" u  (cost=0.00..62.61 rows=53 width=15)',
      '              ->  Limit  (cost=0.42..81.67 rows=20 width=12)',
      '                    ->  Sort  (cost=40.51..40.54 rows=10 width=12)',
      '                          ->  Index Scan using "User_unitId_idx" on "User" r  (cost=0.42..1.00 rows=10 width=12)',
    ];
    expect(warningsOf(lateral)).toEqual([]);
    const counted = [
      'Aggregate  (cost=1.00..1.00 rows=1 width=8)',
      '  ->  Limit  (cost=1.00..1.00 rows=10001 width=4)',
      '        ->  Seq Scan on "User" r  (cost=0.00..723.00 rows=20000 width=4)',
    ];
    expect(warningsOf(counted)).toEqual([]);
  });
});

describe('the generic plan beside the custom one', () => {
  it('is flagged when three times as slow and 2 ms more, not for noise on a fast statement', () => {
    // The collection list's standings at the municipality, 2026-12-06.
    expect(genericPlanWarning(4.1, 77.9)).toBe('generic plan 77.9 ms against 4.1 ms planned for the values');
    expect(genericPlanWarning(0.2, 0.9)).toBeNull();
    expect(genericPlanWarning(5, 12)).toBeNull();
    expect(genericPlanWarning(1, 3.5)).not.toBeNull();
  });

  it('writes the values as literals PostgreSQL coerces to each parameter', () => {
    expect([3, '/1/', "O'Brien", null, true, new Date('2026-12-06T01:02:03.004Z')].map(pgLiteral)).toEqual([
      "'3'",
      "'/1/'",
      "'O''Brien'",
      'NULL',
      "'true'",
      "'2026-12-06T01:02:03.004Z'",
    ]);
  });
});
