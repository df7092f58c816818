// Query parameters of every API resource, as zod schemas: the server validates with them, the
// export command reuses them for its options, and the OpenAPI document is generated from them.
import { z } from 'zod';
import { SitrepError, type ErrorCode } from '../core/errors.js';
import { EVENT_TYPES, type EventType, type SubEventType } from '../core/schema.js';
import { EventTypeSchema, isoDate, SubEventTypeSchema } from '../kb/records.js';
import { MAX_PAGE_LIMIT, type ArticleFilter, type EventFilter, type PageRequest } from '../kb/store.js';

const page = {
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_LIMIT).default(100)
    .describe(`Items per page, 1 to ${MAX_PAGE_LIMIT}.`),
  cursor: z.string().min(1).max(1000).optional()
    .describe('`next_cursor` of the previous page (opaque).'),
};
const dates = {
  from: isoDate.optional().describe('Events (or articles) on or after this ISO date, any precision: 2025, 2025-10, 2025-10-19.'),
  to: isoDate.optional().describe('On or before this ISO date, inclusive: `to=2025-10` includes 31 October.'),
};
const text = z.string().max(200);

const eventFilter = {
  ...dates,
  event_type: EventTypeSchema.optional().describe('ACLED event type.'),
  sub_event_type: SubEventTypeSchema.optional().describe('ACLED sub-event type.'),
  actor: text.min(1).optional().describe('Actor name or alias, whole name; case and accents ignored.'),
  admin1_pcode: text.min(1).optional().describe('State/region pcode (MIMU), e.g. MMR015.'),
  admin3_pcode: text.min(1).optional().describe('Township pcode (MIMU), e.g. MMR015014.'),
  q: text.optional().describe('Words that must all occur (prefix match) in evidence, notes, place, actors or article title.'),
};

type FilterFields = { from?: string; to?: string; event_type?: EventType; sub_event_type?: SubEventType };

/** Checks across parameters, each error naming the parameter to fix. */
export function consistent<O extends FilterFields>(schema: z.ZodType<O, z.ZodTypeDef, unknown>) {
  return schema
    .refine((p) => !(p.from && p.to && p.from > p.to && !p.from.startsWith(p.to)), {
      message: 'must not be before `from`', path: ['to'],
    })
    .refine((p) => !(p.event_type && p.sub_event_type &&
      !(EVENT_TYPES[p.event_type] as readonly string[]).includes(p.sub_event_type)), {
      message: 'does not belong to event_type', path: ['sub_event_type'],
    });
}

/** Object shapes (OpenAPI parameters come from these); the *Schema versions add the checks. */
export const EventFilterShape = z.object(eventFilter).strict();
export const EventQueryShape = z.object({ ...eventFilter, ...page }).strict();
export const EventFilterSchema = consistent(EventFilterShape);
export const EventQuerySchema = consistent(EventQueryShape);
export type EventQuery = z.infer<typeof EventQueryShape>;

export const ArticleQueryShape = z.object({
  ...dates,
  source: text.min(1).optional().describe('Outlet name, exactly as stored.'),
  q: text.optional().describe('Words that must all occur (prefix match) in the title or text.'),
  ...page,
}).strict();
export const ArticleQuerySchema = ArticleQueryShape;
export type ArticleQuery = z.infer<typeof ArticleQuerySchema>;

export const IdSchema = z.string().min(1).max(100).regex(/^[0-9A-Za-z_-]+$/, 'letters, digits, - and _ only');

/**
 * Validates raw parameters (URL query or CLI options). Empty values count as absent (HTML forms
 * send them); a repeated parameter is refused rather than silently picking one. The error names
 * the parameter, as `nameOf` spells it for the caller (`limit`, or `--limit` on the CLI).
 */
export function parseParams<T>(
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  raw: URLSearchParams | Record<string, string | undefined>,
  opts: { code?: ErrorCode; nameOf?: (key: string) => string } = {},
): T {
  const code = opts.code ?? 'E060';
  const nameOf = opts.nameOf ?? ((k: string) => k);
  const obj: Record<string, string | undefined> = {};
  const entries = raw instanceof URLSearchParams ? [...raw.entries()] : Object.entries(raw);
  for (const [k, v] of entries) {
    if (k in obj) throw new SitrepError(code, 'given more than once', nameOf(k));
    obj[k] = v === '' ? undefined : v; // still present, so an unknown name is refused even when empty
  }
  const r = schema.safeParse(obj);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    throw new SitrepError(code, 'unknown parameter', issue.keys.map(nameOf).join(', '));
  }
  throw new SitrepError(code, issue.message, nameOf(String(issue.path[0] ?? '')));
}

export const toEventFilter = (q: z.infer<typeof EventFilterShape>): EventFilter => ({
  from: q.from, to: q.to, eventType: q.event_type, subEventType: q.sub_event_type, actor: q.actor,
  admin1Pcode: q.admin1_pcode, admin3Pcode: q.admin3_pcode, q: q.q,
});

export const toArticleFilter = (q: ArticleQuery): ArticleFilter => ({ from: q.from, to: q.to, source: q.source, q: q.q });

export const toPage = (q: { limit: number; cursor?: string }): PageRequest => ({ limit: q.limit, cursor: q.cursor ?? null });
