// What a click on the map does: an event point opens the event, a cluster zooms to its members'
// extent, a township opens its area; the pointer shows what is clickable.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { POINTS_ZOOM } from './clusters.js';
import type { Dataset } from './data.js';

export interface MapHandlers {
  onEvent(id: string): void;
  onError(err: Error): void;
  onArea(pcode: string, level: 'adm1' | 'adm3'): void;
}

/** `dataset`: the events drawn now (a point's feature holds its index in them). */
export function wireClicks(m: MapLibreMap, handlers: MapHandlers, dataset: () => Dataset | null): void {
  m.on('click', 'events', (e) => {
    const props = e.features?.[0]?.properties;
    if (!props) return;
    if (props.point_count === undefined) {
      const i = props.i as number | undefined;
      const ds = dataset();
      if (i !== undefined && ds) void ds.id(i).then((id) => handlers.onEvent(id), (err: Error) => handlers.onError(err));
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
    if (hit) handlers.onArea(String(hit.properties.TS_PCODE), 'adm3');
  });
  for (const layer of ['events', 'adm3-fill']) {
    m.on('mouseenter', layer, () => { m.getCanvas().style.cursor = 'pointer'; });
    m.on('mouseleave', layer, () => { m.getCanvas().style.cursor = ''; });
  }
}
