// Knowledge-base records for election coverage, findings, grouped claims and actors (zod).
import { z } from 'zod';
import { LocationSchema } from '../core/schema.js';
import { PlaceRefSchema, SlimActorSchema, SourceRefSchema } from './kb-records.js';
import { isoDate, SpanRecordSchema } from './records.js';

const Scalar = z.union([z.string(), z.number(), z.boolean()]).nullable();

export const ConflictSchema = z.object({
  field: z.string(),
  values: z.array(z.object({ value: Scalar, sources: z.array(z.string()).describe('Outlets (article ids when unnamed).') })),
});

export const TotalsCheckSchema = z.object({
  townships: z.number().int().nonnegative().describe('Township records of the same election inside this unit.'),
  excluded_village_tracts: z.number().int().nonnegative(),
  excluded_wards: z.number().int().nonnegative(),
  agrees: z.boolean().nullable().describe('null when the total gives no figure to compare.'),
});

export const ElectionRecordSchema = z.object({
  id: z.string(),
  election: z.string(),
  election_key: z.string().describe('The election name without years, lowercased, and its July-June season ("general election 2025-26"): how facts are grouped.'),
  level: z.enum(['township', 'state', 'country']),
  place: LocationSchema,
  phase: z.number().int().positive().nullable(),
  polling_date: isoDate.nullable(),
  included: z.boolean(),
  excluded_village_tracts: z.number().int().nonnegative().nullable(),
  excluded_wards: z.number().int().nonnegative().nullable(),
  announced: isoDate.nullable(),
  announced_by: SlimActorSchema.nullable(),
  conflicts: z.array(ConflictSchema).describe('Fields on which sources disagree, every value side by side.'),
  sources: z.array(SourceRefSchema),
  totals: TotalsCheckSchema.nullable().describe('State and national totals: the sum of their township records.'),
});
export type ElectionRecord = z.infer<typeof ElectionRecordSchema>;

export const FINDING_KINDS = [
  'polling_in_non_state_territory', 'polling_in_contested_township', 'event_after_stable_control', 'total_exceeded',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const FindingSchema = z.object({
  id: z.string(),
  kind: z.enum(FINDING_KINDS),
  summary: z.string(),
  date: isoDate.nullable(),
  place: PlaceRefSchema.nullable(),
  election_id: z.string().nullable(),
  event_id: z.string().nullable(),
  sources: z.array(SourceRefSchema).describe('Every source on both sides of the finding.'),
});
export type Finding = z.infer<typeof FindingSchema>;

export const ClaimValueSchema = z.object({ what: z.enum(['killed', 'wounded', 'arrested', 'number']), value: z.number().int().nonnegative() });

export const ClaimRecordSchema = z.object({
  id: z.string().describe('`<article id>-claim-N`.'),
  article_id: z.string(),
  text: z.string(),
  claimant: SlimActorSchema.nullable(),
  reported_by: SlimActorSchema.nullable(),
  hedged: z.boolean(),
  source: z.string().nullable(),
  published: isoDate.nullable(),
  evidence: z.string().nullable(),
  span: SpanRecordSchema.nullable(),
  values: z.array(ClaimValueSchema).describe('Figures the claim asserts.'),
});
export type ClaimRecord = z.infer<typeof ClaimRecordSchema>;

export const PropositionSchema = z.object({
  id: z.string(),
  kind: z.enum(['event', 'control', 'election', 'fact']),
  subject: z.string().describe('KB event id, control place key, election record id, or the first claim id.'),
  label: z.string(),
  claims: z.array(ClaimRecordSchema),
  asserted_by: z.array(z.object({ name: z.string(), claims: z.array(z.string()), hedged: z.boolean() })),
  relayed_by: z.array(z.string()),
  values: z.array(z.object({
    what: ClaimValueSchema.shape.what, value: z.number().int().nonnegative(), asserted_by: z.array(z.string()),
  })).describe('Every figure side by side, never averaged; event reports\' fatalities included.'),
  disputed: z.boolean().describe('Sources give different figures for the same thing.'),
  corroborated: z.boolean(),
  corroboration: z.array(z.object({ claim_id: z.string(), confirmed_by: SourceRefSchema })),
});
export type Proposition = z.infer<typeof PropositionSchema>;

export const KbActorSchema = z.object({
  key: z.string(),
  name: z.string(),
  id: z.string().nullable(),
  kind: z.string().nullable(),
  review: z.boolean(),
  names: z.array(z.string()).describe('Every name and alias seen for it.'),
  articles: z.number().int().nonnegative(),
  cluster: z.string().nullable().describe('Review actors with similar names share a cluster (never merged silently).'),
  suggestion: SlimActorSchema.nullable().describe('A registry actor with a similar name, for the reviewer.'),
});
export type KbActor = z.infer<typeof KbActorSchema>;
