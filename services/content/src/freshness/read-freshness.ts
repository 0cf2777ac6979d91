// The columns of the caller's subtrees with their due days, and their units: a few set-based statements, kept while
// the data stays the same and the clock stays where the same publications have happened (whileUnchanged).
import type { Permission, Scope } from '@strata/api';
import { type Db, whileUnchanged } from '@strata/db';
import type { DayNumber } from '@strata/i18n/days';
import type { Cadence } from '../columns/column-schemas';
import { readColumns, readUnits } from './freshness.sql';
import { type BoardUnit, judgeUnits, type Standing, type TrackedColumn } from './freshness-board';
import { dueDay } from './freshness-rules';

const permission: Permission = 'content.read';

/** The read, and the moments between which it answers for any clock: from its latest publication to its next. */
export type FreshnessRead = { units: BoardUnit[]; columns: TrackedColumn[]; from: number; until: number };

/** A DateTime as the driver gave it (ISO text, Prisma's SQLite text, a Date) as ISO text; null stays null. */
function instantText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' && value.length === 29 && value[10] === 'T' && value.endsWith('+00:00'))
    return `${value.slice(0, 23)}Z`;
  return new Date(value as string | number).toISOString();
}

async function read(db: Db, roots: string[], now: Date): Promise<FreshnessRead> {
  const [rows, units] = await Promise.all([readColumns(db, roots, now), readUnits(db, roots)]);
  let from = Number.NEGATIVE_INFINITY;
  let until = Number.POSITIVE_INFINITY;
  const columns = rows.map((row): TrackedColumn => {
    const lastPublishedAt = instantText(row.lastPublishedAt);
    const next = instantText(row.nextPublishedAt);
    if (lastPublishedAt !== null) from = Math.max(from, Date.parse(lastPublishedAt));
    if (next !== null) until = Math.min(until, Date.parse(next));
    const column = {
      cadence: row.cadence as Cadence,
      hidden: Boolean(row.hidden),
      createdAt: instantText(row.createdAt) as string,
      lastPublishedAt,
    };
    return {
      id: row.id,
      unitId: row.unitId,
      key: row.key,
      name: row.name,
      cadence: column.cadence,
      hidden: column.hidden,
      lastPublishedAt,
      due: dueDay(column),
    };
  });
  return { units, columns, from, until };
}

/**
 * The columns of the active units in the caller's scope for `content.read`, narrowed to the subtree `within` (a
 * path already checked against the scope), as they stand at `now`. Null when the scope reaches nothing.
 */
export async function readFreshness(db: Db, { scope, within, now }: { scope: Scope; within?: string; now: Date }) {
  const roots = scope.roots(permission, within);
  if (!roots.length) return null;
  const at = now.getTime();
  return whileUnchanged(db, `content.freshness ${roots.join(' ')}`, () => read(db, roots, now), {
    reads: ['Article', 'Column', 'Unit'],
    warm: true,
    holds: (kept) => kept.from <= at && at < kept.until,
  });
}

const judged = new WeakMap<FreshnessRead, { day: DayNumber; standings: readonly Standing[] }>();

/**
 * The read's units with their columns judged on `day` (judgeUnits), worked out once per read and day: a kept read is
 * the same object for as long as it holds, and judging a municipality's 12,000 columns again on every call was most
 * of the overview card's time at the large fixture. Shared between calls: read it, never change it.
 */
export function standingsOn(read: FreshnessRead, day: DayNumber): readonly Standing[] {
  const known = judged.get(read);
  if (known?.day === day) return known.standings;
  const standings = judgeUnits(read.units, read.columns, day);
  judged.set(read, { day, standings });
  return standings;
}
