// The map: MapLibre GL with our boundary layers on a plain background, events as clustered
// points coloured by type (clustered in the page: ./clusters.ts), area-only events as striped
// polygons, and a township choropleth set through feature state (330 updates instead of
// re-sending the boundaries to the worker). Boundaries are vector tiles the server cuts once
// (/api/tiles: coarse for the country view, the published detail when zoomed in), so the map
// workers only decode them.
import maplibregl, { type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { getLowBoundaries } from './api.js';
import { mapWorker } from './boot.js';
import { removePreview } from './preview.js';
import { timings } from './timings.js';
import { hatchImage, installCountIcons } from './cluster-icons.js';
import { FIT_PADDING, MAX_ZOOM, mercX, mercY, MYANMAR } from './camera.js';
import { aroundView, clusterEvents, POINTS_ZOOM, project, type Area, type Projected } from './clusters.js';
import { areaOnlyPlaces, type Dataset } from './data.js';
import { drawAtOnce, FrameGate, painted } from './frames.js';
import { HATCH } from './marks.js';
import { ATTRIBUTION, baseStyle, boundaryLayers, EMPTY, eventLayers, whereIn } from './map-style.js';
import { bboxOf, boundarySource, withStartedWorker, type Bbox } from './map-sources.js';

// The CSP build loads its worker from our own origin instead of a blob: URL the CSP forbids.
maplibregl.setWorkerUrl(mapWorker.url);
// One map worker: with boundaries as server-cut vector tiles it only decodes a few tiles, and a
// second one cost more than it saved on two cores (its own ~0.5 MB of script to compile, its own
// garbage collection): 2,732 vs 3,440 ms warm, 6,145 vs 7,062 cold (medians, busy machine).
maplibregl.setWorkerCount(1);

const SOURCES = ['adm1', 'adm3', 'selected', 'events'] as const;

export interface MapHandlers {
  onEvent(id: string): void;
  onError(err: Error): void;
  onArea(pcode: string, level: 'adm1' | 'adm3'): void;
}

export class EventMap {
  readonly map: MapLibreMap;
  /** pcode → name and bounding box, from the boundary files. */
  readonly areas = new Map<string, { name: string; bbox: Bbox; level: 'adm1' | 'adm3'; state: string | null }>();
  /** The filter last set on each highlight layer, to skip setting an equal one. */
  private filters = new Map<string, string>();
  private filled = new Set<string>();
  private chosen = '/';
  private areasLoaded: Promise<void> | null = null;
  /** The map has loaded (sources added, their data loading in the worker). */
  private ready: Promise<void>;
  /** Every layer is there: after the first events (see setEvents). */
  private layered: Promise<void>;
  private resolveLayered!: () => void;
  private installing: Promise<void> | null = null;
  /** Townships and states whose events have no point: drawn as striped areas. */
  private areaOnly = { townships: new Set<string>(), states: new Set<string>() };
  private ds: Dataset | null = null;
  private projected: Projected | null = null;
  private indices: Uint32Array = new Uint32Array(0);
  /** Zoom level and area the events source was last computed for. */
  private drawn: { z: number; area: Area } | null = null;
  /** Holds the map's frames until the first picture can be drawn complete (./frames.ts). */
  private gate: FrameGate;

  constructor(container: HTMLElement, private handlers: MapHandlers) {
    this.map = withStartedWorker(() => new maplibregl.Map({
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
    this.gate = new FrameGate(this.map);
    this.gate.hold();
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.getCanvas().setAttribute('aria-label', 'Map of events');
    installCountIcons(this.map);
    this.map.on('render', () => { if (!timings.gl) timings.frames++; });
    this.layered = new Promise((resolve) => { this.resolveLayered = resolve; });
    this.ready = this.setup();
  }

  /** Names and extents of every state and township, read in the page only when zooming to one. */
  private loadAreas(): Promise<void> {
    this.areasLoaded ??= Promise.all([getLowBoundaries('adm1'), getLowBoundaries('adm3')]).then(([adm1, adm3]) => {
      for (const f of adm1.features) this.areas.set(f.properties.ST_PCODE!, { name: f.properties.ST!, bbox: bboxOf(f.geometry), level: 'adm1', state: null });
      for (const f of adm3.features) {
        this.areas.set(f.properties.TS_PCODE!, { name: f.properties.TS!, bbox: bboxOf(f.geometry), level: 'adm3', state: f.properties.ST ?? null });
      }
    });
    return this.areasLoaded;
  }

  private async setup(): Promise<void> {
    // Not 'load': that comes with a frame, and frames are held until the first data is in.
    await new Promise<void>((resolve) => this.map.once('style.load', () => { timings.mapLoad = performance.now(); resolve(); }));
    const m = this.map;
    for (const [id, color] of [['hatch', HATCH.township], ['hatch-state', HATCH.state]] as const) {
      const img = hatchImage(color);
      if (img) m.addImage(id, img);
    }
    // The page's layout may have settled after the map was created: fit the country again.
    m.resize();
    m.fitBounds(MYANMAR, { padding: FIT_PADDING, duration: 0 });
    m.on('moveend', () => this.drawEvents(false));
  }

  /**
   * Every layer at once, with the first events (see ./frames.ts): a layer's tiles are built in
   * the worker when it is added and again whenever its filter changes, so the area filters are
   * set in the same task and each tile is built once. Cluster colours need the type list too.
   */
  private installLayers(types: readonly string[]): void {
    const m = this.map;
    timings.boundaries = performance.now();
    for (const layer of [...boundaryLayers(), ...eventLayers(types)]) m.addLayer(layer);
    this.areaFilters();
    this.wire();
    this.resolveLayered();
  }

  private areaFilters(): void {
    this.only(['adm3-area', 'adm3-area-outline'], 'TS_PCODE', this.areaOnly.townships);
    this.only(['adm1-area'], 'ST_PCODE', this.areaOnly.states);
  }

  private wire(): void {
    const m = this.map;
    m.on('click', 'events', (e) => {
      const props = e.features?.[0]?.properties;
      if (!props) return;
      if (props.point_count === undefined) {
        const i = props.i as number | undefined;
        if (i !== undefined && this.ds) void this.ds.id(i).then((id) => this.handlers.onEvent(id), (err: Error) => this.handlers.onError(err));
        return;
      }
      const b = String(props.b ?? '').split(',').map(Number);
      if (b.length !== 4) return;
      // The members' extent fills the view, at least one level closer so the cluster splits.
      const zoom = Math.min(POINTS_ZOOM, Math.max(m.getZoom() + 1, m.cameraForBounds([[b[0]!, b[1]!], [b[2]!, b[3]!]], { padding: 60 })?.zoom ?? 0));
      m.easeTo({ center: [(b[0]! + b[2]!) / 2, (b[1]! + b[3]!) / 2], zoom });
    });
    m.on('click', (e) => {
      if (m.queryRenderedFeatures(e.point, { layers: ['events'] }).length) return;
      const hit = m.queryRenderedFeatures(e.point, { layers: ['adm3-fill'] })[0];
      if (hit) this.handlers.onArea(String(hit.properties.TS_PCODE), 'adm3');
    });
    for (const layer of ['events', 'adm3-fill']) {
      m.on('mouseenter', layer, () => { m.getCanvas().style.cursor = 'pointer'; });
      m.on('mouseleave', layer, () => { m.getCanvas().style.cursor = ''; });
    }
  }

  /** Draws the events at `indices`: points where the place is known, striped areas otherwise. */
  async setEvents(ds: Dataset, indices: Uint32Array): Promise<void> {
    await this.ready;
    this.areaOnly = areaOnlyPlaces(ds, indices);
    if (this.ds !== ds) this.projected = project(ds);
    this.ds = ds;
    this.indices = indices;
    this.drawEvents(true);
    this.installing ??= drawAtOnce(this.map, this.gate, SOURCES, () => this.installLayers(ds.raw.event_types), removePreview);
    await this.installing;
    this.areaFilters();
  }

  /**
   * Sends the clusters and points around the view to the map: always when the events changed,
   * else only when the zoom level changed or the view left the area last computed.
   */
  private drawEvents(changed: boolean): void {
    if (!this.ds || !this.projected) return;
    const m = this.map;
    const z = Math.floor(m.getZoom());
    const b = m.getBounds();
    const x0 = mercX(b.getWest());
    const x1 = mercX(b.getEast());
    const y0 = mercY(Math.min(85, b.getNorth()));
    const y1 = mercY(Math.max(-85, b.getSouth()));
    const d = this.drawn;
    if (!changed && d && d.z === z && x0 >= d.area.x0 && x1 <= d.area.x1 && y0 >= d.area.y0 && y1 <= d.area.y1) return;
    const area = aroundView({ x0, x1, y0, y1 });
    this.drawn = { z, area };
    (m.getSource('events') as GeoJSONSource).setData(clusterEvents(this.ds, this.projected, this.indices, z, area));
  }

  /**
   * Shows `layers` only for the features whose `prop` is in `ids`. A filter (not feature state)
   * so the renderer draws just those few areas; it is set only when the set changes.
   */
  private only(layers: readonly string[], prop: string, ids: Iterable<string>): void {
    const filter = whereIn(prop, ids);
    const key = JSON.stringify(filter);
    for (const layer of layers) {
      if (this.filters.get(layer) === key) continue;
      this.filters.set(layer, key);
      this.map.setFilter(layer, filter);
    }
  }

  /** Township fill colours (pcode → CSS colour); townships not given are cleared. While a
   * choropleth is shown, area-only events keep their purple outline but lose the stripes over it. */
  async setFill(colors: ReadonlyMap<string, string>, choropleth: boolean): Promise<void> {
    await this.layered;
    for (const layer of ['adm3-area', 'adm1-area']) this.map.setLayoutProperty(layer, 'visibility', choropleth ? 'none' : 'visible');
    for (const pcode of this.filled) {
      if (!colors.has(pcode)) this.map.removeFeatureState({ source: 'adm3', sourceLayer: 'adm3', id: pcode }, 'fill');
    }
    for (const [pcode, color] of colors) this.map.setFeatureState({ source: 'adm3', sourceLayer: 'adm3', id: pcode }, { fill: color });
    this.filled = new Set(colors.keys());
  }

  /** Outlines the areas chosen in the filters and zooms to them (or back to the country) when they change. */
  async setChosen(admin1: string | undefined, admin3: string | undefined): Promise<void> {
    await this.layered;
    const key = `${admin1 ?? ''}/${admin3 ?? ''}`;
    if (key === this.chosen) return;
    this.chosen = key;
    this.only(['adm1-chosen'], 'ST_PCODE', admin1 && !admin3 ? [admin1] : []);
    this.only(['adm3-chosen'], 'TS_PCODE', admin3 ? [admin3] : []);
    if (admin1 || admin3) await this.loadAreas();
    const area = this.areas.get(admin3 ?? admin1 ?? '');
    this.map.fitBounds(area ? [[area.bbox[0], area.bbox[1]], [area.bbox[2], area.bbox[3]]] : MYANMAR, {
      padding: 30, maxZoom: 10, duration: 0,
    });
  }

  /** Marks the selected event: a ring at its point, or a bold outline of its township/state. */
  async select(ev: { lat?: number | null; lon?: number | null; precision?: string; admin1_pcode?: string | null; admin3_pcode?: string | null } | null): Promise<void> {
    await this.layered;
    const exact = ev && (ev.precision === 'village' || ev.precision === 'town') && ev.lat != null && ev.lon != null;
    if (exact && !this.map.getBounds().contains([ev.lon!, ev.lat!])) this.map.easeTo({ center: [ev.lon!, ev.lat!], duration: 0 });
    (this.map.getSource('selected') as GeoJSONSource).setData(exact
      ? { type: 'Feature', geometry: { type: 'Point', coordinates: [ev.lon!, ev.lat!] }, properties: {} }
      : EMPTY);
    this.only(['area-selected'], 'TS_PCODE', !exact && ev?.precision === 'township' && ev.admin3_pcode ? [ev.admin3_pcode] : []);
    this.only(['state-selected'], 'ST_PCODE', !exact && ev?.precision === 'state' && ev.admin1_pcode ? [ev.admin1_pcode] : []);
  }

  /** Resolves once the map has drawn everything it was given (./frames.ts). */
  painted(): Promise<void> {
    return painted(this.map, SOURCES);
  }
}
