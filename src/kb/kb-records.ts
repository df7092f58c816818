// The knowledge base's records as zod schemas: merged events with their sources and history,
// control timelines, election coverage, findings and claim groups. Stores validate what they read
// back with them; the API documents its responses from them.
import { z } from 'zod';
import { LocationSchema } from '../core/schema.js';
import { EventTypeSchema, isoDate, SpanRecordSchema, SubEventTypeSchema } from './records.js';

export const SlimActorSchema = z.object({
  name: z.string().min(1),
  id: z.string().optional().describe('Registry id; `new:…` for an actor not in the registry.'),
  kind: z.string().optional(),
  review: z.boolean().optional().describe('true: not in the registry, waiting for an analyst.'),
});

/** Where a fact comes from: one item of one article, with its evidence. */
export const SourceRefSchema = z.object({
  article_id: z.string(),
  source: z.string().nullable().describe('The outlet.'),
  published: isoDate.nullable(),
  ref: z.string().describe('The item: event report id, or `<article>-control-N`, `-election-N`, `-claim-N`.'),
  evidence: z.string().nullable(),
  span: SpanRecordSchema.nullable(),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

/** What an event is, as one source tells it and as the merged event states it. */
const EVENT_CORE = {
  event_type: EventTypeSchema,
  sub_event_type: SubEventTypeSchema,
  date: isoDate.nullable(),
  date_end: isoDate.nullable(),
  location: LocationSchema.nullable(),
  actors: z.array(SlimActorSchema),
};

export const KbEventSourceSchema = SourceRefSchema.extend({
  ...EVENT_CORE,
  fatalities: z.number().int().nonnegative().nullable().describe("This source's own figure; never averaged."),
});
export type KbEventSource = z.infer<typeof KbEventSourceSchema>;

export const MergeLinkSchema = z.object({
  a: z.string().describe('Event report id.'),
  b: z.string(),
  score: z.number().min(0).max(1),
  agreed: z.array(z.object({ field: z.enum(['place', 'date', 'type', 'actors']), detail: z.string(), score: z.number() })),
});
export type MergeLink = z.infer<typeof MergeLinkSchema>;

/** The merged fields: what a version records. */
export const KbEventStateSchema = z.object({
  ...EVENT_CORE,
  fatalities: z.number().int().nonnegative().nullable().describe('The latest source\'s figure (a correction or a higher toll).'),
  fatalities_min: z.number().int().nonnegative().nullable(),
  fatalities_max: z.number().int().nonnegative().nullable(),
  source_count: z.number().int().positive().describe('Articles reporting it.'),
});
export type KbEventState = z.infer<typeof KbEventStateSchema>;

export const KbEventSchema = KbEventStateSchema.extend({
  id: z.string().describe('`kb-` + the id of its earliest report.'),
  outlets: z.array(z.string()),
  version: z.number().int().positive(),
  updated: isoDate.nullable().describe('Publication date of the article behind the current version.'),
  sources: z.array(KbEventSourceSchema).describe('Every report, oldest article first.'),
  links: z.array(MergeLinkSchema).describe('Why the reports were merged: the pairs that joined them.'),
});
export type KbEvent = z.infer<typeof KbEventSchema>;

export const KbEventVersionSchema = z.object({
  event_id: z.string(),
  version: z.number().int().positive(),
  article_id: z.string(),
  source: z.string().nullable(),
  published: isoDate.nullable(),
  changed: z.array(z.string()).describe('Merged fields this article changed (`sources` when it only added itself).'),
  state: KbEventStateSchema,
});
export type KbEventVersion = z.infer<typeof KbEventVersionSchema>;

export const PlaceRefSchema = z.object({
  key: z.string().describe('Township pcode for towns and townships; `<pcode>~<name>` for villages.'),
  name: z.string(),
  country: z.string(),
  admin1: z.string().nullable(),
  admin1_pcode: z.string().nullable(),
  admin3: z.string().nullable(),
  admin3_pcode: z.string().nullable(),
  precision: z.enum(['village', 'town', 'township', 'state', 'country']),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});
export type PlaceRef = z.infer<typeof PlaceRefSchema>;

export const HOWS = ['captured', 'negotiated', 'retaken', 'unknown'] as const;
export const ControlSourceSchema = SourceRefSchema.extend({
  kind: z.enum(['control', 'event']),
  event_id: z.string().nullable().describe('The merged event, for an event source.'),
  says: z.string().describe('What this source says, in words.'),
});
export type ControlSource = z.infer<typeof ControlSourceSchema>;

export const ControlStepSchema = z.object({
  seq: z.number().int().nonnegative(),
  controller: SlimActorSchema.nullable(),
  status: z.enum(['controlled', 'contested']),
  from: isoDate.nullable(),
  to: isoDate.nullable().describe('Start of the next step; null while current.'),
  how: z.enum(HOWS),
  confidence: z.number().min(0).max(1).describe('(1 − 0.5^supporting outlets) × supporting / (supporting + contradicting outlets).'),
  supporting: z.array(ControlSourceSchema),
  contradicting: z.array(ControlSourceSchema),
});
export type ControlStep = z.infer<typeof ControlStepSchema>;

export const PlaceControlSchema = z.object({
  place: PlaceRefSchema,
  on: isoDate.nullable().describe('The date asked about (null: now, the last step).'),
  at: ControlStepSchema.nullable().describe('The step in force on `on`; null before the first step.'),
  timeline: z.array(ControlStepSchema),
});
export type PlaceControl = z.infer<typeof PlaceControlSchema>;
