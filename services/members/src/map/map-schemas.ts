// The unit map's inputs and answers. A location is checked against China's rough extent (latitude 3-54° N,
// longitude 73-136° E): a point outside it is a slip of the hand, refused on its field.
import { idInput } from '@strata/api';
import { z } from 'zod';
import { membersMessage } from '../locales';
import { boundaryGeometry } from './boundary';
import { mapFigures } from './map-figures';

/** China's rough extent, in degrees: what a unit's location may be. */
export const chinaBounds = { latitude: { min: 3, max: 54 }, longitude: { min: 73, max: 136 } } as const;

const within = (bounds: { min: number; max: number }, key: Parameters<typeof membersMessage>[0]) =>
  z.number().refine((v) => v >= bounds.min && v <= bounds.max, { params: { key: membersMessage(key) } });

export const mapFigure = z.enum(mapFigures);

export const mapUnitsInput = z.strictObject({
  /** The subtree shown; the caller's whole scope when left out. */
  unitId: idInput.optional(),
  figure: mapFigure,
});

export const locateInput = z.strictObject({
  unitId: idInput,
  latitude: within(chinaBounds.latitude, 'latitudeOutsideChina'),
  longitude: within(chinaBounds.longitude, 'longitudeOutsideChina'),
});
export type LocateInput = z.infer<typeof locateInput>;

const count = z.number().int().nonnegative();

export const figuresOutput = z.object({
  members: count,
  applicant: count,
  activist: count,
  candidate: count,
  probationary: count,
  full: count,
  floating: count,
  volunteerHours: count,
});

export const mapUnit = z.object({
  id: z.number().int(),
  parentId: z.number().int().nullable(),
  kind: z.string(),
  name: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  /** Its area (townships have one), or null: none, or a stored value that is no valid geometry. */
  boundary: boundaryGeometry.nullable(),
  /** Its public site is /site/<siteCode>; null: it has none. */
  siteCode: z.string().nullable(),
  /** Every figure of its whole subtree. */
  figures: figuresOutput,
});

export const mapUnitsOutput = z.object({
  figure: mapFigure,
  /** The chosen figure's least and greatest value among the units of each kind: the colour scale of each level. */
  scale: z.array(z.object({ kind: z.string(), min: count, max: count })),
  /** Live units of the subtrees shown, parents before children. */
  units: z.array(mapUnit),
});
export type MapUnitsOutput = z.infer<typeof mapUnitsOutput>;

export const locateOutput = z.object({ id: z.number().int(), latitude: z.number(), longitude: z.number() });
