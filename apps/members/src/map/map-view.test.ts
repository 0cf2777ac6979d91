// What the map draws, worked out without it: colours on each kind's scale, the GeoJSON of areas and points (units
// without a location left out), the extent to show, and the list's tree order.
import { describe, expect, it } from 'vitest';
import type { Figures, MapUnit } from '../common/api-types';
import { areaFeatures, colourOf, degrees, extentOf, palette, pointFeatures, treeOrder, unlocated } from './map-view';

const figures = (members: number, full = members): Figures => ({
  members,
  applicant: 0,
  activist: 0,
  candidate: 0,
  probationary: members - full,
  full,
  floating: 0,
  volunteerHours: 0,
});

const square = (lng: number, lat: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [lng, lat],
      [lng + 0.1, lat],
      [lng + 0.1, lat + 0.1],
      [lng, lat + 0.1],
      [lng, lat],
    ] as [number, number][],
  ],
});

const unit = (id: number, parentId: number | null, kind: string, members: number, more: Partial<MapUnit> = {}) =>
  ({
    id,
    parentId,
    kind,
    name: `单位${id}`,
    latitude: null,
    longitude: null,
    boundary: null,
    siteCode: null,
    figures: figures(members),
    ...more,
  }) satisfies MapUnit;

const units = [
  unit(1, null, 'municipality', 30, { latitude: 32.05, longitude: 118.78 }),
  unit(2, 1, 'township', 10, { latitude: 32.1, longitude: 118.7, boundary: square(118.6, 32.0) }),
  unit(3, 1, 'township', 20, { latitude: 31.9, longitude: 118.9, boundary: square(118.8, 31.8) }),
  unit(4, 2, 'branch', 4, { latitude: 32.11, longitude: 118.71 }),
  unit(5, 3, 'branch', 0),
  unit(6, 2, 'branch', 6, { latitude: 32.12, longitude: 118.72 }),
];
const scale = [
  { kind: 'municipality', min: 30, max: 30 },
  { kind: 'township', min: 10, max: 20 },
  { kind: 'branch', min: 0, max: 6 },
];

describe('colours', () => {
  it('puts the least on the lightest step and the most on the darkest', () => {
    expect(colourOf(10, { min: 10, max: 20 })).toBe(palette[0]);
    expect(colourOf(20, { min: 10, max: 20 })).toBe(palette.at(-1));
    expect(colourOf(15, { min: 10, max: 20 })).toBe(palette[4]);
  });

  it('takes the middle step when there is nothing to compare', () => {
    expect(colourOf(7, { min: 7, max: 7 })).toBe(palette[4]);
    expect(colourOf(7, undefined)).toBe(palette[4]);
  });
});

describe('the GeoJSON', () => {
  it('draws each area coloured on its kind’s scale', () => {
    const areas = areaFeatures(units, 'members', scale);
    expect(areas.features.map((f) => [f.id, f.properties.colour])).toEqual([
      [2, palette[0]],
      [3, palette.at(-1)],
    ]);
    expect(areas.features[0]?.geometry).toEqual(square(118.6, 32.0));
  });

  it('draws each located unit as a point, sized by its level, the picked one marked', () => {
    const points = pointFeatures(units, 'members', scale, 4);
    expect(points.features.map((f) => f.id)).toEqual([1, 2, 3, 4, 6]);
    expect(points.features.find((f) => f.id === 4)?.properties).toEqual({
      id: 4,
      colour: colourOf(4, { min: 0, max: 6 }),
      radius: 6,
      selected: true,
    });
    expect(points.features.find((f) => f.id === 1)?.properties.radius).toBeGreaterThan(
      points.features.find((f) => f.id === 2)?.properties.radius as number,
    );
    expect(points.features.find((f) => f.id === 6)?.geometry).toEqual({ type: 'Point', coordinates: [118.72, 32.12] });
    expect(unlocated(units).map((u) => u.id)).toEqual([5]);
  });
});

describe('the extent', () => {
  it('holds every location and every area', () => {
    expect(extentOf(units)).toEqual([
      [118.6, 31.8],
      [118.9, 32.12],
    ]);
    expect(extentOf([unit(9, null, 'branch', 0)])).toBeNull();
  });
});

describe('the list', () => {
  it('puts each unit before those below it, with its depth', () => {
    expect(treeOrder(units).map(({ unit, depth }) => [unit.id, depth])).toEqual([
      [1, 0],
      [2, 1],
      [4, 2],
      [6, 2],
      [3, 1],
      [5, 2],
    ]);
  });

  it('starts from the units whose parent is not shown', () => {
    expect(treeOrder(units.slice(3)).map(({ unit, depth }) => [unit.id, depth])).toEqual([
      [4, 0],
      [5, 0],
      [6, 0],
    ]);
  });

  it('writes degrees to six decimals at most', () => {
    expect(degrees(32.0512345678)).toBe('32.051235');
    expect(degrees(118.5)).toBe('118.5');
  });
});
