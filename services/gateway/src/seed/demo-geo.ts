// The demo municipality on the map: the city's party committee at the centre, the first township (城关镇, the town
// proper) as a core around it, the others as sectors of a ring around the core, adjacent to each other and to the
// core (they share their edges' vertices), each township's branches as points inside it. Everything follows from the
// numbers below and the seed's order of units: the same seed always draws the same map. Run once by seedDemoOnce
// (tests seed without it); boundaries are checked as every stored boundary is (boundaryText).
import type { Db, Unit } from '@strata/db';
import { boundaryText } from '@strata/service-members/map-boundary';
import type { DemoSeed } from './demo';

type LngLat = [number, number];

/** The shape of the demo municipality. Radii are in degrees of latitude; longitudes are widened to match. */
export const demoGeography = {
  centre: [118.78, 32.05] as LngLat,
  /** The core's radius, and the ring's outer radius. */
  coreRadius: 0.075,
  outerRadius: 0.26,
  /** How far the outlines wander from a circle, as parts of the radius: a few slow waves, not a perfect disc. */
  coreWaves: [
    { amplitude: 0.12, waves: 3, phase: 0.4 },
    { amplitude: 0.05, waves: 7, phase: 1.3 },
  ],
  outerWaves: [
    { amplitude: 0.1, waves: 2, phase: 2.1 },
    { amplitude: 0.07, waves: 5, phase: 0.7 },
    { amplitude: 0.03, waves: 11, phase: 4.2 },
  ],
  /** Where the first sector of the ring starts, in degrees counter-clockwise from east, and the outline's step. */
  firstSector: 90,
  stepDegrees: 6,
  /** Branches sit on two arcs of their township, at these parts of the way out (the core: of its radius). */
  branchRows: [0.35, 0.72],
} as const;

type Wave = { amplitude: number; waves: number; phase: number };
const radians = (degrees: number) => (degrees * Math.PI) / 180;
const radiusAt = (radius: number, waves: readonly Wave[], degrees: number) =>
  radius * (1 + waves.reduce((sum, w) => sum + w.amplitude * Math.sin(w.waves * radians(degrees) + w.phase), 0));

/** The point `radius` (degrees of latitude) from the centre towards `degrees`, to six decimals. */
function pointAt(radius: number, degrees: number): LngLat {
  const [lng, lat] = demoGeography.centre;
  const widen = 1 / Math.cos(radians(lat));
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return [round(lng + radius * widen * Math.cos(radians(degrees))), round(lat + radius * Math.sin(radians(degrees)))];
}

const coreAt = (degrees: number) =>
  pointAt(radiusAt(demoGeography.coreRadius, demoGeography.coreWaves, degrees), degrees);
const outerAt = (degrees: number) =>
  pointAt(radiusAt(demoGeography.outerRadius, demoGeography.outerWaves, degrees), degrees);

/** The angles from `from` to `to` (counter-clockwise) every step, both ends included. */
function anglesBetween(from: number, to: number) {
  const steps = Math.max(1, Math.round((to - from) / demoGeography.stepDegrees));
  return Array.from({ length: steps + 1 }, (_, i) => from + ((to - from) * i) / steps);
}

export type DemoTownshipShape = {
  /** The outline, counter-clockwise and closed (RFC 7946's exterior ring). */
  ring: LngLat[];
  /** The township's own location, and its branches' in order. */
  location: LngLat;
  branches: LngLat[];
};

/** The core: a closed outline around the centre; the township sits a little off the centre, where the city does. */
function coreShape(branchCount: number, sectors: number): DemoTownshipShape {
  // Vertices at every sector's edge too, so the ring's sectors share them.
  const sector = 360 / sectors;
  const angles = Array.from({ length: sectors }, (_, k) =>
    anglesBetween(demoGeography.firstSector + k * sector, demoGeography.firstSector + (k + 1) * sector).slice(0, -1),
  ).flat();
  const ring = [...angles.map(coreAt), coreAt(angles[0] as number)];
  const branches = Array.from({ length: branchCount }, (_, i) => {
    const degrees = demoGeography.firstSector + (360 * (i + 0.5)) / branchCount;
    const row = demoGeography.branchRows[i % demoGeography.branchRows.length] as number;
    return pointAt(radiusAt(demoGeography.coreRadius, demoGeography.coreWaves, degrees) * (row + 0.15), degrees);
  });
  return { ring, location: pointAt(demoGeography.coreRadius * 0.3, 225), branches };
}

/** Sector `k` of the ring: out along its outer edge, back along the core's, the radial edges shared with neighbours. */
function sectorShape(k: number, sectors: number, branchCount: number): DemoTownshipShape {
  const size = 360 / sectors;
  const from = demoGeography.firstSector + k * size;
  const to = from + size;
  const outer = anglesBetween(from, to).map(outerAt);
  const inner = anglesBetween(from, to).reverse().map(coreAt);
  const ring = [...outer, ...inner, outer[0] as LngLat];
  const between = (part: number, degrees: number) => {
    const core = radiusAt(demoGeography.coreRadius, demoGeography.coreWaves, degrees);
    const rim = radiusAt(demoGeography.outerRadius, demoGeography.outerWaves, degrees);
    return pointAt(core + (rim - core) * part, degrees);
  };
  const rows = demoGeography.branchRows.length;
  const perRow = Math.ceil(branchCount / rows);
  const branches = Array.from({ length: branchCount }, (_, i) => {
    const row = i % rows;
    const place = Math.floor(i / rows);
    // Kept off the radial edges: a tenth of the sector's width on either side.
    const degrees = from + size * (0.1 + (0.8 * (place + 0.5)) / perRow);
    return between(demoGeography.branchRows[row] as number, degrees);
  });
  return { ring, location: between(0.5, from + size / 2), branches };
}

/** The outline and places of each of `townships` townships (the first the core), with `branches[i]` branches each. */
export function demoShapes(branchCounts: readonly number[]): DemoTownshipShape[] {
  const sectors = branchCounts.length - 1;
  return branchCounts.map((count, i) => (i === 0 ? coreShape(count, sectors) : sectorShape(i - 1, sectors, count)));
}

/** Puts every unit of the demo on the map, in one transaction: the municipality at the centre, townships outlined. */
export async function seedDemoGeography(db: Db, seed: DemoSeed): Promise<void> {
  const townships = Object.values(seed.townships);
  const shapes = demoShapes(townships.map((t) => t.branches.length));
  await db.$transaction(async (tx) => {
    const place = (unit: Unit, [longitude, latitude]: LngLat, outline?: LngLat[]) =>
      tx.unit.update({
        where: { id: unit.id },
        data: {
          latitude,
          longitude,
          ...(outline && { boundary: boundaryText({ type: 'Polygon', coordinates: [outline] }) }),
        },
      });
    await place(seed.municipality, demoGeography.centre);
    for (const [i, township] of townships.entries()) {
      const shape = shapes[i] as DemoTownshipShape;
      await place(township, shape.location, shape.ring);
      for (const [j, branch] of township.branches.entries()) await place(branch, shape.branches[j] as LngLat);
    }
  });
}
