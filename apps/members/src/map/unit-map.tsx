// The map itself (maplibre-gl, loaded with this module only: the map page fetches it when it draws the map). It draws
// the local style (map-style.ts) with the units' GeoJSON (map-view.ts); names show in an HTML tooltip, never as map
// text. A click picks a unit, or, while a unit is being moved, the new place (its marker can be dragged too).
import 'maplibre-gl/dist/maplibre-gl.css';
import {
  type GeoJSONSource,
  Map as MapLibreMap,
  Marker,
  NavigationControl,
  type PointLike,
  Popup,
  setWorkerUrl,
} from 'maplibre-gl';
// The worker maplibre-gl runs its GeoJSON tiling in: built beside this chunk and served from the console's origin.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef, useState } from 'react';
import type { MapFigure, MapScale, MapUnit } from '../common/api-types';
import { layerIds, localStyle, sourceIds } from './map-style';
import { areaFeatures, extentOf, pointFeatures } from './map-view';

setWorkerUrl(workerUrl);

// maplibre's tooltip is white on every ground: its text takes antd's light text colour, never the page's (which is
// light on the large screen's dark ground).
const tooltipColour = 'rgba(0, 0, 0, 0.88)';

function tooltipOf(text: string) {
  const content = document.createElement('span');
  content.style.color = tooltipColour;
  content.textContent = text;
  return content;
}

type LngLat = [number, number];

export type UnitMapProps = {
  units: readonly MapUnit[];
  figure: MapFigure;
  scale: readonly MapScale[];
  selectedId: number | undefined;
  onSelect: (unitId: number) => void;
  /** The unit being moved and its new place so far (null: none picked yet); clicks pick the place meanwhile. */
  moving: { unitId: number; at: LngLat | null } | null;
  onPick: (at: LngLat) => void;
  /** What the map shows, for screen readers; and a unit's tooltip (its name and figure). */
  label: string;
  describe: (unit: MapUnit) => string;
  /** Said instead of the map where the browser cannot draw one (no WebGL). */
  unavailable: string;
};

/** The map's state for the page and its tests: drawn (`ready`) once its sources are painted. */
type DrawState = 'loading' | 'ready' | 'failed';

export default function UnitMap(props: UnitMapProps) {
  const container = useRef<HTMLElement>(null);
  const map = useRef<MapLibreMap | null>(null);
  const marker = useRef<Marker | null>(null);
  const [state, setState] = useState<DrawState>('loading');
  const [loaded, setLoaded] = useState(false);
  // The handlers read the latest props without binding the map's events anew on every render.
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    if (!container.current) return;
    let created: MapLibreMap;
    try {
      created = new MapLibreMap({
        container: container.current,
        style: localStyle(),
        center: [118.78, 32.05],
        zoom: 8,
        attributionControl: false,
        // A page of the console, not a globe: no tilting or turning it by accident.
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
      });
    } catch {
      setState('failed');
      return;
    }
    map.current = created;
    created.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    created.touchZoomRotate.disableRotation();
    const popup = new Popup({ closeButton: false, closeOnClick: false, offset: 10 });
    let hovered: number | null = null;
    const setHover = (id: number | null) => {
      if (hovered !== null) created.setFeatureState({ source: sourceIds.areas, id: hovered }, { hover: false });
      hovered = id;
      if (id !== null) created.setFeatureState({ source: sourceIds.areas, id }, { hover: true });
    };
    /** The unit under a point: a unit's dot before the area around it. */
    const unitAt = (point: PointLike) => {
      const [feature] = created.queryRenderedFeatures(point, { layers: [layerIds.points, layerIds.areaFill] });
      const id = feature?.properties?.id;
      return typeof id === 'number' ? latest.current.units.find((u) => u.id === id) : undefined;
    };
    created.on('load', () => setLoaded(true));
    created.on('click', (event) => {
      if (latest.current.moving) {
        latest.current.onPick([event.lngLat.lng, event.lngLat.lat]);
        return;
      }
      const unit = unitAt(event.point);
      if (unit) latest.current.onSelect(unit.id);
    });
    created.on('mousemove', (event) => {
      const unit = latest.current.moving ? undefined : unitAt(event.point);
      created.getCanvas().style.cursor = latest.current.moving ? 'crosshair' : unit ? 'pointer' : '';
      setHover(unit?.boundary ? unit.id : null);
      if (unit)
        popup
          .setLngLat(event.lngLat)
          .setDOMContent(tooltipOf(latest.current.describe(unit)))
          .addTo(created);
      else popup.remove();
    });
    created.getCanvas().addEventListener('mouseleave', () => {
      setHover(null);
      popup.remove();
    });
    // Drawn: the page's tests and the end-to-end run wait for this rather than for a time.
    created.on('idle', () => setState('ready'));
    return () => {
      popup.remove();
      created.remove();
      map.current = null;
      marker.current = null;
    };
  }, []);

  const { units, figure, scale, selectedId, moving } = props;

  // The sources follow the answer: colours when the figure changes, points when a unit moves or is picked.
  useEffect(() => {
    const current = map.current;
    if (!current || !loaded) return;
    (current.getSource(sourceIds.areas) as GeoJSONSource).setData(areaFeatures(units, figure, scale));
    (current.getSource(sourceIds.points) as GeoJSONSource).setData(pointFeatures(units, figure, scale, selectedId));
  }, [loaded, units, figure, scale, selectedId]);

  // A new set of units (another subtree) is shown whole; a new figure for the same units keeps the view.
  const unitSet = units.map((u) => u.id).join(',');
  useEffect(() => {
    const current = map.current;
    const extent = extentOf(latest.current.units);
    if (!current || !loaded || !extent || !unitSet) return;
    current.fitBounds(extent, { padding: 32, animate: false, maxZoom: 13 });
  }, [loaded, unitSet]);

  // The marker of the unit being moved, where its new place is so far; dragging it picks a place too.
  const movingAt = moving?.at ?? null;
  useEffect(() => {
    const current = map.current;
    if (!current || !loaded) return;
    if (!movingAt) {
      marker.current?.remove();
      marker.current = null;
      return;
    }
    if (!marker.current) {
      marker.current = new Marker({ draggable: true, color: '#1677ff' }).setLngLat(movingAt).addTo(current);
      marker.current.on('dragend', () => {
        const at = marker.current?.getLngLat();
        if (at) latest.current.onPick([at.lng, at.lat]);
      });
    } else marker.current.setLngLat(movingAt);
  }, [loaded, movingAt]);

  if (state === 'failed')
    return (
      <div data-testid="unit-map" data-state="failed" role="note" style={{ padding: 24 }}>
        {props.unavailable}
      </div>
    );
  return (
    <section
      ref={container}
      data-testid="unit-map"
      data-state={state}
      aria-label={props.label}
      style={{ width: '100%', height: '100%' }}
    />
  );
}
