// The statistics' inputs and answers: the live figures of a unit's subtree (current members by each dimension, the
// period's flows, each child unit's share) and the frozen annual snapshot (the years taken, and the standard tables
// of a year for a unit's subtree).
import { idInput } from '@strata/api';
import {
  memberEducations,
  memberEthnicityCodes,
  memberGenders,
  memberOccupations,
  memberStages,
} from '@strata/contract';
import { z } from 'zod';
import { calendarDayInput } from '../lifecycle/lifecycle-schemas';
import { ageBandKeys, leftStatuses, yearBandKeys } from './member-bands';

const day = calendarDayInput;

export const liveInput = z.strictObject({
  /** The unit whose whole subtree is counted. */
  unitId: idInput,
  /** The period of the flows, calendar days in Asia/Shanghai, both included: this year up to today when left out. */
  from: day.optional(),
  to: day.optional(),
});
export type LiveInput = z.infer<typeof liveInput>;

/** The snapshot's years: the statistics are kept from 1949; a year is taken once it is over. */
export const snapshotYear = z.number().int().min(1949).max(9998);

export const takeSnapshotInput = z.strictObject({ year: snapshotYear });
export const snapshotTablesInput = z.strictObject({ year: snapshotYear, unitId: idInput });

const count = z.number().int().nonnegative();
const counted = <K extends string>(keys: readonly [K, ...K[]] | readonly K[]) =>
  z.array(z.object({ key: z.enum(keys as [K, ...K[]]), count }));

/**
 * Members counted by each dimension: every list holds each code of the contract in its order (ethnicity: the groups
 * present, in code order); the years-of-membership bands end with `none`, those not yet admitted.
 */
export const memberCounts = z.object({
  total: count,
  byStage: counted(memberStages),
  byGender: counted(memberGenders),
  byAgeBand: counted(ageBandKeys),
  byEducation: counted(memberEducations),
  byEthnicity: counted(memberEthnicityCodes),
  byYearsBand: counted(yearBandKeys),
  byOccupation: counted(memberOccupations),
});
export type MemberCounts = z.infer<typeof memberCounts>;

/**
 * What moved in the period: recruited (admitted as probationary members), converted (to full members), transferred in
 * and out across the subtree's edge (a move between two of its units is neither), left the registry, by status
 * (transferred out of the system, deceased...).
 */
export const liveFlows = z.object({
  recruited: count,
  converted: count,
  transferredIn: count,
  transferredOut: count,
  left: count,
  leftByStatus: counted(leftStatuses),
});
export type LiveFlows = z.infer<typeof liveFlows>;

const unitRef = z.object({ id: z.number().int(), name: z.string() });

/** Those admitted as probationary members month by month over the twelve months up to today's, oldest first. */
const recruitedByMonth = z.array(z.object({ month: z.string(), count }));
/** A child unit's whole subtree: its current members, and by stage. */
const childCounts = z.object({
  unitId: z.number().int(),
  name: z.string(),
  members: count,
  byStage: counted(memberStages),
});

export const liveOutput = z.object({
  unit: unitRef,
  from: z.string(),
  to: z.string(),
  /** Today: the day ages and years of membership are counted on. */
  asOf: z.string(),
  members: memberCounts,
  flows: liveFlows,
  recruitedByMonth,
  /** Each child unit's whole subtree, in the tree's order: its current members, by stage, and its own flows. */
  children: z.array(childCounts.extend({ flows: liveFlows })),
});
export type LiveOutput = z.infer<typeof liveOutput>;

export const stagesInput = z.strictObject({ unitId: idInput });

/**
 * The overview's members card: the subtree's current members by stage and this year's recruits (up to today), the
 * whole and each child unit's subtree, and the recruits of the last twelve months: the figures of `live` it shows,
 * counted alone (no dimension, flow or transfer beside them), so a write to the registry costs the card little.
 */
export const stagesOutput = z.object({
  unit: unitRef,
  /** This year's first day and today: the period of `recruited`. */
  from: z.string(),
  to: z.string(),
  total: count,
  byStage: counted(memberStages),
  recruited: count,
  recruitedByMonth,
  children: z.array(childCounts.extend({ recruited: count })),
});
export type StagesOutput = z.infer<typeof stagesOutput>;

const takenYear = z.object({ year: z.number().int(), asOf: z.string(), takenAt: z.string() });

export const takeSnapshotOutput = takenYear.extend({ rows: count });
export type TakeSnapshotOutput = z.infer<typeof takeSnapshotOutput>;

export const snapshotsOutput = z.object({
  /** The years taken, the latest first, each with its taker's display name (null: the account is gone). */
  years: z.array(takenYear.extend({ takenByName: z.string().nullable() })),
  /** The last year that is over: whether it was taken, and whether the caller may take it. */
  latest: z.object({ year: z.number().int(), taken: z.boolean(), mayTake: z.boolean() }),
});
export type SnapshotsOutput = z.infer<typeof snapshotsOutput>;

/** What happened during the year to the members counted: admitted, converted, left (by status). */
const yearFlows = z.object({ admitted: count, converted: count, left: count, leftByStatus: counted(leftStatuses) });

export const snapshotTablesOutput = takenYear.extend({
  unit: unitRef,
  /** The members on the registry on the day (those who left during the year are in `during` alone). */
  members: memberCounts,
  during: yearFlows,
  /** Each child unit's whole subtree, in the tree's order. */
  children: z.array(
    z.object({
      unitId: z.number().int(),
      name: z.string(),
      members: count,
      byStage: counted(memberStages),
      admitted: count,
      converted: count,
      left: count,
    }),
  ),
});
export type SnapshotTablesOutput = z.infer<typeof snapshotTablesOutput>;
