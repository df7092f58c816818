// The filters of the map's highlight layers: a layer shows only the features whose pcode is in a
// set. A filter (not feature state) so the renderer draws just those few areas; it is set only when
// the set changes, since each change rebuilds the layer's tiles in the worker.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { whereIn } from './map-style.js';

export class LayerFilters {
  /** The filter last set on each highlight layer, to skip setting an equal one. */
  private filters = new Map<string, string>();

  constructor(private readonly map: MapLibreMap) {}

  /** Shows `layers` only for the features whose `prop` is in `ids`. */
  only(layers: readonly string[], prop: string, ids: Iterable<string>): void {
    const filter = whereIn(prop, ids);
    const key = JSON.stringify(filter);
    for (const layer of layers) {
      if (this.filters.get(layer) === key) continue;
      this.filters.set(layer, key);
      this.map.setFilter(layer, filter);
    }
  }
}
