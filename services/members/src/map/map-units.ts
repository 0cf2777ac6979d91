// The unit map: the live units of the caller's scope (or of the subtree chosen) with their location, boundary and
// site, and every registry figure of each unit's whole subtree, counted in one grouped read and added up the tree
// here. Boundaries are read back through their check: a malformed one is shown as none.
import { type Scope, withinPath } from '@strata/api';
import type { Db } from '@strata/db';
import { calendarDay } from '@strata/i18n/days';
import { readBoundary } from './boundary';
import { addVolunteerHours, type Figures, figureScale, type MapFigure, subtreeFigures } from './map-figures';
import type { MapUnitsOutput } from './map-schemas';
import { mapUnitRows, memberCounts, volunteerMinutes } from './map-units.sql';

type MapUnits = { scope: Scope; unitId: number | undefined; figure: MapFigure; now: Date };

export async function mapUnits(db: Db, { scope, unitId, figure, now }: MapUnits): Promise<MapUnitsOutput> {
  const within = await withinPath(db, scope, 'members.read', unitId);
  const roots = scope.roots('members.read', within);
  const rows = await mapUnitRows(db, roots);
  const everyUnit = rows.length > 0 && rows.length === Number(rows[0]?.everyUnit);
  const year = calendarDay(now).slice(0, 4);
  const [counts, minutes] = await Promise.all([
    memberCounts(db, everyUnit ? null : roots),
    volunteerMinutes(db, everyUnit ? null : roots, `${year}-01`, `${year}-12`),
  ]);
  const totals = addVolunteerHours(subtreeFigures(rows, counts), rows, minutes);
  const units = rows
    .filter((row) => !row.archived)
    .map((row) => ({
      id: Number(row.id),
      parentId: row.parentId === null ? null : Number(row.parentId),
      kind: row.kind,
      name: row.name,
      latitude: row.latitude === null ? null : Number(row.latitude),
      longitude: row.longitude === null ? null : Number(row.longitude),
      boundary: readBoundary(row.boundary),
      siteCode: row.siteCode,
      // Every unit read has its totals (subtreeFigures starts one for each).
      figures: totals.get(Number(row.id)) as Figures,
    }));
  return { figure, scale: figureScale(units, figure), units };
}
