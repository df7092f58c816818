// The export formats of event reports, by name (`/api/events.<format>`, `sitrep export --format`).
import type { EventReport } from '../../kb/records.js';
import { eventsCsv } from './csv.js';
import { eventsGeoJson } from './geojson.js';
import { eventsJsonl } from './jsonl.js';
import type { Renderer } from './renderer.js';

export const EVENT_FORMATS = ['csv', 'geojson', 'jsonl'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

export const EVENT_RENDERERS: Record<EventFormat, Renderer<EventReport>> = {
  csv: eventsCsv,
  geojson: eventsGeoJson,
  jsonl: eventsJsonl,
};

export { renderAll, type Renderer } from './renderer.js';
