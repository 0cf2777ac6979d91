// The figures the unit map colours units by, and how each unit's are added up from the counts per unit: a unit's
// figure is its whole subtree's (its own members and those of every unit below it).
import { activeMemberStatuses } from '@strata/contract';

/**
 * `members`: party members on the active registry (probationary and full); one per stage of the lifecycle; and
 * `floating`: those attached for a while to a branch where they work away. Only the active registry (active and
 * floating) is counted. `volunteerHours`: the volunteer service hours approved this year (Asia/Shanghai) at the
 * activities each unit ran, in whole hours, from the volunteers team's maintained totals (HourTotal).
 */
export const mapFigures = [
  'members',
  'applicant',
  'activist',
  'candidate',
  'probationary',
  'full',
  'floating',
  'volunteerHours',
] as const;
export type MapFigure = (typeof mapFigures)[number];
export type Figures = Record<MapFigure, number>;

/** The statuses counted: the active registry. */
export const countedStatuses = activeMemberStatuses;

export const noFigures = (): Figures => ({
  members: 0,
  applicant: 0,
  activist: 0,
  candidate: 0,
  probationary: 0,
  full: 0,
  floating: 0,
  volunteerHours: 0,
});

type Raw = string | number | bigint | null;
/**
 * How many members of one unit are at one stage with one status, as the grouped statement reads them (a count is a
 * number, or text or bigint on PostgreSQL).
 */
export type StageCount = { unitId: Raw; stage: string; status: string; count: Raw };

/** The figures a group of members (one stage, one status) counts towards. */
export function figuresCounted(stage: string, status: string): MapFigure[] {
  const counted: MapFigure[] = [];
  if (stage === 'probationary' || stage === 'full') counted.push('members');
  if ((mapFigures as readonly string[]).includes(stage)) counted.push(stage as MapFigure);
  if (status === 'floating') counted.push('floating');
  return counted;
}

/** The ids of a unit path from the top down ('/1/5/23/' is [1, 5, 23]). */
export const pathIds = (path: string) =>
  path
    .split('/')
    .filter(Boolean)
    .map((id) => Number(id));

/**
 * Each unit's figures for its whole subtree: the counts of every unit in `units` (by its path) added to itself and to
 * each of its ancestors in `units`. Counts of a unit not in `units` are not counted.
 */
export function subtreeFigures(units: readonly { id: number; path: string }[], counts: readonly StageCount[]) {
  const totals = new Map<number, Figures>(units.map((u) => [u.id, noFigures()]));
  const pathOf = new Map(units.map((u) => [u.id, u.path]));
  for (const row of counts) {
    const path = pathOf.get(Number(row.unitId));
    if (path === undefined) continue;
    const figures = figuresCounted(row.stage, row.status);
    const count = Number(row.count ?? 0);
    for (const id of pathIds(path)) {
      const into = totals.get(id);
      if (into) for (const figure of figures) into[figure] += count;
    }
  }
  return totals;
}

/** Minutes per unit (approved volunteer service) added to each unit's and its ancestors' `volunteerHours`, in hours. */
export function addVolunteerHours(
  totals: Map<number, Figures>,
  units: readonly { id: number; path: string }[],
  minutes: readonly { unitId: Raw; minutes: Raw }[],
) {
  const pathOf = new Map(units.map((u) => [u.id, u.path]));
  const subtreeMinutes = new Map<number, number>();
  for (const row of minutes) {
    const path = pathOf.get(Number(row.unitId));
    if (path === undefined) continue;
    for (const id of pathIds(path)) subtreeMinutes.set(id, (subtreeMinutes.get(id) ?? 0) + Number(row.minutes ?? 0));
  }
  // Whole hours of each subtree's minutes (rounded down), so a unit never shows more than its children add up to.
  for (const [id, total] of subtreeMinutes) {
    const into = totals.get(id);
    if (into) into.volunteerHours = Math.floor(total / 60);
  }
  return totals;
}

/** The least and greatest value of a figure among units of each kind, in the order kinds first appear. */
export function figureScale(units: readonly { kind: string; figures: Figures }[], figure: MapFigure) {
  const scale = new Map<string, { kind: string; min: number; max: number }>();
  for (const { kind, figures } of units) {
    const value = figures[figure];
    const range = scale.get(kind);
    if (!range) scale.set(kind, { kind, min: value, max: value });
    else {
      range.min = Math.min(range.min, value);
      range.max = Math.max(range.max, value);
    }
  }
  return [...scale.values()];
}
