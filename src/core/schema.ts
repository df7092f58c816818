// zod schemas for `extraction/v1` (../shared/eval/FORMAT.md). Every CLI and API output that
// claims this shape goes through `validateExtraction`. Items may carry `span` (UTF-16 offsets of
// their evidence) inside the project; extra keys are allowed by the format.
import { z } from 'zod';

export const EVENT_TYPES = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Air/drone strike', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED',
    'Grenade', 'Suicide bomb', 'Chemical weapon',
  ],
  'Violence against civilians': ['Attack', 'Abduction/forced disappearance', 'Sexual violence'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use',
    'Headquarters or base established', 'Looting/property destruction',
    'Non-violent transfer of territory', 'Other',
  ],
} as const;

export type EventType = keyof typeof EVENT_TYPES;
export type SubEventType = (typeof EVENT_TYPES)[EventType][number];
export const SUB_EVENT_TYPES = Object.values(EVENT_TYPES).flat() as SubEventType[];
export const typeOfSubEvent = (sub: SubEventType): EventType =>
  (Object.keys(EVENT_TYPES) as EventType[]).find((t) => (EVENT_TYPES[t] as readonly string[]).includes(sub))!;

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'ISO date YYYY[-MM[-DD]]');
const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export interface ActorOut {
  name: string;
  aliases?: string[];
  title?: string | null;
  affiliation?: ActorOut | null;
  id?: string;
  kind?: string;
}
// zod v3 calls a lazy schema's getter on every parse: the object is built once and kept, or
// validating one extraction would build a new object schema per actor.
let actorObject: z.ZodType<ActorOut> | undefined;
export const ActorSchema: z.ZodType<ActorOut> = z.lazy(() => actorObject ??=
  z.object({
    name: z.string().min(1),
    aliases: z.array(z.string()).optional(),
    title: z.string().nullable().optional(),
    affiliation: ActorSchema.nullable().optional(),
    id: z.string().optional(),
    kind: z.string().optional(),
  }).passthrough(),
);

export const PRECISIONS = ['village', 'town', 'township', 'state', 'country'] as const;
export const LocationSchema = z.object({
  name: z.string(),
  country: z.string().length(2),
  admin1: z.string().nullable().optional(),
  admin1_pcode: z.string().nullable().optional(),
  admin3: z.string().nullable().optional(),
  admin3_pcode: z.string().nullable().optional(),
  lat: z.number().nullable().optional(),
  lon: z.number().nullable().optional(),
  precision: z.enum(PRECISIONS),
}).passthrough();
export type LocationOut = z.infer<typeof LocationSchema>;

const evidence = { evidence: z.string().optional(), span: SpanSchema.optional() };

export const EventSchema = z.object({
  event_type: z.enum(Object.keys(EVENT_TYPES) as [EventType, ...EventType[]]),
  sub_event_type: z.enum(SUB_EVENT_TYPES as [SubEventType, ...SubEventType[]]),
  date: isoDate.nullable(),
  date_end: isoDate.nullable(),
  actors: z.array(ActorSchema),
  associated_actors: z.array(ActorSchema).optional(),
  location: LocationSchema.nullable(),
  fatalities: z.number().int().nonnegative().nullable(),
  ...evidence,
}).passthrough().refine((e) => (EVENT_TYPES[e.event_type] as readonly string[]).includes(e.sub_event_type), {
  message: 'sub_event_type does not belong to event_type',
});

export const QuoteSchema = z.object({
  text: z.string().min(1),
  direct: z.boolean(),
  speaker: ActorSchema.nullable(),
  ...evidence,
}).passthrough();

export const ClaimSchema = z.object({
  text: z.string().min(1),
  claimant: ActorSchema.nullable(),
  hedged: z.boolean(),
  reported_by: ActorSchema.nullable().optional(),
  ...evidence,
}).passthrough();

export const ControlSchema = z.object({
  place: LocationSchema,
  controller: ActorSchema.nullable(),
  status: z.enum(['controlled', 'contested']),
  since: isoDate.nullable(),
  how: z.enum(['captured', 'negotiated', 'unknown']),
  ...evidence,
}).passthrough();

export const ElectionSchema = z.object({
  place: LocationSchema,
  election: z.string(),
  phase: z.number().int().positive().nullable().optional(),
  polling_date: isoDate.nullable().optional(),
  included: z.boolean(),
  excluded_village_tracts: z.number().int().nonnegative().nullable(),
  excluded_wards: z.number().int().nonnegative().nullable().optional(),
  announced: isoDate.nullable().optional(),
  announced_by: ActorSchema.nullable().optional(),
  ...evidence,
}).passthrough();

export const ExtractionSchema = z.object({
  schema: z.literal('extraction/v1'),
  article: z.object({ source: z.string().nullable(), published: isoDate.nullable(), title: z.string().nullable() }).passthrough(),
  events: z.array(EventSchema),
  quotes: z.array(QuoteSchema),
  claims: z.array(ClaimSchema),
  control: z.array(ControlSchema),
  elections: z.array(ElectionSchema),
}).passthrough();

export type Extraction = z.infer<typeof ExtractionSchema>;
export type EventOut = z.infer<typeof EventSchema>;
export type QuoteOut = z.infer<typeof QuoteSchema>;
export type ClaimOut = z.infer<typeof ClaimSchema>;
export type ControlOut = z.infer<typeof ControlSchema>;
export type ElectionOut = z.infer<typeof ElectionSchema>;
