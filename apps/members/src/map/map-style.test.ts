// The map's style needs nothing from outside the console: no tile, glyph or sprite server, no URL at all, and no
// text drawn on the map (text would need glyphs from a server).
import { describe, expect, it } from 'vitest';
import { layerIds, localStyle, sourceIds } from './map-style';

describe('the local style', () => {
  const style = localStyle();

  it('names no URL anywhere, and no glyphs or sprite', () => {
    const text = JSON.stringify(style);
    expect(text).not.toMatch(/https?:|\/\/|mapbox:|pmtiles:/);
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
  });

  it('draws only from the GeoJSON the page gives it', () => {
    expect(Object.values(style.sources).map((s) => s.type)).toEqual(['geojson', 'geojson']);
    expect(Object.keys(style.sources).sort()).toEqual(Object.values(sourceIds).sort());
  });

  it('has no text layer: a background, the areas filled and outlined, the units as circles', () => {
    expect(style.layers.map((l) => [l.id, l.type])).toEqual([
      ['background', 'background'],
      [layerIds.areaFill, 'fill'],
      [layerIds.areaLine, 'line'],
      [layerIds.points, 'circle'],
    ]);
  });
});
