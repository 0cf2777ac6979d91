// What the freshness procedures take and answer.
import { idInput, isoDate, pageInput } from '@strata/api';
import { z } from 'zod';
import { cadence } from '../columns/column-schemas';
import { freshnessStates } from './freshness-rules';

export const freshnessState = z.enum(freshnessStates);
export const boardSorts = ['stalest', 'name'] as const;

/** The board: a subtree in scope (else the caller's whole scope), sorted, optionally only units in one state. */
export const boardInput = pageInput.extend({
  unitId: idInput.optional(),
  /** stalest: most overdue columns first, then the longest overdue, then the most due soon; name: by the unit's name. */
  sort: z.enum(boardSorts).default('stalest'),
  /** Unset: most stale first, names from A. */
  order: z.enum(['asc', 'desc']).optional(),
  /** Units whose worst column is in this state. */
  state: freshnessState.optional(),
});
export type BoardInput = z.output<typeof boardInput>;

const count = z.number().int();
/** How many columns (or units) stand in each state. */
export const stateCounts = z.object({ kept: count, dueSoon: count, overdue: count, untracked: count });
export type StateCounts = z.infer<typeof stateCounts>;

/** One column of a unit on the board. */
export const freshnessCell = z.object({
  columnId: z.number().int(),
  /** One of the six default columns' keys, or null for a unit's own column. */
  key: z.string().nullable(),
  name: z.string(),
  cadence,
  hidden: z.boolean(),
  /** The latest publication that has happened, ISO 8601; null: never published. */
  lastPublishedAt: isoDate.nullable(),
  /** The calendar day (YYYY-MM-DD, Asia/Shanghai) it is due by; null when untracked. */
  dueOn: z.string().nullable(),
  state: freshnessState,
  /** Days past the due day (0 unless overdue). */
  daysOverdue: count,
});
export type FreshnessCell = z.infer<typeof freshnessCell>;

export const boardRow = z.object({
  unitId: z.number().int(),
  name: z.string(),
  path: z.string(),
  depth: count,
  /** The unit's worst column's state. */
  state: freshnessState,
  counts: stateCounts,
  /** The longest any of its columns is overdue, in days (0: none is). */
  oldestOverdueDays: count,
  /** Its columns in the unit's order. */
  cells: z.array(freshnessCell),
});
export type BoardRow = z.infer<typeof boardRow>;

export const boardOutput = z.object({
  items: z.array(boardRow),
  total: count,
  totalIsBound: z.boolean(),
  /** The calendar day the board was judged on. */
  today: z.string(),
  /** The whole subtree, whatever the state filter: columns per state, and units per their worst state. */
  totals: z.object({ columns: stateCounts, units: stateCounts }),
});
export type BoardOutput = z.infer<typeof boardOutput>;

export const summaryInput = z.strictObject({ unitId: idInput.optional() });

const summaryCounts = { overdue: count, dueSoon: count };
export const summaryOutput = z.object({
  today: z.string(),
  ...summaryCounts,
  /** Each unit directly below the one asked about (its whole subtree counted), in the tree's order. */
  units: z.array(z.object({ unitId: z.number().int(), name: z.string(), ...summaryCounts })),
  /**
   * The twelve months up to today's (`YYYY-MM`, Asia/Shanghai), oldest first, each with the subtree's articles first
   * published in it (publishedAt) and not in the recycle bin, whatever their status now; 0 for a month with none.
   */
  publishedByMonth: z.array(z.object({ month: z.string(), count })),
});
export type SummaryOutput = z.infer<typeof summaryOutput>;
