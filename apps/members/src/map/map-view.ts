// What the map draws, worked out without the map: each unit's colour on its kind's scale, the GeoJSON the map's
// sources hold (townships' areas, units' points), the legend's steps and the extent to show. The map page's list
// and panel read the same values, so the page says the same with the map or without it.
import type { Boundary, MapFigure, MapScale, MapUnit } from '../common/api-types';

/** From the least to the most: a party red, light to dark (the legend draws the same steps). */
export const palette = [
  '#fff1f0',
  '#ffccc7',
  '#ffa39e',
  '#ff7875',
  '#f5222d',
  '#cf1322',
  '#a8071a',
  '#820014',
] as const;

/**
 * The colour of `value` on a scale from `min` to `max`: the palette's step its place falls in. A scale of one value
 * (a single township) takes the middle step, so the map does not claim a unit has the least or the most.
 */
export function colourOf(value: number, scale: Pick<MapScale, 'min' | 'max'> | undefined): string {
  if (!scale || scale.max === scale.min) return palette[Math.floor(palette.length / 2)] as string;
  const part = (value - scale.min) / (scale.max - scale.min);
  const step = Math.min(palette.length - 1, Math.max(0, Math.floor(part * palette.length)));
  return palette[step] as string;
}

/** A unit's point, larger the higher its level: the municipality, a township, a branch, a group. */
export const radiusOf = (kind: string) => ({ municipality: 11, township: 9, branch: 6 })[kind] ?? 4;

const scaleOf = (scale: readonly MapScale[], kind: string) => scale.find((s) => s.kind === kind);

type Feature<G> = { type: 'Feature'; id: number; geometry: G; properties: Record<string, string | number | boolean> };
export type FeatureCollection<G> = { type: 'FeatureCollection'; features: Feature<G>[] };
export type PointGeometry = { type: 'Point'; coordinates: [number, number] };

/** Townships' (and any unit's) areas, each coloured by the figure on its kind's scale. */
export function areaFeatures(
  units: readonly MapUnit[],
  figure: MapFigure,
  scale: readonly MapScale[],
): FeatureCollection<Boundary> {
  return {
    type: 'FeatureCollection',
    features: units.flatMap((unit) =>
      unit.boundary
        ? [
            {
              type: 'Feature' as const,
              id: unit.id,
              geometry: unit.boundary,
              properties: { id: unit.id, colour: colourOf(unit.figures[figure], scaleOf(scale, unit.kind)) },
            },
          ]
        : [],
    ),
  };
}

/** The units with a location, as points: coloured on their kind's scale, sized by their level. */
export function pointFeatures(
  units: readonly MapUnit[],
  figure: MapFigure,
  scale: readonly MapScale[],
  selectedId: number | undefined,
): FeatureCollection<PointGeometry> {
  return {
    type: 'FeatureCollection',
    features: units.flatMap((unit) =>
      unit.latitude !== null && unit.longitude !== null
        ? [
            {
              type: 'Feature' as const,
              id: unit.id,
              geometry: { type: 'Point' as const, coordinates: [unit.longitude, unit.latitude] as [number, number] },
              properties: {
                id: unit.id,
                colour: colourOf(unit.figures[figure], scaleOf(scale, unit.kind)),
                radius: radiusOf(unit.kind),
                selected: unit.id === selectedId,
              },
            },
          ]
        : [],
    ),
  };
}

/** The units that have no location: listed, not drawn. */
export const unlocated = (units: readonly MapUnit[]) =>
  units.filter((u) => u.latitude === null || u.longitude === null);

/** The extent that holds every location and area, [[west, south], [east, north]]; null when there is none. */
export function extentOf(units: readonly MapUnit[]): [[number, number], [number, number]] | null {
  let west = Number.POSITIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  const take = (lng: number, lat: number) => {
    west = Math.min(west, lng);
    east = Math.max(east, lng);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  };
  for (const unit of units) {
    if (unit.latitude !== null && unit.longitude !== null) take(unit.longitude, unit.latitude);
    const polygons =
      unit.boundary?.type === 'Polygon' ? [unit.boundary.coordinates] : (unit.boundary?.coordinates ?? []);
    for (const polygon of polygons) for (const ring of polygon) for (const [lng, lat] of ring) take(lng, lat);
  }
  return west === Number.POSITIVE_INFINITY
    ? null
    : [
        [west, south],
        [east, north],
      ];
}

/** Degrees as the page writes them: six decimals at most, no trailing zeros. */
export const degrees = (value: number) => String(Math.round(value * 1e6) / 1e6);

/**
 * The units in the tree's order for a list: each unit followed by the units below it, with its depth below the top
 * units shown (a unit whose parent is not shown is a top one). Siblings keep the answer's order.
 */
export function treeOrder(units: readonly MapUnit[]): { unit: MapUnit; depth: number }[] {
  const shown = new Set(units.map((u) => u.id));
  const children = new Map<number | null, MapUnit[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && shown.has(unit.parentId) ? unit.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(unit);
    else children.set(parent, [unit]);
  }
  const ordered: { unit: MapUnit; depth: number }[] = [];
  const walk = (parent: number | null, depth: number) => {
    for (const unit of children.get(parent) ?? []) {
      ordered.push({ unit, depth });
      walk(unit.id, depth + 1);
    }
  };
  walk(null, 0);
  return ordered;
}

/**
 * The units directly below `unitId` with the most of `figure`, at most `count`, the most first (the answer's order
 * among equals). Only one level: a unit's figures hold its whole subtree's, so a township always outnumbers its branches.
 */
export function topUnitsBelow(units: readonly MapUnit[], unitId: number, figure: MapFigure, count: number): MapUnit[] {
  return units
    .filter((u) => u.parentId === unitId)
    .sort((a, b) => b.figures[figure] - a.figures[figure])
    .slice(0, count);
}
