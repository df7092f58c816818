// The MapLibre map itself: its one worker, from our own origin; the base style with our sources
// (boundary tiles, the selection and the events, empty until data comes); the camera's limits; the
// controls. map.ts adds the layers and the data.
import maplibregl, { type Map as MapLibreMap } from 'maplibre-gl';
import { mapWorker } from './boot.js';
import { installCountIcons } from './cluster-icons.js';
import { FIT_PADDING, MAX_ZOOM, MYANMAR } from './camera.js';
import { ATTRIBUTION, baseStyle, EMPTY } from './map-style.js';
import { boundarySource, withStartedWorker } from './map-sources.js';

// The CSP build loads its worker from our own origin instead of a blob: URL the CSP forbids.
maplibregl.setWorkerUrl(mapWorker.url);
// One map worker: with boundaries as server-cut vector tiles it only decodes a few tiles, and a
// second one cost more than it saved on two cores (its own ~0.5 MB of script to compile, its own
// garbage collection): 2,732 vs 3,440 ms warm, 6,145 vs 7,062 cold (medians, busy machine).
maplibregl.setWorkerCount(1);

/** The map over the country (its frames held by the caller until the first data: ./frames.ts). */
export const createMap = (container: HTMLElement): MapLibreMap => withStartedWorker(() => new maplibregl.Map({
  container,
  style: baseStyle({
    adm1: boundarySource('adm1', 'ST_PCODE'),
    adm3: boundarySource('adm3', 'TS_PCODE'),
    selected: { type: 'geojson', data: EMPTY },
    events: { type: 'geojson', data: EMPTY },
  }),
  bounds: MYANMAR,
  fitBoundsOptions: { padding: FIT_PADDING },
  attributionControl: { compact: false, customAttribution: ATTRIBUTION },
  dragRotate: false,
  fadeDuration: 0, // no symbol fade-in: the map is "idle" (drawn) as soon as the data is
  pitchWithRotate: false,
  maxZoom: MAX_ZOOM,
}));

/** Zoom buttons without rotation, the canvas's label for screen readers, the cluster count icons. */
export function addControls(m: MapLibreMap): void {
  m.touchZoomRotate.disableRotation();
  m.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  m.getCanvas().setAttribute('aria-label', 'Map of events');
  installCountIcons(m);
}
