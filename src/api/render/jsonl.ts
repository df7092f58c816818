// JSON Lines: one full event report per line (nested actors and location kept), for scripts.
import type { EventReport } from '../../kb/records.js';
import type { Renderer } from './renderer.js';

export const eventsJsonl: Renderer<EventReport> = {
  contentType: 'application/x-ndjson; charset=utf-8',
  extension: 'jsonl',
  start: () => '',
  item: (e) => `${JSON.stringify(e)}\n`,
  end: () => '',
};
