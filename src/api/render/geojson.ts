// RFC 7946 GeoJSON: a FeatureCollection with one Point feature per event report ([lon, lat]);
// an event without coordinates keeps its feature with a null geometry, so counts still add up.
import type { EventReport } from '../../kb/records.js';
import { toAcledRow } from './acled-row.js';
import type { Renderer } from './renderer.js';

export interface EventFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: ReturnType<typeof toAcledRow>;
}

export function eventFeature(e: EventReport): EventFeature {
  const lat = e.location?.lat;
  const lon = e.location?.lon;
  const hasPoint = typeof lat === 'number' && typeof lon === 'number';
  return {
    type: 'Feature',
    id: e.id,
    geometry: hasPoint ? { type: 'Point', coordinates: [lon, lat] } : null,
    properties: toAcledRow(e),
  };
}

export const eventsGeoJson: Renderer<EventReport> = {
  contentType: 'application/geo+json; charset=utf-8',
  extension: 'geojson',
  start: () => '{"type":"FeatureCollection","features":[\n',
  item: (e, i) => `${i > 0 ? ',\n' : ''}${JSON.stringify(eventFeature(e))}`,
  end: () => '\n]}\n',
};
