// Actors as CSV (same RFC 4180 and formula-safe cells as the events CSV): one row per actor,
// aliases `; `-separated, for spreadsheets that list who appears in the reports.
import type { ActorSummary } from '../actors.js';
import { csvLine } from './csv.js';
import type { Renderer } from './renderer.js';

export const ACTOR_COLUMNS = [
  'actor_id', 'name', 'kind', 'aliases', 'affiliation', 'events', 'first_date', 'last_date', 'places_controlled',
] as const;

export const actorsCsv: Renderer<ActorSummary> = {
  contentType: 'text/csv; charset=utf-8',
  extension: 'csv',
  start: () => csvLine(ACTOR_COLUMNS),
  item: (a) => csvLine([
    a.id, a.name, a.kind, a.aliases.join('; '), a.affiliation?.name ?? null, a.events, a.first_date, a.last_date,
    a.places_controlled,
  ]),
  end: () => '',
};
