// Query parameters of the knowledge-base resources (zod): the server validates with them, the
// `sitrep kb` commands reuse them, the OpenAPI document is generated from them.
import { z } from 'zod';
import { FINDING_KINDS } from '../kb/fact-records.js';
import type { ClaimFilter, ControlFilter, ElectionFilter, FindingFilter, KbEventFilter } from '../kb/kb-store.js';
import { isoDate } from '../kb/records.js';
import { MAX_PAGE_LIMIT } from '../kb/store.js';
import { consistent, EventQueryShape, IdSchema, toEventFilter } from './params.js';

const page = {
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_LIMIT).default(100).describe(`Items per page, 1 to ${MAX_PAGE_LIMIT}.`),
  cursor: z.string().min(1).max(1000).optional().describe('`next_cursor` of the previous page (opaque).'),
};
const text = z.string().min(1).max(200);
const place = text.optional().describe('Place key, township pcode, or town/township/village name ("Bhamo", "MMR001010").');

export const KbEventQueryShape = EventQueryShape.extend({
  min_sources: z.coerce.number().int().min(1).max(1000).optional().describe('Only events reported by at least this many articles.'),
}).strict();
export const KbEventQuerySchema = consistent(KbEventQueryShape);
export type KbEventQuery = z.infer<typeof KbEventQueryShape>;
export const toKbEventFilter = (q: KbEventQuery): KbEventFilter => ({ ...toEventFilter(q), minSources: q.min_sources });

export const ControlQueryShape = z.object({
  place,
  actor: text.optional().describe('Registry id, name or alias: the places this actor controls on `on` (default: now).'),
  on: isoDate.optional().describe('ISO date, any precision: the step in force that day is `at`.'),
  ...page,
}).strict();
export const toControlFilter = (q: z.infer<typeof ControlQueryShape>): ControlFilter => ({ place: q.place, actor: q.actor, on: q.on });

export const ElectionQueryShape = z.object({
  election: text.optional().describe('Election name; alone it matches every season, with a year the seasons (July-June) that year is in ("2026 general election": seasons 2025-26 and 2026-27).'),
  place: text.optional().describe('Township or state pcode, country code, or place name.'),
  admin1_pcode: text.optional().describe('State/region pcode: its townships and its total.'),
  level: z.enum(['township', 'state', 'country']).optional().describe('Township records, or state/national totals.'),
  ...page,
}).strict();
export const toElectionFilter = (q: z.infer<typeof ElectionQueryShape>): ElectionFilter => ({
  election: q.election, place: q.place, admin1Pcode: q.admin1_pcode, level: q.level,
});

export const FindingQueryShape = z.object({
  kind: z.enum(FINDING_KINDS).optional().describe('Finding kind.'),
  place,
  ...page,
}).strict();
export const toFindingFilter = (q: z.infer<typeof FindingQueryShape>): FindingFilter => ({ kind: q.kind, place: q.place });

export const ClaimQueryShape = z.object({
  event: IdSchema.optional().describe('KB event id: the claims about that merged event.'),
  kind: z.enum(['event', 'control', 'election', 'fact']).optional().describe('What the claims are about.'),
  ...page,
}).strict();
export const toClaimFilter = (q: z.infer<typeof ClaimQueryShape>): ClaimFilter => ({ event: q.event, kind: q.kind });

export const ActorQueryShape = z.object({
  review: z.enum(['true', 'false']).optional().describe('`true`: only actors not in the registry, with review clusters.'),
}).strict();

export const MatchQueryShape = z.object({
  a: IdSchema.describe('Event report id.'),
  b: IdSchema.describe('Another event report id.'),
}).strict();
