// Who may do what with a placement, and where a shared article goes on each site: kept apart from the reads and
// writes so the console's buttons and the server's refusals come from the same rules.
import type { Scope } from '@strata/api';
import type { PlacementState } from './placement-schemas';

type Placed = { state: string; unit: { path: string } };

/** The site that shows it takes it off; the article's own unit withdraws it from there. Both are reviewers' acts. */
export const mayRemove = (scope: Scope, p: Placed, articleUnitPath: string) =>
  scope.covers('content.review', p.unit.path) || scope.covers('content.review', articleUnitPath);

/** A recommendation waiting for the unit it was made to. */
export const mayDecide = (scope: Scope, p: Placed) =>
  (p.state as PlacementState) === 'pending' && scope.covers('content.review', p.unit.path);

type ColumnChoice = { id: number; key: string | null; hidden: boolean; sort: number };

/**
 * The column a shared article shows in on a unit's site: the one with the same default key as the article's own
 * column (news goes to news), else the site's first visible column; none when the site has no visible column.
 */
export function columnForShare(key: string | null, columns: readonly ColumnChoice[]): number | null {
  const visible = [...columns].filter((c) => !c.hidden).sort((a, b) => a.sort - b.sort || a.id - b.id);
  return (key ? visible.find((c) => c.key === key) : undefined)?.id ?? visible[0]?.id ?? null;
}
