// What the statistics' procedures answer, for the tests: a township of ten people on the registry, its two branches,
// today's figures and the 2025 tables (which differ, so a test sees which one is shown).
import {
  memberAgeBands,
  memberEducations,
  memberGenders,
  memberOccupations,
  memberStages,
  memberYearBands,
} from '@strata/contract';
import type { LiveStats, MemberCounts, SnapshotList, SnapshotTables } from '../common/api-types';

const keyed = <K extends string>(keys: readonly K[], counts: readonly number[]) =>
  keys.map((key, i) => ({ key, count: counts[i] ?? 0 }));

/** Counts of ten people (stage applicant 1, activist 1, candidate 0, probationary 2, full 6), as the service lists them. */
export function counts(overrides: Partial<MemberCounts> = {}): MemberCounts {
  return {
    total: 10,
    byStage: keyed(memberStages, [1, 1, 0, 2, 6]),
    byGender: keyed(memberGenders, [7, 3]),
    byAgeBand: keyed(
      memberAgeBands.map((b) => b.key),
      [1, 2, 0, 0, 3, 0, 0, 0, 4],
    ),
    byEducation: keyed(memberEducations, [1, 5, 2, 1, 1]),
    byEthnicity: [
      { key: '01', count: 7 },
      { key: '03', count: 2 },
      { key: '97', count: 1 },
    ],
    byYearsBand: [
      ...keyed(
        memberYearBands.map((b) => b.key),
        [3, 1, 0, 0, 2, 1, 1],
      ),
      { key: 'none', count: 2 },
    ],
    byOccupation: keyed(memberOccupations, [4, 3, 1, 1, 1]),
    ...overrides,
  } as MemberCounts;
}

const stages = (counts: number[]) => keyed(memberStages, counts);
const leftByStatus = (deceased: number) => [
  { key: 'transferred' as const, count: 0 },
  { key: 'deceased' as const, count: deceased },
  { key: 'expelled' as const, count: 0 },
  { key: 'withdrawn' as const, count: 0 },
  { key: 'cancelled' as const, count: 0 },
];
const flows = (recruited: number, left: number) => ({
  recruited,
  converted: 1,
  transferredIn: 0,
  transferredOut: 0,
  left,
  leftByStatus: leftByStatus(left),
});

export const township = 2;

export const live: LiveStats = {
  unit: { id: township, name: '城关镇' },
  from: '2026-01-01',
  to: '2026-03-15',
  asOf: '2026-03-15',
  members: counts(),
  flows: { ...flows(2, 1), transferredIn: 3, transferredOut: 1 },
  recruitedByMonth: Array.from({ length: 12 }, (_, i) => ({
    month: i < 9 ? `2025-${String(i + 4).padStart(2, '0')}` : `2026-0${i - 8}`,
    count: i === 10 ? 2 : 0,
  })),
  children: [
    { unitId: 7, name: '城关一支部', members: 6, byStage: stages([1, 0, 0, 1, 4]), flows: flows(1, 1) },
    { unitId: 8, name: '城关二支部', members: 4, byStage: stages([0, 1, 0, 1, 2]), flows: flows(1, 0) },
  ],
};

/** The 2025 tables: eight people on 31 December, one fewer full member than now among them. */
export const tables2025: SnapshotTables = {
  year: 2025,
  asOf: '2025-12-31',
  takenAt: '2026-01-05T02:00:00.000Z',
  unit: { id: township, name: '城关镇' },
  members: counts({
    total: 8,
    byStage: stages([1, 1, 0, 1, 5]),
    byGender: keyed(memberGenders, [6, 2]),
    byEthnicity: [
      { key: '01', count: 6 },
      { key: '03', count: 2 },
    ],
  }),
  during: { admitted: 1, converted: 2, left: 1, leftByStatus: leftByStatus(1) },
  children: [
    {
      unitId: 7,
      name: '城关一支部',
      members: 5,
      byStage: stages([1, 0, 0, 1, 3]),
      admitted: 1,
      converted: 1,
      left: 1,
    },
    { unitId: 8, name: '城关二支部', members: 3, byStage: stages([0, 1, 0, 0, 2]), admitted: 0, converted: 1, left: 0 },
  ],
};

export const snapshots = (latest: Partial<SnapshotList['latest']> = {}, years = [2025]): SnapshotList => ({
  years: years.map((year) => ({
    year,
    asOf: `${year}-12-31`,
    takenAt: `${year + 1}-01-05T02:00:00.000Z`,
    takenByName: '市委组织部管理员',
  })),
  latest: { year: 2025, taken: years.includes(2025), mayTake: false, ...latest },
});
