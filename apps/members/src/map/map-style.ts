// The map's own style: everything it draws comes from the page (the units' GeoJSON), nothing from a tile, glyph or
// sprite server, so the map works with no network beyond the console's own origin. No symbol layer: text needs glyphs
// from a server; names are written in HTML around the map instead (its tooltip, the panel, the list).
import type { StyleSpecification } from 'maplibre-gl';

export const sourceIds = { areas: 'unit-areas', points: 'unit-points' } as const;
export const layerIds = { areaFill: 'unit-area-fill', areaLine: 'unit-area-line', points: 'unit-points' } as const;

const empty = { type: 'FeatureCollection' as const, features: [] };

export function localStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {
      [sourceIds.areas]: { type: 'geojson', data: empty },
      [sourceIds.points]: { type: 'geojson', data: empty },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } },
      {
        id: layerIds.areaFill,
        type: 'fill',
        source: sourceIds.areas,
        paint: {
          'fill-color': ['get', 'colour'],
          // A little stronger under the pointer (feature state `hover`).
          'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 0.8, 0.6],
        },
      },
      {
        id: layerIds.areaLine,
        type: 'line',
        source: sourceIds.areas,
        paint: { 'line-color': '#7a4b3a', 'line-width': 1.2 },
      },
      {
        id: layerIds.points,
        type: 'circle',
        source: sourceIds.points,
        paint: {
          'circle-color': ['get', 'colour'],
          'circle-radius': ['get', 'radius'],
          'circle-stroke-color': ['case', ['get', 'selected'], '#1677ff', '#ffffff'],
          'circle-stroke-width': ['case', ['get', 'selected'], 3, 1.5],
        },
      },
    ],
  };
}
