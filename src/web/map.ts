// The map: MapLibre GL with our boundary layers on a plain background, events as clustered
// points coloured by type (clustered in the page: ./clusters.ts), area-only events as striped
// polygons, and a township choropleth set through feature state (330 updates instead of
// re-sending the boundaries to the worker). Boundaries are vector tiles the server cuts once
// (/api/tiles: coarse for the country view, the published detail when zoomed in), so the map
// workers only decode them.
// The map's own construction (map-create.ts), its clicks (map-clicks.ts), the highlight layers'
// filters (layer-filters.ts) and the areas chosen in the filters (map-areas.ts) have files of their own.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
// (First: it loads MapLibre and sets its worker, as this file's opening lines did.)
import { addControls, createMap } from './map-create.js';
import 'maplibre-gl/dist/maplibre-gl.css';
import { removePreview } from './preview.js';
import { timings } from './timings.js';
import { hatchImage } from './cluster-icons.js';
import { FIT_PADDING, mercX, mercY, MYANMAR } from './camera.js';
import { aroundView, clusterEvents, project, type Area, type Projected } from './clusters.js';
import { areaOnlyPlaces, type Dataset } from './data.js';
import { drawAtOnce, FrameGate, painted } from './frames.js';
import { HATCH } from './marks.js';
import { boundaryLayers, EMPTY, eventLayers } from './map-style.js';
import { LayerFilters } from './layer-filters.js';
import { ChosenAreas, type AreaExtent } from './map-areas.js';
import { wireClicks, type MapHandlers } from './map-clicks.js';

export type { MapHandlers } from './map-clicks.js';

const SOURCES = ['adm1', 'adm3', 'selected', 'events'] as const;

export class EventMap {
  readonly map: MapLibreMap;
  /** pcode → name and bounding box, from the boundary files (read when zooming to a chosen area). */
  readonly areas: Map<string, AreaExtent>;
  /** The highlight layers' filters, each set only when it changes. */
  private filters: LayerFilters;
  /** The areas chosen in the filters, outlined and zoomed to. */
  private chosen: ChosenAreas;
  private filled = new Set<string>();
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
    this.map = createMap(container);
    this.filters = new LayerFilters(this.map);
    this.chosen = new ChosenAreas(this.map, this.filters);
    this.areas = this.chosen.areas;
    this.gate = new FrameGate(this.map);
    this.gate.hold();
    addControls(this.map);
    this.map.on('render', () => { if (!timings.gl) timings.frames++; });
    this.layered = new Promise((resolve) => { this.resolveLayered = resolve; });
    this.ready = this.setup();
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
    wireClicks(this.map, this.handlers, () => this.ds);
    this.resolveLayered();
  }

  private areaFilters(): void {
    this.filters.only(['adm3-area', 'adm3-area-outline'], 'TS_PCODE', this.areaOnly.townships);
    this.filters.only(['adm1-area'], 'ST_PCODE', this.areaOnly.states);
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
    await this.chosen.set(admin1, admin3);
  }

  /** Marks the selected event: a ring at its point, or a bold outline of its township/state. */
  async select(ev: { lat?: number | null; lon?: number | null; precision?: string; admin1_pcode?: string | null; admin3_pcode?: string | null } | null): Promise<void> {
    await this.layered;
    const exact = ev && (ev.precision === 'village' || ev.precision === 'town') && ev.lat != null && ev.lon != null;
    if (exact && !this.map.getBounds().contains([ev.lon!, ev.lat!])) this.map.easeTo({ center: [ev.lon!, ev.lat!], duration: 0 });
    (this.map.getSource('selected') as GeoJSONSource).setData(exact
      ? { type: 'Feature', geometry: { type: 'Point', coordinates: [ev.lon!, ev.lat!] }, properties: {} }
      : EMPTY);
    this.filters.only(['area-selected'], 'TS_PCODE', !exact && ev?.precision === 'township' && ev.admin3_pcode ? [ev.admin3_pcode] : []);
    this.filters.only(['state-selected'], 'ST_PCODE', !exact && ev?.precision === 'state' && ev.admin1_pcode ? [ev.admin1_pcode] : []);
  }

  /** Resolves once the map has drawn everything it was given (./frames.ts). */
  painted(): Promise<void> {
    return painted(this.map, SOURCES);
  }
}
