// The demo's map: valid township outlines that tile the municipality's area without gaps or overlaps (the core and
// the ring's sectors add up to the whole), neighbours sharing their edges, every branch inside its own township and
// no other, the city at the centre of the core; and the same every time.
import { boundaryText } from '@strata/service-members/map-boundary';
import { describe, expect, it } from 'vitest';
import { branchNames, townships } from './demo-data';
import { demoGeography, demoShapes } from './demo-geo';

type LngLat = [number, number];

/** Twice the signed area (shoelace): positive for a counter-clockwise ring. */
const signedArea = (ring: LngLat[]) =>
  ring.slice(0, -1).reduce((sum, [x1, y1], i) => {
    const [x2, y2] = ring[i + 1] as LngLat;
    return sum + x1 * y2 - x2 * y1;
  }, 0);

/** Whether a point lies inside a ring (ray casting). */
function inside([x, y]: LngLat, ring: LngLat[]) {
  let within = false;
  for (let i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
    const [xi, yi] = ring[i] as LngLat;
    const [xj, yj] = ring[j] as LngLat;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) within = !within;
  }
  return within;
}

const key = ([x, y]: LngLat) => `${x},${y}`;
const shared = (a: LngLat[], b: LngLat[]) => a.filter((p) => new Set(b.map(key)).has(key(p)));

const counts = townships.map(() => branchNames.length);
const shapes = demoShapes(counts);
const [core, ...ring] = shapes;

describe('the demo municipality on the map', () => {
  it('draws the same map every time', () => {
    expect(demoShapes(counts)).toEqual(shapes);
  });

  it('outlines each township with a valid, closed, counter-clockwise ring', () => {
    for (const shape of shapes) {
      expect(() => boundaryText({ type: 'Polygon', coordinates: [shape.ring] })).not.toThrow();
      expect(signedArea(shape.ring)).toBeGreaterThan(0);
    }
  });

  it('tiles the area: the townships add up to the outline of the whole, each sharing edges with its neighbours', () => {
    // Each sector's ring is its outer arc, its inner arc and the closing point: the arcs have as many points.
    const whole = ring.flatMap((s) => s.ring.slice(0, (s.ring.length - 1) / 2 - 1));
    const total = signedArea([...whole, whole[0] as LngLat]);
    const parts = shapes.reduce((sum, s) => sum + signedArea(s.ring), 0);
    expect(parts / total).toBeCloseTo(1, 9);
    for (const [k, sector] of ring.entries()) {
      const next = ring[(k + 1) % ring.length]!;
      // A radial edge: its two ends on the core and on the rim.
      expect(shared(sector.ring, next.ring)).toHaveLength(2);
      expect(shared(sector.ring, core!.ring).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('puts every branch and township inside its own township and no other', () => {
    for (const [i, shape] of shapes.entries()) {
      expect(shape.branches).toHaveLength(counts[i] as number);
      for (const point of [shape.location, ...shape.branches])
        expect(shapes.map((s) => inside(point, s.ring))).toEqual(shapes.map((_, j) => j === i));
      expect(new Set(shape.branches.map(key)).size).toBe(shape.branches.length);
    }
  });

  it('puts the city at the centre, inside the core, in China', () => {
    expect(inside(demoGeography.centre, core!.ring)).toBe(true);
    for (const [lng, lat] of shapes.flatMap((s) => s.ring)) {
      expect(lng).toBeGreaterThan(73);
      expect(lng).toBeLessThan(136);
      expect(lat).toBeGreaterThan(3);
      expect(lat).toBeLessThan(54);
    }
  });
});
