// A unit's area on the map: a GeoJSON Polygon or MultiPolygon geometry (RFC 7946, WGS 84 longitude and latitude),
// stored as text on the unit. It is checked when written (the demo seed writes townships' boundaries through it) and
// never trusted when read: a stored value that is not such a geometry is read as none, so one bad row cannot break
// the map for everyone.
import { z } from 'zod';

/** The most positions a boundary may hold, all rings together: a township's outline, not a survey. */
export const boundaryMaxPositions = 20_000;

const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);
/** [longitude, latitude], GeoJSON's order; no altitude. */
const position = z.tuple([longitude, latitude]);
const samePosition = (a: readonly number[] | undefined, b: readonly number[] | undefined) =>
  a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
/** A closed ring: at least four positions, the last the same as the first. */
const ring = z
  .array(position)
  .min(4)
  .refine((r) => samePosition(r[0], r.at(-1)), 'a ring ends where it starts');
const polygon = z.array(ring).min(1);

const polygonGeometry = z.strictObject({ type: z.literal('Polygon'), coordinates: polygon });
const multiPolygonGeometry = z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon).min(1) });

const positionsIn = (geometry: z.infer<typeof polygonGeometry> | z.infer<typeof multiPolygonGeometry>) =>
  geometry.type === 'Polygon'
    ? geometry.coordinates.reduce((n, r) => n + r.length, 0)
    : geometry.coordinates.reduce((n, p) => n + p.reduce((m, r) => m + r.length, 0), 0);

/** The geometry a boundary must be, exactly these members (the map's answer and what is written both use it). */
export const boundaryGeometry = z
  .discriminatedUnion('type', [polygonGeometry, multiPolygonGeometry])
  .refine((g) => positionsIn(g) <= boundaryMaxPositions, 'too many positions');
export type Boundary = z.infer<typeof boundaryGeometry>;

/** The text to store for a boundary, refused (thrown) unless it is a valid geometry. */
export function boundaryText(geometry: unknown): string {
  return JSON.stringify(boundaryGeometry.parse(geometry));
}

/** A stored boundary as the map reads it: the geometry, or null for none and for anything that is not one. */
export function readBoundary(text: string | null): Boundary | null {
  if (text === null || text === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = boundaryGeometry.safeParse(value);
  return parsed.success ? parsed.data : null;
}
