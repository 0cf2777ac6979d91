// What the live figures and the annual tables are both built from: the sums the statements count, turned into the
// answer's lists, and the child units of a subtree that per-unit rows are added up for.
import {
  memberEducations,
  memberEthnicityCodes,
  memberGenders,
  memberOccupations,
  memberStages,
} from '@strata/contract';
import { admittedBandKeys, ageBandKeys, ageBounds, bandsOf, countsOf, notAdmitted, yearBounds } from './member-bands';
import type { SubtreeUnit } from './member-figures.sql';
import type { MemberCounts } from './stats-schemas';

/** Counts by each dimension, as the statements give them: per code in the contract's order, and "at most" per bound. */
export type DimensionSums = {
  total: number;
  stage: number[];
  gender: number[];
  education: number[];
  occupation: number[];
  /** How many are at most each age band's bound (member-bands.ts), and among the admitted each years band's. */
  ageAtMost: number[];
  admitted: number;
  yearsAtMost: number[];
  /** Per ethnic group's code. */
  ethnicity: Map<string, number>;
};

export const emptyDimensionSums = (): DimensionSums => ({
  total: 0,
  stage: memberStages.map(() => 0),
  gender: memberGenders.map(() => 0),
  education: memberEducations.map(() => 0),
  occupation: memberOccupations.map(() => 0),
  ageAtMost: ageBounds.map(() => 0),
  admitted: 0,
  yearsAtMost: yearBounds.map(() => 0),
  ethnicity: new Map(),
});

export function memberCountsOf(s: DimensionSums): MemberCounts {
  return {
    total: s.total,
    byStage: countsOf(memberStages, s.stage),
    byGender: countsOf(memberGenders, s.gender),
    byAgeBand: bandsOf(ageBandKeys, s.ageAtMost, s.total),
    byEducation: countsOf(memberEducations, s.education),
    byEthnicity: memberEthnicityCodes
      .map((key) => ({ key, count: s.ethnicity.get(key) ?? 0 }))
      .filter((c) => c.count > 0),
    byYearsBand: [
      ...bandsOf(admittedBandKeys, s.yearsAtMost, s.admitted),
      { key: notAdmitted, count: s.total - s.admitted },
    ],
    byOccupation: countsOf(memberOccupations, s.occupation),
  };
}

export type TreeUnit = { id: number; path: string; parentId: number | null; name: string };

/** The subtree's units as read (subtreeUnits), and its top among them (the unit looked up through the scope). */
export function subtreeOf(rows: readonly SubtreeUnit[], unit: { id: number; path: string; name: string }) {
  const units: TreeUnit[] = rows.map((u) => ({
    id: Number(u.id),
    path: u.path,
    parentId: u.parentId === null ? null : Number(u.parentId),
    name: u.name,
  }));
  const top = units.find((u) => u.id === unit.id) ?? { id: unit.id, path: unit.path, parentId: null, name: unit.name };
  return { top, ...childUnits(top, units) };
}

/**
 * The child units of `top` among `units` (its subtree, in the tree's order), and where a unit of the subtree lies:
 * in which child's subtree (none for `top` itself and for units outside the subtree).
 */
export function childUnits<U extends TreeUnit>(top: U, units: readonly U[]) {
  const children = units.filter((u) => u.parentId === top.id);
  const byId = new Map(children.map((c) => [c.id, c]));
  const pathOf = new Map(units.map((u) => [u.id, u.path]));
  return {
    children,
    /** The child whose subtree holds the unit. A path is the ids from the top down: the one after top's is the child. */
    childOf(unitId: number): U | undefined {
      const path = pathOf.get(unitId);
      if (path === undefined || path === top.path) return undefined;
      return byId.get(Number(path.slice(top.path.length).split('/')[0]));
    },
    /** Whether the unit lies in the subtree at all. */
    inside: (unitId: number) => pathOf.has(unitId),
  };
}
