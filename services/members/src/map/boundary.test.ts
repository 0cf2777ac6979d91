// A boundary is a GeoJSON Polygon or MultiPolygon with closed rings; what is stored otherwise is read as none.
import { describe, expect, it } from 'vitest';
import { boundaryMaxPositions, boundaryText, readBoundary } from './boundary';

const square = [
  [118.7, 32.0],
  [118.8, 32.0],
  [118.8, 32.1],
  [118.7, 32.1],
  [118.7, 32.0],
];
const polygon = { type: 'Polygon', coordinates: [square] };

describe('writing a boundary', () => {
  it('stores a polygon and a multipolygon as their JSON', () => {
    expect(JSON.parse(boundaryText(polygon))).toEqual(polygon);
    const multi = {
      type: 'MultiPolygon',
      coordinates: [[square], [square.map(([x, y]) => [x as number, (y as number) + 1])]],
    };
    expect(JSON.parse(boundaryText(multi))).toEqual(multi);
  });

  it.each([
    ['an open ring', { type: 'Polygon', coordinates: [square.slice(0, 4)] }],
    ['a ring of three positions', { type: 'Polygon', coordinates: [[square[0], square[1], square[0]]] }],
    ['a position with altitude', { type: 'Polygon', coordinates: [square.map((p) => [...p, 10])] }],
    ['a longitude past 180', { type: 'Polygon', coordinates: [square.map(([, y]) => [181, y])] }],
    ['a point', { type: 'Point', coordinates: [118.7, 32] }],
    ['a feature around the geometry', { type: 'Feature', geometry: polygon, properties: {} }],
    ['an extra member', { ...polygon, crs: 'EPSG:4326' }],
    ['no rings', { type: 'Polygon', coordinates: [] }],
    ['text for numbers', { type: 'Polygon', coordinates: [square.map(([x, y]) => [String(x), String(y)])] }],
  ])('refuses %s', (_, value) => {
    expect(() => boundaryText(value)).toThrow();
  });

  it(`refuses more than ${boundaryMaxPositions} positions`, () => {
    const ring = (n: number) => [
      ...Array.from({ length: n - 1 }, (_, i) => [118 + i / n, 32 + Math.sin(i) / 10]),
      [118, 32 + Math.sin(0) / 10],
    ];
    expect(() => boundaryText({ type: 'Polygon', coordinates: [ring(boundaryMaxPositions)] })).not.toThrow();
    expect(() => boundaryText({ type: 'Polygon', coordinates: [ring(boundaryMaxPositions + 1)] })).toThrow();
  });
});

describe('reading a stored boundary', () => {
  it('answers the geometry written', () => {
    expect(readBoundary(boundaryText(polygon))).toEqual(polygon);
  });

  it.each([
    ['none', null],
    ['empty text', ''],
    ['text that is no JSON', '{"type":"Polygon",'],
    ['JSON that is no geometry', '[1,2,3]'],
    ['an open ring', JSON.stringify({ type: 'Polygon', coordinates: [square.slice(0, 4)] })],
    ['a line', JSON.stringify({ type: 'LineString', coordinates: square })],
  ])('reads %s as none', (_, text) => {
    expect(readBoundary(text)).toBeNull();
  });
});
