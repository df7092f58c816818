// The areas chosen in the filters (a state, or a township): outlined on the map, and the camera
// fitted to them, or back to the country when none is. Their names and extents come from the
// low-detail boundary files, read in the page only when zooming to one.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { getLowBoundaries } from './api.js';
import { MYANMAR } from './camera.js';
import type { LayerFilters } from './layer-filters.js';
import { bboxOf, type Bbox } from './map-sources.js';

export type AreaExtent = { name: string; bbox: Bbox; level: 'adm1' | 'adm3'; state: string | null };

export class ChosenAreas {
  /** pcode → name and bounding box, from the boundary files. */
  readonly areas = new Map<string, AreaExtent>();
  private chosen = '/';
  private areasLoaded: Promise<void> | null = null;

  constructor(private readonly map: MapLibreMap, private readonly filters: LayerFilters) {}

  /** Outlines the areas chosen and zooms to them (or back to the country) when they change. */
  async set(admin1: string | undefined, admin3: string | undefined): Promise<void> {
    const key = `${admin1 ?? ''}/${admin3 ?? ''}`;
    if (key === this.chosen) return;
    this.chosen = key;
    this.filters.only(['adm1-chosen'], 'ST_PCODE', admin1 && !admin3 ? [admin1] : []);
    this.filters.only(['adm3-chosen'], 'TS_PCODE', admin3 ? [admin3] : []);
    if (admin1 || admin3) await this.loadAreas();
    const area = this.areas.get(admin3 ?? admin1 ?? '');
    this.map.fitBounds(area ? [[area.bbox[0], area.bbox[1]], [area.bbox[2], area.bbox[3]]] : MYANMAR, {
      padding: 30, maxZoom: 10, duration: 0,
    });
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
}
